#ifndef PARTNERLENS_QUERY_SERVICE_QUERY_SERVICE_IMPL_H_
#define PARTNERLENS_QUERY_SERVICE_QUERY_SERVICE_IMPL_H_

// The gRPC edge of the query service: each handler takes the call's
// deadline, asks QueryEngine and converts its absl::Status with
// ToGrpcStatus. INTERNAL and DATA_LOSS are logged once here.

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "grpcpp/server_context.h"
#include "grpcpp/support/status.h"

#include "common/config/options.h"
#include "common/storage/store_reader.h"
#include "partnerlens/v1/query_service.grpc.pb.h"
#include "query_service/query_engine.h"

namespace partnerlens::query {

// Thread-safe: handlers run concurrently on gRPC's threads. `reader` is not
// owned and must outlive the service.
class QueryServiceImpl final : public v1::QueryService::Service {
 public:
  QueryServiceImpl(storage::StoreReader* reader,
                   const config::QueryOptions& options);

  grpc::Status GetOrganization(grpc::ServerContext* context,
                               const v1::GetOrganizationRequest* request,
                               v1::GetOrganizationResponse* response) override;
  grpc::Status ListOrganizations(
      grpc::ServerContext* context, const v1::ListOrganizationsRequest* request,
      v1::ListOrganizationsResponse* response) override;
  grpc::Status ListPartnerships(
      grpc::ServerContext* context, const v1::ListPartnershipsRequest* request,
      v1::ListPartnershipsResponse* response) override;
  grpc::Status GetPerson(grpc::ServerContext* context,
                         const v1::GetPersonRequest* request,
                         v1::GetPersonResponse* response) override;
  grpc::Status SearchPeople(grpc::ServerContext* context,
                            const v1::SearchPeopleRequest* request,
                            v1::SearchPeopleResponse* response) override;
  grpc::Status ListEvents(grpc::ServerContext* context,
                          const v1::ListEventsRequest* request,
                          v1::ListEventsResponse* response) override;
  grpc::Status GetArticle(grpc::ServerContext* context,
                          const v1::GetArticleRequest* request,
                          v1::GetArticleResponse* response) override;
  grpc::Status ListArticles(grpc::ServerContext* context,
                            const v1::ListArticlesRequest* request,
                            v1::ListArticlesResponse* response) override;

 private:
  template <typename Request, typename Response>
  using EngineMethod = absl::StatusOr<Response> (QueryEngine::*)(
      const Request&, absl::Time) const;

  // Runs `method` of the engine with the call's deadline unless the client
  // has already given up (CANCELLED), and converts its status; INTERNAL and
  // DATA_LOSS are logged naming `rpc` and the request id.
  template <typename Request, typename Response>
  grpc::Status Answer(grpc::ServerContext* context, absl::string_view rpc,
                      EngineMethod<Request, Response> method,
                      const Request& request, Response* response) const;

  const QueryEngine engine_;
};

}  // namespace partnerlens::query

#endif  // PARTNERLENS_QUERY_SERVICE_QUERY_SERVICE_IMPL_H_
