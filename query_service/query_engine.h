#ifndef PARTNERLENS_QUERY_SERVICE_QUERY_ENGINE_H_
#define PARTNERLENS_QUERY_SERVICE_QUERY_ENGINE_H_

// The query service's logic, free of gRPC: each method validates one
// request, waits for its consistency token, reads the store and merges the
// facts of each entity into API records (query_service/merge_records.h).
// The contract of every method is the comment of the same RPC in
// proto/partnerlens/v1/query_service.proto.

#include <cstdint>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"

#include "common/config/options.h"
#include "common/storage/store_reader.h"
#include "partnerlens/v1/ingest_service.pb.h"
#include "partnerlens/v1/query_service.pb.h"

namespace partnerlens::query {

struct PageSpec;

// Thread-safe: stateless apart from the reader, which is thread-safe.
//
// Every method returns INVALID_ARGUMENT for a bad request (a malformed
// consistency or page token, a negative page_size, a bad date, an unknown
// enum value, a filter over 1 KiB or without letters), DEADLINE_EXCEEDED
// when `deadline` passes while waiting for a consistency token (the wait is
// capped at 30 s when there is no deadline) or while scanning, DATA_LOSS
// for a stored value that does not decode, and the reader's codes for
// store failures. Get methods return NOT_FOUND when nothing matches; list
// methods return an empty page instead, also for an unknown organization
// or person filter.
class QueryEngine {
 public:
  // `reader` is not owned and must outlive the engine; page sizes come from
  // options.default_page_size and options.max_page_size.
  QueryEngine(storage::StoreReader* reader,
              const config::QueryOptions& options);

  absl::StatusOr<v1::GetOrganizationResponse> GetOrganization(
      const v1::GetOrganizationRequest& request, absl::Time deadline) const;
  absl::StatusOr<v1::ListOrganizationsResponse> ListOrganizations(
      const v1::ListOrganizationsRequest& request, absl::Time deadline) const;
  absl::StatusOr<v1::ListPartnershipsResponse> ListPartnerships(
      const v1::ListPartnershipsRequest& request, absl::Time deadline) const;
  absl::StatusOr<v1::GetPersonResponse> GetPerson(
      const v1::GetPersonRequest& request, absl::Time deadline) const;
  // With both `organization` and `title`, one position must match both.
  absl::StatusOr<v1::SearchPeopleResponse> SearchPeople(
      const v1::SearchPeopleRequest& request, absl::Time deadline) const;
  absl::StatusOr<v1::ListEventsResponse> ListEvents(
      const v1::ListEventsRequest& request, absl::Time deadline) const;
  // With include_records, the records are the article's own facts, each
  // with this article alone as support.
  absl::StatusOr<v1::GetArticleResponse> GetArticle(
      const v1::GetArticleRequest& request, absl::Time deadline) const;
  absl::StatusOr<v1::ListArticlesResponse> ListArticles(
      const v1::ListArticlesRequest& request, absl::Time deadline) const;

 private:
  // The page a list request asks for (its page_size and page_token, checked
  // against `fingerprint`), once its consistency token has been waited for.
  template <typename Request>
  absl::StatusOr<PageSpec> StartList(const Request& request,
                                     uint64_t fingerprint,
                                     absl::Time deadline) const;
  absl::Status AwaitToken(absl::string_view token, absl::Time deadline) const;

  storage::StoreReader* reader_;
  int default_page_size_;
  int max_page_size_;
};

}  // namespace partnerlens::query

#endif  // PARTNERLENS_QUERY_SERVICE_QUERY_ENGINE_H_
