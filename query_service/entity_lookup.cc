#include "query_service/entity_lookup.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

#include "common/status/status_macros.h"
#include "common/storage/key_codec.h"
#include "common/text/name_key.h"

namespace partnerlens::query {
namespace {

using storage::IndexHit;
using storage::IndexTag;
using storage::StoreReader;

constexpr absl::string_view kOrganizationIdPrefix = "org_";
constexpr absl::string_view kPersonIdPrefix = "per_";

absl::StatusOr<bool> HasEntity(const StoreReader& reader,
                               absl::string_view family, absl::string_view id) {
  bool found = false;
  const std::string prefix = storage::FactPrefix(id);
  PARTNERLENS_RETURN_IF_ERROR(reader.Scan(
      family, prefix, prefix, [&](storage::RowView) -> absl::StatusOr<bool> {
        found = true;
        return false;
      }));
  return found;
}

// Hits of one name key, most articles first, then id order.
absl::StatusOr<std::vector<std::string>> RankedHits(const StoreReader& reader,
                                                    IndexTag tag,
                                                    absl::string_view key) {
  PARTNERLENS_ASSIGN_OR_RETURN(std::vector<IndexHit> hits,
                               reader.ReadIndex(tag, key));
  std::stable_sort(hits.begin(), hits.end(),
                   [](const IndexHit& a, const IndexHit& b) {
                     return a.article_count > b.article_count;
                   });
  std::vector<std::string> ids;
  ids.reserve(hits.size());
  for (IndexHit& hit : hits) ids.push_back(std::move(hit.id));
  return ids;
}

absl::Status NoLetters(absl::string_view what, absl::string_view value) {
  return absl::InvalidArgumentError(
      absl::StrCat(what, " \"", value, "\" has no letters or digits"));
}

// `value` itself when it has the id prefix and is stored in `family`.
absl::StatusOr<bool> IsStoredId(const StoreReader& reader,
                                absl::string_view family,
                                absl::string_view id_prefix,
                                absl::string_view value) {
  if (!absl::StartsWith(value, id_prefix)) return false;
  return HasEntity(reader, family, value);
}

}  // namespace

absl::StatusOr<std::vector<std::string>> FindOrganizations(
    const StoreReader& reader, absl::string_view organization) {
  PARTNERLENS_ASSIGN_OR_RETURN(bool is_id,
                               IsStoredId(reader, storage::kOrganizationsFamily,
                                          kOrganizationIdPrefix, organization));
  if (is_id) return std::vector<std::string>{std::string(organization)};
  const std::string key = text::OrganizationKey(organization);
  if (key.empty()) return NoLetters("organization", organization);
  return RankedHits(reader, IndexTag::kOrganizationName, key);
}

absl::StatusOr<std::vector<std::string>> FindPeople(const StoreReader& reader,
                                                    absl::string_view person) {
  PARTNERLENS_ASSIGN_OR_RETURN(
      bool is_id,
      IsStoredId(reader, storage::kPeopleFamily, kPersonIdPrefix, person));
  if (is_id) return std::vector<std::string>{std::string(person)};
  const std::string key = text::PersonKey(person);
  if (key.empty()) return NoLetters("person", person);
  return RankedHits(reader, IndexTag::kPersonName, key);
}

absl::StatusOr<std::vector<std::string>> FindPeopleByNameWords(
    const StoreReader& reader, absl::string_view name) {
  const std::vector<std::string> words = text::NameWords(name);
  if (words.empty()) return NoLetters("name", name);
  std::vector<std::string> ids;
  for (size_t i = 0; i < words.size(); ++i) {
    PARTNERLENS_ASSIGN_OR_RETURN(
        std::vector<std::string> word_ids,
        LinkedIds(reader, IndexTag::kPersonNameWord, {words[i]}));
    ids = i == 0 ? std::move(word_ids) : IntersectSorted(ids, word_ids);
    if (ids.empty()) break;
  }
  return ids;
}

absl::StatusOr<std::vector<std::string>> LinkedIds(
    const StoreReader& reader, IndexTag tag,
    absl::Span<const std::string> from_ids) {
  std::vector<std::string> ids;
  for (const std::string& from : from_ids) {
    PARTNERLENS_ASSIGN_OR_RETURN(std::vector<IndexHit> hits,
                                 reader.ReadIndex(tag, from));
    for (IndexHit& hit : hits) ids.push_back(std::move(hit.id));
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

std::vector<std::string> IntersectSorted(absl::Span<const std::string> a,
                                         absl::Span<const std::string> b) {
  std::vector<std::string> both;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(),
                        std::back_inserter(both));
  return both;
}

}  // namespace partnerlens::query
