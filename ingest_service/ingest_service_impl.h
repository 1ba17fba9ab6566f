#ifndef PARTNERLENS_INGEST_SERVICE_INGEST_SERVICE_IMPL_H_
#define PARTNERLENS_INGEST_SERVICE_INGEST_SERVICE_IMPL_H_

// The gRPC face of the ingest service: each handler validates the request
// shape, calls the Ingester and converts the result (ToGrpcStatus, to_records
// converters). INTERNAL and DATA_LOSS are logged once here with the request
// id.
//
// Thread-safety: handlers run concurrently on gRPC's threads; the class
// holds no mutable state of its own.

#include <cstdint>

#include "grpcpp/server_context.h"
#include "grpcpp/support/status.h"
#include "grpcpp/support/sync_stream.h"

#include "ingest_service/ingester.h"
#include "partnerlens/v1/ingest_service.grpc.pb.h"

namespace partnerlens::ingest {

class IngestServiceImpl final : public v1::IngestService::Service {
 public:
  // `ingester` is not owned and must outlive the service. A SubmitArticles
  // stream stores at most `max_stream_articles` articles; at the next one
  // it stops reading and reports that article as RESOURCE_EXHAUSTED (the
  // results list then ends there).
  IngestServiceImpl(Ingester& ingester, int64_t max_stream_articles);

  grpc::Status SubmitArticle(grpc::ServerContext* context,
                             const v1::SubmitArticleRequest* request,
                             v1::SubmitArticleResponse* response) override;

  grpc::Status SubmitArticles(
      grpc::ServerContext* context,
      grpc::ServerReader<v1::SubmitArticleRequest>* reader,
      v1::SubmitArticlesResponse* response) override;

  grpc::Status ExtractArticle(grpc::ServerContext* context,
                              const v1::ExtractArticleRequest* request,
                              v1::ExtractArticleResponse* response) override;

  grpc::Status GetArticle(grpc::ServerContext* context,
                          const v1::GetArticleRequest* request,
                          v1::GetArticleResponse* response) override;

  grpc::Status DeleteArticle(grpc::ServerContext* context,
                             const v1::DeleteArticleRequest* request,
                             v1::DeleteArticleResponse* response) override;

 private:
  absl::Status SubmitOne(grpc::ServerContext& context,
                         const v1::SubmitArticleRequest& request,
                         v1::SubmitArticleResponse& response);

  Ingester& ingester_;
  const int64_t max_stream_articles_;
};

// The largest gRPC message the ingest server should accept for articles of
// up to `max_article_bytes`: room for the other fields, and enough beyond
// the limit that a too-long article gets INVALID_ARGUMENT naming its size
// rather than gRPC's RESOURCE_EXHAUSTED.
int MaxReceiveMessageBytes(int64_t max_article_bytes);

}  // namespace partnerlens::ingest

#endif  // PARTNERLENS_INGEST_SERVICE_INGEST_SERVICE_IMPL_H_
