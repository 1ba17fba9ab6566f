#include "tools/submit_command.h"

#include <filesystem>
#include <memory>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "grpcpp/server.h"
#include "grpcpp/server_builder.h"
#include "gtest/gtest.h"

#include "tests/testing/scratch_dir.h"

namespace partnerlens::tools {
namespace {

namespace fs = std::filesystem;
using google::protobuf::Struct;
using ::testing::HasSubstr;

// Accepts every article except those whose content is "reject", and
// remembers the requests.
class FakeIngestService final : public v1::IngestService::Service {
 public:
  grpc::Status SubmitArticle(grpc::ServerContext* /*context*/,
                             const v1::SubmitArticleRequest* request,
                             v1::SubmitArticleResponse* response) override {
    requests.push_back(*request);
    if (request->content() == "reject") {
      return {grpc::StatusCode::INVALID_ARGUMENT, "content is rejected"};
    }
    Fill(*request, *response);
    return grpc::Status::OK;
  }

  grpc::Status SubmitArticles(
      grpc::ServerContext* /*context*/,
      grpc::ServerReader<v1::SubmitArticleRequest>* reader,
      v1::SubmitArticlesResponse* response) override {
    v1::SubmitArticleRequest request;
    for (int index = 0; reader->Read(&request); ++index) {
      requests.push_back(request);
      v1::SubmitArticleResult* result = response->add_results();
      result->set_index(index);
      if (request.content() == "reject") {
        result->set_code(grpc::StatusCode::INVALID_ARGUMENT);
        result->set_message("content is rejected");
      } else {
        Fill(request, *result->mutable_response());
      }
    }
    response->set_consistency_token("v1.stream");
    return grpc::Status::OK;
  }

  std::vector<v1::SubmitArticleRequest> requests;

 private:
  static void Fill(const v1::SubmitArticleRequest& request,
                   v1::SubmitArticleResponse& response) {
    response.set_article_id(request.article_id().empty()
                                ? "art_" + request.content()
                                : request.article_id());
    response.set_created(true);
    response.set_consistency_token("v1.one");
    response.mutable_counts()->set_organizations(2);
  }
};

SubmitOptions Options(std::vector<std::string> paths) {
  SubmitOptions options;
  options.paths = std::move(paths);
  return options;
}

class SubmitCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    grpc::ServerBuilder builder;
    builder.RegisterService(&service_);
    server_ = builder.BuildAndStart();
    stub_ = v1::IngestService::NewStub(
        server_->InProcessChannel(grpc::ChannelArguments()));
  }
  void TearDown() override { server_->Shutdown(); }

  std::string Write(const std::string& name, const std::string& content) {
    return scratch_.WriteFile(name, content);
  }

  absl::Status Run(const SubmitOptions& options) {
    out_.str("");
    progress_.str("");
    return RunSubmit(options, ClientOptions(), *stub_, out_, progress_);
  }

  Struct Summary() {
    Struct summary;
    EXPECT_TRUE(
        google::protobuf::util::JsonStringToMessage(out_.str(), &summary).ok())
        << out_.str();
    return summary;
  }

  testing::ScratchDir scratch_;
  const fs::path dir_{scratch_.path()};
  FakeIngestService service_;
  std::unique_ptr<grpc::Server> server_;
  std::unique_ptr<v1::IngestService::Stub> stub_;
  std::ostringstream out_;
  std::ostringstream progress_;
};

TEST(BuildSubmitRequestTest, CarriesContentTypeDateAndId) {
  ArticleFile file;
  file.path = "d/x.html";
  file.stem = "x";
  file.content = "<p>a</p>";
  file.format = ArticleFormat::kHtml;
  SubmitOptions options;
  options.published_date = "2024-05-17";
  v1::SubmitArticleRequest request = BuildSubmitRequest(file, options);
  EXPECT_EQ(request.content(), "<p>a</p>");
  EXPECT_EQ(request.content_type(), v1::CONTENT_TYPE_HTML);
  EXPECT_EQ(request.published_date(), "2024-05-17");
  EXPECT_EQ(request.article_id(), "");
  options.ids_from_file_names = true;
  EXPECT_EQ(BuildSubmitRequest(file, options).article_id(), "x");
}

TEST_F(SubmitCommandTest, OneFileUsesTheUnaryCall) {
  const std::string path = Write("a.txt", "alpha");
  SubmitOptions options = Options({path});
  options.ids_from_file_names = true;
  ASSERT_TRUE(Run(options).ok());
  ASSERT_EQ(service_.requests.size(), 1);
  EXPECT_EQ(service_.requests[0].content_type(), v1::CONTENT_TYPE_TEXT);
  const Struct summary = Summary();
  EXPECT_EQ(summary.fields().at("consistencyToken").string_value(), "v1.one");
  EXPECT_EQ(summary.fields().at("created").number_value(), 1);
  const Struct& article =
      summary.fields().at("articles").list_value().values(0).struct_value();
  EXPECT_EQ(article.fields().at("articleId").string_value(), "a");
  EXPECT_EQ(article.fields()
                .at("counts")
                .struct_value()
                .fields()
                .at("organizations")
                .number_value(),
            2);
}

TEST_F(SubmitCommandTest, DirectoryStreamsAndReportsFailuresAlone) {
  Write("1.txt", "one");
  Write("2.txt", "reject");
  Write("3.txt", "three");
  SubmitOptions options = Options({dir_.string()});
  options.show_progress = true;
  const absl::Status status = Run(options);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(status.message()), HasSubstr("1 of 3 articles"));
  EXPECT_EQ(service_.requests.size(), 3);
  const Struct summary = Summary();
  EXPECT_EQ(summary.fields().at("consistencyToken").string_value(),
            "v1.stream");
  EXPECT_EQ(summary.fields().at("created").number_value(), 2);
  EXPECT_EQ(summary.fields().at("failed").number_value(), 1);
  const auto& articles = summary.fields().at("articles").list_value();
  EXPECT_EQ(
      articles.values(2).struct_value().fields().at("articleId").string_value(),
      "art_three");
  EXPECT_EQ(articles.values(1)
                .struct_value()
                .fields()
                .at("error")
                .struct_value()
                .fields()
                .at("code")
                .string_value(),
            "INVALID_ARGUMENT");
  EXPECT_THAT(progress_.str(), HasSubstr("3/3"));
}

TEST_F(SubmitCommandTest, UnaryFailureIsTheCommandsError) {
  const std::string path = Write("bad.txt", "reject");
  const absl::Status status = Run(Options({path}));
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(), "content is rejected");
  EXPECT_EQ(out_.str(), "");
}

TEST_F(SubmitCommandTest, InvalidUtf8FailsBeforeSending) {
  const std::string bad = Write("bad.txt", "Huashu \xff Group");
  const absl::Status one = Run(Options({bad}));
  EXPECT_EQ(one.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(one.message()), HasSubstr("offset 7"));

  Write("good.txt", "fine");
  const absl::Status many = Run(Options({dir_.string()}));
  EXPECT_EQ(many.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(many.message()), HasSubstr("1 of 2 articles"));
  ASSERT_EQ(service_.requests.size(), 1);
  EXPECT_EQ(service_.requests[0].content(), "fine");
}

TEST_F(SubmitCommandTest, MissingPathFailsBeforeSending) {
  EXPECT_EQ(Run(Options({(dir_ / "none.txt").string()})).code(),
            absl::StatusCode::kNotFound);
  EXPECT_TRUE(service_.requests.empty());
}

}  // namespace
}  // namespace partnerlens::tools
