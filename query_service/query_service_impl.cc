#include "query_service/query_service_impl.h"

#include <chrono>
#include <string>
#include <utility>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "glog/logging.h"

#include "common/server/grpc_status.h"

namespace partnerlens::query {
namespace {

// The call's deadline; infinite when the client set none.
absl::Time Deadline(const grpc::ServerContext& context) {
  const std::chrono::system_clock::time_point deadline = context.deadline();
  if (deadline == std::chrono::system_clock::time_point::max()) {
    return absl::InfiniteFuture();
  }
  return absl::FromChrono(deadline);
}

// The request id a client sent as "x-request-id" metadata, else its peer.
std::string RequestId(const grpc::ServerContext& context) {
  const auto& metadata = context.client_metadata();
  const auto it = metadata.find("x-request-id");
  if (it == metadata.end()) return context.peer();
  return std::string(it->second.data(), it->second.size());
}

}  // namespace

QueryServiceImpl::QueryServiceImpl(storage::StoreReader* reader,
                                   const config::QueryOptions& options)
    : engine_(reader, options) {}

template <typename Request, typename Response>
grpc::Status QueryServiceImpl::Answer(grpc::ServerContext* context,
                                      absl::string_view rpc,
                                      EngineMethod<Request, Response> method,
                                      const Request& request,
                                      Response* response) const {
  if (context->IsCancelled()) {
    return grpc::Status(grpc::StatusCode::CANCELLED, "the call was cancelled");
  }
  absl::StatusOr<Response> result =
      (engine_.*method)(request, Deadline(*context));
  if (result.ok()) {
    *response = *std::move(result);
    return grpc::Status::OK;
  }
  const absl::Status& status = result.status();
  if (absl::IsInternal(status) || absl::IsDataLoss(status)) {
    LOG(ERROR) << rpc << " request " << RequestId(*context)
               << " failed: " << status;
  }
  return server::ToGrpcStatus(status);
}

grpc::Status QueryServiceImpl::GetOrganization(
    grpc::ServerContext* context, const v1::GetOrganizationRequest* request,
    v1::GetOrganizationResponse* response) {
  return Answer(context, "GetOrganization", &QueryEngine::GetOrganization,
                *request, response);
}

grpc::Status QueryServiceImpl::ListOrganizations(
    grpc::ServerContext* context, const v1::ListOrganizationsRequest* request,
    v1::ListOrganizationsResponse* response) {
  return Answer(context, "ListOrganizations", &QueryEngine::ListOrganizations,
                *request, response);
}

grpc::Status QueryServiceImpl::ListPartnerships(
    grpc::ServerContext* context, const v1::ListPartnershipsRequest* request,
    v1::ListPartnershipsResponse* response) {
  return Answer(context, "ListPartnerships", &QueryEngine::ListPartnerships,
                *request, response);
}

grpc::Status QueryServiceImpl::GetPerson(grpc::ServerContext* context,
                                         const v1::GetPersonRequest* request,
                                         v1::GetPersonResponse* response) {
  return Answer(context, "GetPerson", &QueryEngine::GetPerson, *request,
                response);
}

grpc::Status QueryServiceImpl::SearchPeople(
    grpc::ServerContext* context, const v1::SearchPeopleRequest* request,
    v1::SearchPeopleResponse* response) {
  return Answer(context, "SearchPeople", &QueryEngine::SearchPeople, *request,
                response);
}

grpc::Status QueryServiceImpl::ListEvents(grpc::ServerContext* context,
                                          const v1::ListEventsRequest* request,
                                          v1::ListEventsResponse* response) {
  return Answer(context, "ListEvents", &QueryEngine::ListEvents, *request,
                response);
}

grpc::Status QueryServiceImpl::GetArticle(grpc::ServerContext* context,
                                          const v1::GetArticleRequest* request,
                                          v1::GetArticleResponse* response) {
  return Answer(context, "GetArticle", &QueryEngine::GetArticle, *request,
                response);
}

grpc::Status QueryServiceImpl::ListArticles(
    grpc::ServerContext* context, const v1::ListArticlesRequest* request,
    v1::ListArticlesResponse* response) {
  return Answer(context, "ListArticles", &QueryEngine::ListArticles, *request,
                response);
}

}  // namespace partnerlens::query
