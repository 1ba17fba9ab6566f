#ifndef PARTNERLENS_QUERY_SERVICE_MERGED_READS_H_
#define PARTNERLENS_QUERY_SERVICE_MERGED_READS_H_

// Reads of merged records for the query engine: one entity, the first
// stored of several candidates, or one page of a list. Facts are merged
// oldest article first (query_service/merge_records.h). Thread-safe as the
// storage::StoreReader is, except ArticleAges, which serves one request.

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "absl/types/span.h"

#include "common/status/status_macros.h"
#include "common/storage/schema.h"
#include "common/storage/store_reader.h"
#include "partnerlens/storage/v1/records.pb.h"
#include "partnerlens/v1/entity.pb.h"
#include "query_service/merge_records.h"
#include "query_service/page_token.h"

namespace partnerlens::query {

// Ingest times of articles, each read at most once per request, to order
// an entity's facts oldest article first. One per request; not
// thread-safe.
class ArticleAges {
 public:
  explicit ArticleAges(const storage::StoreReader& reader) : reader_(reader) {}

  // Stable: rows of equally old articles keep their (article id) order.
  template <typename Fact>
  absl::Status SortOldestFirst(std::vector<storage::ArticleFact<Fact>>& rows) {
    if (rows.size() < 2) return absl::OkStatus();
    for (const auto& row : rows) {
      PARTNERLENS_RETURN_IF_ERROR(Load(row.article_id));
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [&](const auto& a, const auto& b) {
                       return ages_.at(a.article_id) < ages_.at(b.article_id);
                     });
    return absl::OkStatus();
  }

 private:
  absl::Status Load(const std::string& article_id);

  const storage::StoreReader& reader_;
  absl::flat_hash_map<std::string, int64_t> ages_;
};

// Where a list request starts, how big its page is and when it must end.
struct PageSpec {
  int size = 0;
  std::string after_id;
  uint64_t fingerprint = 0;
  absl::Time deadline = absl::InfiniteFuture();
};

// Records of one page and the token of the next (empty on the last page).
template <typename Record>
struct PageOut {
  std::vector<Record> records;
  std::string next_page_token;
};

// One kind of entity: the family of its fact rows, how they merge into an
// API record, and its name for messages.
template <typename Fact, typename Record>
struct RecordKind {
  absl::string_view family;
  Record (*merge)(FactRows<Fact>);
  absl::string_view noun;
};

inline constexpr RecordKind<storage::v1::OrganizationFact, v1::Organization>
    kOrganizationRecords{storage::kOrganizationsFamily, &MergeOrganization,
                         "organization"};
inline constexpr RecordKind<storage::v1::PersonFact, v1::Person> kPersonRecords{
    storage::kPeopleFamily, &MergePerson, "person"};
inline constexpr RecordKind<storage::v1::EventFact, v1::Event> kEventRecords{
    storage::kEventsFamily, &MergeEvent, "event"};
inline constexpr RecordKind<storage::v1::PartnershipFact, v1::Partnership>
    kPartnershipRecords{storage::kPartnershipsFamily, &MergePartnership,
                        "partnership"};

// Sorted ids of the entities a list may return; nullopt for every entity.
using Candidates = std::optional<std::vector<std::string>>;

template <typename Fact>
using EntityVisit = absl::FunctionRef<absl::StatusOr<bool>(
    absl::string_view, std::vector<storage::ArticleFact<Fact>>)>;

// DEADLINE_EXCEEDED once `deadline` has passed.
absl::Status CheckDeadline(absl::Time deadline);

// Visits the candidates after `after_id` (sorted ids) that have facts.
template <typename Fact>
absl::Status VisitCandidates(const storage::StoreReader& reader,
                             absl::string_view family,
                             absl::Span<const std::string> ids,
                             absl::string_view after_id,
                             EntityVisit<Fact> visit) {
  auto it = std::upper_bound(
      ids.begin(), ids.end(), after_id,
      [](absl::string_view a, const std::string& b) { return a < b; });
  for (; it != ids.end(); ++it) {
    PARTNERLENS_ASSIGN_OR_RETURN(std::vector<storage::ArticleFact<Fact>> rows,
                                 reader.ReadFacts<Fact>(family, *it));
    if (rows.empty()) continue;
    PARTNERLENS_ASSIGN_OR_RETURN(bool more, visit(*it, std::move(rows)));
    if (!more) break;
  }
  return absl::OkStatus();
}

// One page of merged records that pass `keep`, from `candidates` (sorted
// ids) or, without candidates, from the whole family. Reads one record
// past the page to know whether another page exists.
template <typename Fact, typename Record>
absl::StatusOr<PageOut<Record>> CollectPage(
    const storage::StoreReader& reader, const RecordKind<Fact, Record>& kind,
    const Candidates& candidates, const PageSpec& page,
    absl::FunctionRef<bool(const std::type_identity_t<Record>&)> keep) {
  PageOut<Record> out;
  ArticleAges ages(reader);
  bool more = false;
  auto visit = [&](absl::string_view,
                   std::vector<storage::ArticleFact<Fact>> rows)
      -> absl::StatusOr<bool> {
    PARTNERLENS_RETURN_IF_ERROR(CheckDeadline(page.deadline));
    PARTNERLENS_RETURN_IF_ERROR(ages.SortOldestFirst(rows));
    Record record = kind.merge(rows);
    if (!keep(record)) return true;
    if (out.records.size() == static_cast<size_t>(page.size)) {
      more = true;
      return false;
    }
    out.records.push_back(std::move(record));
    return true;
  };
  if (candidates.has_value()) {
    PARTNERLENS_RETURN_IF_ERROR(VisitCandidates<Fact>(
        reader, kind.family, *candidates, page.after_id, visit));
  } else {
    PARTNERLENS_RETURN_IF_ERROR(
        reader.ScanEntities<Fact>(kind.family, page.after_id, visit));
  }
  if (more) {
    out.next_page_token =
        EncodePageToken(out.records.back().id(), page.fingerprint);
  }
  return out;
}

// The merged record of entity `id`; a record without id when unknown.
template <typename Fact, typename Record>
absl::StatusOr<Record> ReadMerged(const storage::StoreReader& reader,
                                  ArticleAges& ages,
                                  const RecordKind<Fact, Record>& kind,
                                  absl::string_view id) {
  PARTNERLENS_ASSIGN_OR_RETURN(std::vector<storage::ArticleFact<Fact>> rows,
                               reader.ReadFacts<Fact>(kind.family, id));
  PARTNERLENS_RETURN_IF_ERROR(ages.SortOldestFirst(rows));
  return kind.merge(rows);
}

// The first of `ids` that is stored, merged; NOT_FOUND naming the kind and
// `name`, what the request asked for.
template <typename Fact, typename Record>
absl::StatusOr<Record> FirstStored(const storage::StoreReader& reader,
                                   const RecordKind<Fact, Record>& kind,
                                   absl::Span<const std::string> ids,
                                   absl::string_view name) {
  ArticleAges ages(reader);
  for (const std::string& id : ids) {
    PARTNERLENS_ASSIGN_OR_RETURN(Record record,
                                 ReadMerged(reader, ages, kind, id));
    if (!record.id().empty()) return record;
  }
  return absl::NotFoundError(
      absl::StrCat("no ", kind.noun, " matches \"", name, "\""));
}

}  // namespace partnerlens::query

#endif  // PARTNERLENS_QUERY_SERVICE_MERGED_READS_H_
