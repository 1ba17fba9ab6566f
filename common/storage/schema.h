#ifndef PARTNERLENS_COMMON_STORAGE_SCHEMA_H_
#define PARTNERLENS_COMMON_STORAGE_SCHEMA_H_

// The single list of the store's column families, key layouts and schema
// version. Values are the messages of proto/partnerlens/storage/v1.
//
// Key components are joined by kSep (0x00). Ids are [A-Za-z0-9._-] and name
// keys are letters and digits (common/text/name_key.h), so no component
// holds a 0x00 byte and prefix scans on "component 0x00" are exact.
//
// Facts are keyed by (entity id, article id): every article that mentions
// an organization contributes its own row, readers merge the rows of one
// entity id, and deleting or re-extracting an article touches only the rows
// and index entries it contributed (listed in its ArticleFacts row). One
// article with all its rows is one WriteBatch.

#include <array>

#include "absl/strings/string_view.h"

namespace partnerlens::storage {

// Version of this layout; stored under kSchemaVersionKey in the default
// family. A binary refuses to open a store with another version.
inline constexpr int kSchemaVersion = 1;

// Separator between key components.
inline constexpr char kSep = '\0';

// "default": kSchemaVersionKey -> SchemaInfo.
inline constexpr absl::string_view kDefaultFamily = "default";
inline constexpr absl::string_view kSchemaVersionKey = "schema_version";

// "articles": article id -> ArticleRow.
inline constexpr absl::string_view kArticlesFamily = "articles";

// "article_facts": article id -> ArticleFacts (every fact the article gave).
inline constexpr absl::string_view kArticleFactsFamily = "article_facts";

// "organizations": org id, kSep, article id -> OrganizationFact.
inline constexpr absl::string_view kOrganizationsFamily = "organizations";

// "people": person id, kSep, article id -> PersonFact.
inline constexpr absl::string_view kPeopleFamily = "people";

// "events": event id, kSep, article id -> EventFact.
inline constexpr absl::string_view kEventsFamily = "events";

// "partnerships": partnership id, kSep, article id -> PartnershipFact.
inline constexpr absl::string_view kPartnershipsFamily = "partnerships";

// "index": secondary indexes, tag byte then components (see IndexTag);
// values are empty except for kRequest.
inline constexpr absl::string_view kIndexFamily = "index";

// "requests" is not a family: request ids live in the index (kRequest).

// Every column family, in the order the store opens them.
inline constexpr std::array<absl::string_view, 8> kColumnFamilies = {
    kDefaultFamily, kArticlesFamily, kArticleFactsFamily, kOrganizationsFamily,
    kPeopleFamily,  kEventsFamily,   kPartnershipsFamily, kIndexFamily};

// The first byte of an index key. Layouts (components joined by kSep):
enum class IndexTag : char {
  // 'n' org name key, org id, article id: names and aliases -> organization.
  kOrganizationName = 'n',
  // 'p' person name key, person id, article id: full name -> person.
  kPersonName = 'p',
  // 'w' person name word, person id, article id: one folded word of a name.
  kPersonNameWord = 'w',
  // 'm' org id, person id, article id: a person holds a position in an org.
  kOrganizationPerson = 'm',
  // 'c' parent org id, child org id, article id: sub-units.
  kOrganizationChild = 'c',
  // 'P' org id, partnership id, article id: partnerships of an org.
  kOrganizationPartnership = 'P',
  // 'E' org id, event id, article id: events an org took part in.
  kOrganizationEvent = 'E',
  // 'e' person id, event id, article id: events a person took part in.
  kPersonEvent = 'e',
  // 'R' request id -> value: article id. Makes client retries idempotent.
  kRequest = 'R',
};

}  // namespace partnerlens::storage

#endif  // PARTNERLENS_COMMON_STORAGE_SCHEMA_H_
