#ifndef PARTNERLENS_QUERY_SERVICE_MERGE_RECORDS_H_
#define PARTNERLENS_QUERY_SERVICE_MERGE_RECORDS_H_

// Converters from stored facts (partnerlens.storage.v1) to the records the
// API returns (partnerlens.v1). Each Merge function takes every fact row of
// one entity id, oldest article first, and returns one record that lists
// every supporting article. Pure and thread-safe.
//
// Merge rules, where articles disagree:
// - Organization: name is the longest form (the oldest on ties); aliases are
//   every other name or alias, first use first; kind is the most frequent
//   (the oldest on ties); parent is the most frequent parent id.
// - Person: name is the most frequent form; positions are the union, one
//   per title and organization, with their evidence joined.
// - Event: kind is the most frequent; name is the longest; date is the most
//   precise (a date with a year beats one without, then the longer one);
//   location is the first given; participants are the union.
// - Partnership: status is the most advanced, ONGOING > AGREED > DISCUSSED
//   (running beats signed beats talked about); date and evidence come from
//   the oldest article with that status, else the oldest that has them;
//   organizations are the union.

#include <string>

#include "absl/types/span.h"

#include "common/storage/store_reader.h"
#include "partnerlens/storage/v1/records.pb.h"
#include "partnerlens/v1/entity.pb.h"

namespace partnerlens::query {

template <typename Fact>
using FactRows = absl::Span<const storage::ArticleFact<Fact>>;

// Merge functions return an empty record (no id) for empty input.
v1::Organization MergeOrganization(
    FactRows<storage::v1::OrganizationFact> rows);
v1::Person MergePerson(FactRows<storage::v1::PersonFact> rows);
v1::Event MergeEvent(FactRows<storage::v1::EventFact> rows);
v1::Partnership MergePartnership(FactRows<storage::v1::PartnershipFact> rows);

}  // namespace partnerlens::query

#endif  // PARTNERLENS_QUERY_SERVICE_MERGE_RECORDS_H_
