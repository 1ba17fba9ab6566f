#ifndef PARTNERLENS_TESTS_E2E_E2E_UTIL_H_
#define PARTNERLENS_TESTS_E2E_E2E_UTIL_H_

// Calls the e2e tests share: any unary call, submitting the seeds and
// reading the whole store back through the query service. Every call
// carries a deadline.

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "grpcpp/client_context.h"

#include "tests/e2e/service_pair.h"

namespace partnerlens::e2e {

// Deadline of one RPC in the e2e tests.
inline constexpr absl::Duration kRpcTimeout = absl::Seconds(30);

// Sets `context`'s deadline to now + kRpcTimeout.
void SetDeadline(grpc::ClientContext& context);

// The status as absl (same codes) for matchers and messages.
absl::Status ToAbsl(const grpc::Status& status);

// Calls unary method `method` of `stub` within kRpcTimeout; the response,
// or the call's status as absl.
template <typename Stub, typename Request, typename Response>
absl::StatusOr<Response> Call(Stub& stub,
                              grpc::Status (Stub::*method)(grpc::ClientContext*,
                                                           const Request&,
                                                           Response*),
                              const Request& request) {
  grpc::ClientContext context;
  SetDeadline(context);
  Response response;
  const grpc::Status status = (stub.*method)(&context, request, &response);
  if (!status.ok()) return ToAbsl(status);
  return response;
}

// Submits the seeds in one SubmitArticles stream, with the file stems as
// article ids. Fails unless every article is accepted.
absl::StatusOr<v1::SubmitArticlesResponse> SubmitSeeds(
    v1::IngestService::Stub& stub);

// Every id the query service returns when listing everything, per kind,
// each list in the order the service gives (id order).
struct StoreSnapshot {
  std::vector<std::string> articles;
  std::vector<std::string> organizations;
  std::vector<std::string> partnerships;
  std::vector<std::string> people;
  std::vector<std::string> events;

  friend bool operator==(const StoreSnapshot&, const StoreSnapshot&) = default;
};

// Lists everything (following pages), waiting for `token` first.
absl::StatusOr<StoreSnapshot> Snapshot(v1::QueryService::Stub& stub,
                                       const std::string& token);

// Human-readable sizes of a snapshot ("3 articles, 12 organizations, ...").
std::string Describe(const StoreSnapshot& snapshot);

}  // namespace partnerlens::e2e

#endif  // PARTNERLENS_TESTS_E2E_E2E_UTIL_H_
