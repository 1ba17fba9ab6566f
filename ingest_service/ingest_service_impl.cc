#include "ingest_service/ingest_service_impl.h"

#include <algorithm>
#include <chrono>
#include <limits>
#include <utility>

#include "absl/strings/str_cat.h"
#include "glog/logging.h"

#include "common/server/grpc_status.h"
#include "common/storage/consistency_token.h"
#include "common/storage/wire_records.h"
#include "ingest_service/to_records.h"

namespace partnerlens::ingest {
namespace {

constexpr int64_t kMessageOverheadBytes = 64 << 10;

absl::Status CheckAlive(const grpc::ServerContext& context) {
  if (context.deadline() <= std::chrono::system_clock::now()) {
    return absl::DeadlineExceededError(
        "the deadline passed before the work was done");
  }
  if (context.IsCancelled()) {
    return absl::CancelledError("the client cancelled the call");
  }
  return absl::OkStatus();
}

// Logs the errors only a bug or a damaged store can cause, then converts.
grpc::Status Reply(const absl::Status& status, absl::string_view method,
                   absl::string_view request_id) {
  if (status.code() == absl::StatusCode::kInternal ||
      status.code() == absl::StatusCode::kDataLoss) {
    LOG(ERROR) << method << " request_id=\"" << request_id
               << "\" failed: " << status;
  }
  return server::ToGrpcStatus(status);
}

Submission FromRequest(const v1::SubmitArticleRequest& request) {
  return Submission{request.content(),    request.content_type(),
                    request.article_id(), request.request_id(),
                    request.url(),        request.title(),
                    request.source(),     request.published_date()};
}

Submission FromRequest(const v1::ExtractArticleRequest& request) {
  return Submission{request.content(),    request.content_type(),
                    request.article_id(), "",
                    request.url(),        request.title(),
                    request.source(),     request.published_date()};
}

}  // namespace

IngestServiceImpl::IngestServiceImpl(Ingester& ingester,
                                     int64_t max_stream_articles)
    : ingester_(ingester), max_stream_articles_(max_stream_articles) {}

absl::Status IngestServiceImpl::SubmitOne(
    grpc::ServerContext& context, const v1::SubmitArticleRequest& request,
    v1::SubmitArticleResponse& response) {
  absl::StatusOr<SubmitOutcome> outcome = ingester_.Submit(
      FromRequest(request), [&context] { return CheckAlive(context); });
  if (!outcome.ok()) return outcome.status();
  response.set_article_id(outcome->article_id);
  response.set_created(outcome->created);
  response.set_consistency_token(
      storage::EncodeConsistencyToken(outcome->sequence));
  *response.mutable_counts() = CountRecords(outcome->facts);
  return absl::OkStatus();
}

grpc::Status IngestServiceImpl::SubmitArticle(
    grpc::ServerContext* context, const v1::SubmitArticleRequest* request,
    v1::SubmitArticleResponse* response) {
  return Reply(SubmitOne(*context, *request, *response), "SubmitArticle",
               request->request_id());
}

grpc::Status IngestServiceImpl::SubmitArticles(
    grpc::ServerContext* context,
    grpc::ServerReader<v1::SubmitArticleRequest>* reader,
    v1::SubmitArticlesResponse* response) {
  v1::SubmitArticleRequest request;
  for (int index = 0; reader->Read(&request); ++index) {
    v1::SubmitArticleResult* result = response->add_results();
    result->set_index(index);
    if (index >= max_stream_articles_) {
      result->set_code(grpc::StatusCode::RESOURCE_EXHAUSTED);
      result->set_message(
          absl::StrCat("a stream may carry ", max_stream_articles_,
                       " articles; this one and any after it were not read"));
      break;
    }
    const absl::Status status =
        SubmitOne(*context, request, *result->mutable_response());
    if (absl::IsCancelled(status) || absl::IsDeadlineExceeded(status)) {
      return server::ToGrpcStatus(status);
    }
    const grpc::Status reply =
        Reply(status, "SubmitArticles", request.request_id());
    result->set_code(reply.error_code());
    result->set_message(reply.error_message());
    if (!status.ok()) result->clear_response();
  }
  response->set_consistency_token(
      storage::EncodeConsistencyToken(ingester_.LatestSequenceNumber()));
  return grpc::Status::OK;
}

grpc::Status IngestServiceImpl::ExtractArticle(
    grpc::ServerContext* context, const v1::ExtractArticleRequest* request,
    v1::ExtractArticleResponse* response) {
  absl::StatusOr<ExtractedArticle> article = ingester_.Extract(
      FromRequest(*request), [context] { return CheckAlive(*context); });
  if (!article.ok()) return Reply(article.status(), "ExtractArticle", "");
  v1::ArticleRecords* records = response->mutable_records();
  *records = storage::ToWireRecords(article->row.id(), article->facts);
  *records->mutable_article() =
      storage::ToWireArticle(article->row, /*with_text=*/true);
  return grpc::Status::OK;
}

grpc::Status IngestServiceImpl::GetArticle(grpc::ServerContext* /*context*/,
                                           const v1::GetArticleRequest* request,
                                           v1::GetArticleResponse* response) {
  absl::StatusOr<ExtractedArticle> article =
      ingester_.Get(request->article_id(), request->include_records());
  if (!article.ok()) return Reply(article.status(), "GetArticle", "");
  *response->mutable_article() =
      storage::ToWireArticle(article->row, /*with_text=*/true);
  if (request->include_records()) {
    *response->mutable_records() =
        storage::ToWireRecords(article->row.id(), article->facts);
  }
  return grpc::Status::OK;
}

grpc::Status IngestServiceImpl::DeleteArticle(
    grpc::ServerContext* /*context*/, const v1::DeleteArticleRequest* request,
    v1::DeleteArticleResponse* response) {
  absl::StatusOr<uint64_t> sequence = ingester_.Delete(request->article_id());
  if (!sequence.ok()) return Reply(sequence.status(), "DeleteArticle", "");
  response->set_consistency_token(storage::EncodeConsistencyToken(*sequence));
  return grpc::Status::OK;
}

int MaxReceiveMessageBytes(int64_t max_article_bytes) {
  const int64_t bytes = 2 * max_article_bytes + kMessageOverheadBytes;
  return static_cast<int>(std::min<int64_t>(std::max<int64_t>(bytes, 4 << 20),
                                            std::numeric_limits<int>::max()));
}

}  // namespace partnerlens::ingest
