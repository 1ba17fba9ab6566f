#include "ingest_service/ingest_service_impl.h"

#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

#include "absl/strings/str_cat.h"
#include "glog/logging.h"
#include "gmock/gmock.h"
#include "grpcpp/client_context.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "gtest/gtest.h"

#include "common/server/serve.h"
#include "common/storage/consistency_token.h"
#include "common/storage/entity_store.h"
#include "ingest_service/extraction/resources.h"
#include "ingest_service/ingester.h"

namespace partnerlens::ingest {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

constexpr char kArticle[] =
    "Hangzhou, May 17 - Huashu Group and Zhejiang University signed a "
    "strategic cooperation agreement on Tuesday.";
constexpr char kOtherArticle[] =
    "Lenovo Group opened a joint laboratory with Shanghai University.";

const extraction::ExtractionResources& Resources() {
  static const extraction::ExtractionResources* resources = [] {
    auto loaded = extraction::LoadBuiltinResources();
    CHECK(loaded.ok()) << loaded.status();
    return loaded->release();
  }();
  return *resources;
}

v1::SubmitArticleRequest Request(const std::string& content) {
  v1::SubmitArticleRequest request;
  request.set_content(content);
  return request;
}

// A real server on a loopback port 0 over a store in a temp directory,
// reached over TCP (the in-process transport deadlocks when a server ends a
// client stream that is still writing, which a real transport handles).
// Restart() closes everything and opens the same directory again.
class IngestServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::path(::testing::TempDir()) /
           absl::StrCat("ingest_service_test_", getpid(), "_", counter_++);
    Start();
  }

  void TearDown() override {
    Stop();
    std::error_code error;
    std::filesystem::remove_all(dir_, error);
  }

  void Start() {
    auto store =
        storage::EntityStore::Open(dir_.string(), {.sync_writes = false});
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = *std::move(store);
    config::IngestOptions options;
    options.max_article_bytes = 1000;
    options.max_stream_articles = 3;
    ingester_ = std::make_unique<Ingester>(*store_, Resources(), options);
    service_ = std::make_unique<IngestServiceImpl>(*ingester_,
                                                   options.max_stream_articles);
    auto server = server::StartServer(
        {.listen = "127.0.0.1:0", .name = "ingest-test"}, {service_.get()});
    ASSERT_TRUE(server.ok()) << server.status();
    server_ = *std::move(server);
    stub_ = v1::IngestService::NewStub(grpc::CreateChannel(
        server_->address(), grpc::InsecureChannelCredentials()));
  }

  void Stop() {
    stub_.reset();
    server_.reset();
    service_.reset();
    ingester_.reset();
    store_.reset();
  }

  void Restart() {
    Stop();
    Start();
  }

  grpc::Status Submit(const v1::SubmitArticleRequest& request,
                      v1::SubmitArticleResponse* response) {
    grpc::ClientContext context;
    return stub_->SubmitArticle(&context, request, response);
  }

  grpc::Status Get(const std::string& id, v1::GetArticleResponse* response,
                   bool include_records = false) {
    grpc::ClientContext context;
    v1::GetArticleRequest request;
    request.set_article_id(id);
    request.set_include_records(include_records);
    return stub_->GetArticle(&context, request, response);
  }

  std::vector<std::string> StoredIds() { return *store_->ListArticleIds(); }

  static inline int counter_ = 0;
  std::filesystem::path dir_;
  std::unique_ptr<storage::EntityStore> store_;
  std::unique_ptr<Ingester> ingester_;
  std::unique_ptr<IngestServiceImpl> service_;
  std::unique_ptr<server::RunningServer> server_;
  std::unique_ptr<v1::IngestService::Stub> stub_;
};

TEST_F(IngestServiceTest, SubmitStoresTheArticle) {
  v1::SubmitArticleRequest request = Request(kArticle);
  request.set_title("Signing");
  request.set_url("https://example.com/1");
  request.set_published_date("2024-05-17");
  v1::SubmitArticleResponse response;
  ASSERT_TRUE(Submit(request, &response).ok());
  EXPECT_THAT(response.article_id(), StartsWith("art_"));
  EXPECT_TRUE(response.created());
  absl::StatusOr<uint64_t> sequence =
      storage::DecodeConsistencyToken(response.consistency_token());
  ASSERT_TRUE(sequence.ok()) << sequence.status();
  EXPECT_EQ(*sequence, store_->LatestSequenceNumber());

  v1::GetArticleResponse got;
  ASSERT_TRUE(Get(response.article_id(), &got, true).ok());
  EXPECT_EQ(got.article().id(), response.article_id());
  EXPECT_EQ(got.article().title(), "Signing");
  EXPECT_EQ(got.article().url(), "https://example.com/1");
  EXPECT_EQ(got.article().published_date(), "2024-05-17");
  EXPECT_THAT(got.article().text(), HasSubstr("Huashu Group"));
  EXPECT_FALSE(got.article().ingest_time().empty());
  EXPECT_FALSE(got.article().extractor_version().empty());
  EXPECT_EQ(got.records().organizations_size(),
            response.counts().organizations());
  EXPECT_EQ(got.records().partnerships_size(),
            response.counts().partnerships());
}

TEST_F(IngestServiceTest, SameContentAgainIsIdempotent) {
  v1::SubmitArticleResponse first;
  ASSERT_TRUE(Submit(Request(kArticle), &first).ok());
  v1::SubmitArticleResponse again;
  ASSERT_TRUE(Submit(Request(kArticle), &again).ok());
  EXPECT_EQ(again.article_id(), first.article_id());
  EXPECT_FALSE(again.created());
  EXPECT_EQ(again.counts().SerializeAsString(),
            first.counts().SerializeAsString());
  EXPECT_EQ(StoredIds().size(), 1u);
  EXPECT_GE(*storage::DecodeConsistencyToken(again.consistency_token()),
            *storage::DecodeConsistencyToken(first.consistency_token()));
}

TEST_F(IngestServiceTest, ClientIdWithOtherContentAlreadyExists) {
  v1::SubmitArticleRequest request = Request(kArticle);
  request.set_article_id("news-1");
  v1::SubmitArticleResponse response;
  ASSERT_TRUE(Submit(request, &response).ok());
  EXPECT_EQ(response.article_id(), "news-1");

  request.set_content(kOtherArticle);
  grpc::Status status = Submit(request, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::ALREADY_EXISTS);
  EXPECT_THAT(status.error_message(), HasSubstr("news-1"));
  v1::GetArticleResponse got;
  ASSERT_TRUE(Get("news-1", &got).ok());
  EXPECT_EQ(got.article().text(), kArticle);
}

TEST_F(IngestServiceTest, RetriedRequestIdReturnsTheFirstArticle) {
  v1::SubmitArticleRequest request = Request(kArticle);
  request.set_request_id("req-42");
  v1::SubmitArticleResponse first;
  ASSERT_TRUE(Submit(request, &first).ok());

  request.set_content(kOtherArticle);  // a retry must not write anything new
  v1::SubmitArticleResponse retry;
  ASSERT_TRUE(Submit(request, &retry).ok());
  EXPECT_EQ(retry.article_id(), first.article_id());
  EXPECT_FALSE(retry.created());
  EXPECT_EQ(StoredIds().size(), 1u);
}

struct BadRequest {
  std::string name;
  v1::SubmitArticleRequest request;
  std::string message_part;
};

std::vector<BadRequest> BadRequests() {
  std::vector<BadRequest> cases;
  cases.push_back({"empty", Request(""), "content is empty"});
  cases.push_back({"blank", Request(" \n "), "only whitespace"});
  cases.push_back({"oversized", Request(std::string(1001, 'a')),
                   "content is 1001 bytes; the limit is 1000"});
  BadRequest id{"article id", Request(kArticle), "article_id"};
  id.request.set_article_id("no spaces allowed");
  cases.push_back(id);
  BadRequest request_id{"request id", Request(kArticle), "request_id"};
  request_id.request.set_request_id(std::string(129, 'r'));
  cases.push_back(request_id);
  BadRequest date{"date", Request(kArticle), "published_date"};
  date.request.set_published_date("17/05/2024");
  cases.push_back(date);
  BadRequest type{"content type", Request(kArticle), "content_type 9"};
  type.request.set_content_type(static_cast<v1::ContentType>(9));
  cases.push_back(type);
  return cases;
}

TEST_F(IngestServiceTest, BadInputIsInvalidArgument) {
  for (const BadRequest& c : BadRequests()) {
    v1::SubmitArticleResponse response;
    grpc::Status status = Submit(c.request, &response);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT)
        << c.name;
    EXPECT_THAT(status.error_message(), HasSubstr(c.message_part)) << c.name;
  }
  EXPECT_TRUE(StoredIds().empty());
}

TEST_F(IngestServiceTest, InvalidUtf8IsInvalidArgument) {
  // Protobuf refuses the request before the handler runs; the server turns
  // that into INVALID_ARGUMENT (common/server). The handler's own check,
  // which names the byte offset, guards callers of the Ingester.
  v1::SubmitArticleResponse response;
  grpc::Status status = Submit(Request("Huashu \xc3\x28 Group"), &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), HasSubstr("UTF-8"));
  EXPECT_TRUE(StoredIds().empty());
  absl::StatusOr<SubmitOutcome> direct = ingester_->Submit(
      {.content = "Huashu \xc3\x28 Group"}, [] { return absl::OkStatus(); });
  EXPECT_EQ(direct.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(direct.status().message()),
              HasSubstr("byte offset 7"));
}

TEST_F(IngestServiceTest, UnknownAndMalformedIds) {
  v1::GetArticleResponse got;
  EXPECT_EQ(Get("art_0000000000000000", &got).error_code(),
            grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(Get("", &got).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(Get("a/b", &got).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(IngestServiceTest, DeleteThenNotFound) {
  v1::SubmitArticleResponse submitted;
  ASSERT_TRUE(Submit(Request(kArticle), &submitted).ok());
  grpc::ClientContext context;
  v1::DeleteArticleRequest request;
  request.set_article_id(submitted.article_id());
  v1::DeleteArticleResponse deleted;
  ASSERT_TRUE(stub_->DeleteArticle(&context, request, &deleted).ok());
  EXPECT_GT(*storage::DecodeConsistencyToken(deleted.consistency_token()),
            *storage::DecodeConsistencyToken(submitted.consistency_token()));

  v1::GetArticleResponse got;
  EXPECT_EQ(Get(submitted.article_id(), &got).error_code(),
            grpc::StatusCode::NOT_FOUND);
  grpc::ClientContext again;
  EXPECT_EQ(stub_->DeleteArticle(&again, request, &deleted).error_code(),
            grpc::StatusCode::NOT_FOUND);
  // A deleted article may be submitted again.
  v1::SubmitArticleResponse resubmitted;
  ASSERT_TRUE(Submit(Request(kArticle), &resubmitted).ok());
  EXPECT_TRUE(resubmitted.created());
}

TEST_F(IngestServiceTest, ExtractStoresNothing) {
  grpc::ClientContext context;
  v1::ExtractArticleRequest request;
  request.set_content(kArticle);
  request.set_published_date("2024-05-17");
  v1::ExtractArticleResponse response;
  ASSERT_TRUE(stub_->ExtractArticle(&context, request, &response).ok());
  EXPECT_THAT(response.records().article().id(), StartsWith("art_"));
  EXPECT_EQ(response.records().article().text(), kArticle);
  EXPECT_EQ(response.records().article().published_date(), "2024-05-17");
  EXPECT_EQ(response.records().article().ingest_time(), "");
  EXPECT_TRUE(StoredIds().empty());

  grpc::ClientContext bad_context;
  request.set_content("");
  EXPECT_EQ(
      stub_->ExtractArticle(&bad_context, request, &response).error_code(),
      grpc::StatusCode::INVALID_ARGUMENT);
}

// Sends `requests` on one SubmitArticles stream.
grpc::Status SubmitStream(v1::IngestService::Stub& stub,
                          const std::vector<v1::SubmitArticleRequest>& requests,
                          v1::SubmitArticlesResponse* response) {
  grpc::ClientContext context;
  auto writer = stub.SubmitArticles(&context, response);
  for (const v1::SubmitArticleRequest& request : requests) {
    if (!writer->Write(request)) break;  // the server stopped reading
  }
  writer->WritesDone();
  return writer->Finish();
}

TEST_F(IngestServiceTest, StreamStoresGoodArticlesAndReportsTheBadOne) {
  v1::SubmitArticlesResponse response;
  ASSERT_TRUE(
      SubmitStream(*stub_,
                   {Request(kArticle), Request(""), Request(kOtherArticle)},
                   &response)
          .ok());
  ASSERT_EQ(response.results_size(), 3);
  EXPECT_EQ(response.results(0).code(), 0);
  EXPECT_EQ(response.results(1).index(), 1);
  EXPECT_EQ(response.results(1).code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(response.results(1).message(), HasSubstr("content is empty"));
  EXPECT_FALSE(response.results(1).has_response());
  EXPECT_EQ(response.results(2).code(), 0);
  EXPECT_TRUE(response.results(2).response().created());
  EXPECT_EQ(StoredIds().size(), 2u);
  EXPECT_EQ(*storage::DecodeConsistencyToken(response.consistency_token()),
            store_->LatestSequenceNumber());
}

TEST_F(IngestServiceTest, StreamStopsAtItsCap) {
  std::vector<v1::SubmitArticleRequest> requests;
  for (int i = 0; i < 5; ++i) {
    requests.push_back(Request(absl::StrCat(kArticle, " Item ", i, ".")));
  }
  v1::SubmitArticlesResponse response;
  ASSERT_TRUE(SubmitStream(*stub_, requests, &response).ok());
  ASSERT_EQ(response.results_size(), 4);  // cap 3, then the refused one
  EXPECT_EQ(response.results(3).code(), grpc::StatusCode::RESOURCE_EXHAUSTED);
  EXPECT_THAT(response.results(3).message(), HasSubstr("3 articles"));
  EXPECT_EQ(StoredIds().size(), 3u);
}

TEST_F(IngestServiceTest, RestartKeepsEverythingWithoutDuplicates) {
  v1::SubmitArticleRequest with_id = Request(kArticle);
  with_id.set_article_id("news-1");
  with_id.set_request_id("req-1");
  v1::SubmitArticleResponse first;
  ASSERT_TRUE(Submit(with_id, &first).ok());
  v1::SubmitArticleResponse second;
  ASSERT_TRUE(Submit(Request(kOtherArticle), &second).ok());
  const std::vector<std::string> before = StoredIds();
  v1::GetArticleResponse got_before;
  ASSERT_TRUE(Get(second.article_id(), &got_before, true).ok());

  Restart();

  EXPECT_EQ(StoredIds(), before);
  v1::GetArticleResponse got_after;
  ASSERT_TRUE(Get(second.article_id(), &got_after, true).ok());
  EXPECT_EQ(got_after.SerializeAsString(), got_before.SerializeAsString());
  v1::SubmitArticleResponse again;
  ASSERT_TRUE(Submit(with_id, &again).ok());
  EXPECT_FALSE(again.created());
  EXPECT_EQ(again.article_id(), "news-1");
  ASSERT_TRUE(Submit(Request(kOtherArticle), &again).ok());
  EXPECT_FALSE(again.created());
  EXPECT_EQ(StoredIds(), before);
}

TEST(MaxReceiveMessageBytesTest, LeavesRoomAboveTheLimit) {
  EXPECT_EQ(MaxReceiveMessageBytes(1 << 20), 4 << 20);
  EXPECT_GT(MaxReceiveMessageBytes(int64_t{8} << 20), 16 << 20);
  EXPECT_GT(MaxReceiveMessageBytes(int64_t{64} << 20), 0);
}

}  // namespace
}  // namespace partnerlens::ingest
