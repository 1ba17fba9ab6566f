#ifndef PARTNERLENS_QUERY_SERVICE_ENTITY_LOOKUP_H_
#define PARTNERLENS_QUERY_SERVICE_ENTITY_LOOKUP_H_

// Finding entity ids for what a request names: an id, a name or alias
// (through the name indexes of common/storage/schema.h, compared by
// common/text/name_key.h), or links between entities. Thread-safe as the
// StoreReader is; errors are the reader's, plus INVALID_ARGUMENT for a name
// without letters or digits.

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"

#include "common/storage/schema.h"
#include "common/storage/store_reader.h"

namespace partnerlens::query {

// Ids of the organizations `organization` names: itself when it is a
// stored organization id, else every organization with that name or alias,
// the best match first (most articles using the name, then id order).
// Empty when nothing matches.
absl::StatusOr<std::vector<std::string>> FindOrganizations(
    const storage::StoreReader& reader, absl::string_view organization);

// Ids of the people `person` names: itself when it is a stored person id,
// else every person with that full name, the best match first. Empty when
// nothing matches.
absl::StatusOr<std::vector<std::string>> FindPeople(
    const storage::StoreReader& reader, absl::string_view person);

// Sorted ids of the people whose name holds every word of `name`, in any
// order.
absl::StatusOr<std::vector<std::string>> FindPeopleByNameWords(
    const storage::StoreReader& reader, absl::string_view name);

// Sorted distinct ids that index entries (tag, from, id) link to any of
// `from_ids`.
absl::StatusOr<std::vector<std::string>> LinkedIds(
    const storage::StoreReader& reader, storage::IndexTag tag,
    absl::Span<const std::string> from_ids);

// The ids in both sorted lists, sorted.
std::vector<std::string> IntersectSorted(absl::Span<const std::string> a,
                                         absl::Span<const std::string> b);

}  // namespace partnerlens::query

#endif  // PARTNERLENS_QUERY_SERVICE_ENTITY_LOOKUP_H_
