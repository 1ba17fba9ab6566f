// Server reflection and health on both real binaries, through two real
// reflection clients: our C++ one (reflection_client.h) and `buf curl` from
// the npm package @bufbuild/buf, an independent implementation.

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "google/protobuf/descriptor.h"
#include "gtest/gtest.h"

#include "tests/e2e/reflection_client.h"
#include "tests/e2e/service_pair.h"
#include "tests/testing/status_matchers.h"

namespace partnerlens::e2e {
namespace {

using ::partnerlens::testing::IsOk;
using ::testing::Contains;
using ::testing::HasSubstr;

class ReflectionTest : public ServicePairFixture {};

// Describes `service` through `pool` and checks that `method` exists with
// the given input type.
void ExpectMethod(const google::protobuf::DescriptorPool& pool,
                  const std::string& service, const std::string& method,
                  const std::string& input_type) {
  const google::protobuf::ServiceDescriptor* descriptor =
      pool.FindServiceByName(service);
  ASSERT_NE(descriptor, nullptr) << service;
  const google::protobuf::MethodDescriptor* found =
      descriptor->FindMethodByName(method);
  ASSERT_NE(found, nullptr) << service << "." << method;
  EXPECT_EQ(found->input_type()->full_name(), input_type);
}

TEST_F(ReflectionTest, CppClientListsAndDescribesBothServers) {
  ReflectionDescriptorDatabase ingest_db(pair_->ingest().channel());
  auto ingest_services = ingest_db.ListServices();
  ASSERT_THAT(ingest_services, IsOk());
  EXPECT_THAT(*ingest_services, Contains("partnerlens.v1.IngestService"));
  EXPECT_THAT(*ingest_services, Contains("grpc.health.v1.Health"));

  ReflectionDescriptorDatabase query_db(pair_->query().channel());
  auto query_services = query_db.ListServices();
  ASSERT_THAT(query_services, IsOk());
  EXPECT_THAT(*query_services, Contains("partnerlens.v1.QueryService"));
  EXPECT_THAT(*query_services, Contains("grpc.health.v1.Health"));

  // Describing, not only listing: the pools resolve every file and its
  // dependencies through reflection alone.
  google::protobuf::DescriptorPool ingest_pool(&ingest_db);
  ExpectMethod(ingest_pool, "grpc.health.v1.Health", "Check",
               "grpc.health.v1.HealthCheckRequest");
  ExpectMethod(ingest_pool, "partnerlens.v1.IngestService", "SubmitArticles",
               "partnerlens.v1.SubmitArticleRequest");

  google::protobuf::DescriptorPool query_pool(&query_db);
  ExpectMethod(query_pool, "grpc.health.v1.Health", "Check",
               "grpc.health.v1.HealthCheckRequest");
  ExpectMethod(query_pool, "partnerlens.v1.QueryService", "ListPartnerships",
               "partnerlens.v1.ListPartnershipsRequest");
  const google::protobuf::Descriptor* partnership =
      query_pool.FindMessageTypeByName("partnerlens.v1.Partnership");
  ASSERT_NE(partnership, nullptr);
  EXPECT_NE(partnership->FindFieldByName("evidence"), nullptr);
}

// The buf binary: PARTNERLENS_BUF from the environment, else the path CMake
// was configured with (BUILD_DIR/tools-node/node_modules/.bin/buf, where
// scripts/install-deps.sh installs it).
std::string BufBinary() {
  const char* from_env = std::getenv("PARTNERLENS_BUF");
  return from_env != nullptr && *from_env != '\0' ? from_env
                                                  : PARTNERLENS_BUF_PATH;
}

class BufCurlTest : public ReflectionTest {
 protected:
  void SetUp() override {
    const std::string buf = BufBinary();
    std::error_code ec;
    ASSERT_TRUE(std::filesystem::exists(buf, ec))
        << "The reflection client `buf` is not installed at " << buf
        << ". Install it with scripts/install-deps.sh (needs npm: it runs "
           "`npm install --prefix BUILD_DIR/tools-node @bufbuild/buf`), or "
           "point PARTNERLENS_BUF at a buf binary.";
    ReflectionTest::SetUp();
  }

  // Runs `buf curl --protocol grpc --http2-prior-knowledge ARGS`.
  testing::CommandResult BufCurl(const std::vector<std::string>& args) {
    std::vector<std::string> argv = {BufBinary(), "curl", "--protocol", "grpc",
                                     "--http2-prior-knowledge"};
    argv.insert(argv.end(), args.begin(), args.end());
    return RunClient(argv, {{"BUF_CACHE_DIR", scratch_.Subdir("buf-cache")}});
  }

  static std::string Url(testing::ServiceProcess& service,
                         const std::string& path = "") {
    return absl::StrCat("http://", service.address(), path);
  }
};

TEST_F(BufCurlTest, ListsServicesOfBothServers) {
  const testing::CommandResult ingest =
      BufCurl({"--list-services", Url(pair_->ingest())});
  ASSERT_TRUE(ingest.exit.success()) << ingest.err;
  EXPECT_THAT(ingest.out, HasSubstr("partnerlens.v1.IngestService"));
  EXPECT_THAT(ingest.out, HasSubstr("grpc.health.v1.Health"));

  const testing::CommandResult query =
      BufCurl({"--list-services", Url(pair_->query())});
  ASSERT_TRUE(query.exit.success()) << query.err;
  EXPECT_THAT(query.out, HasSubstr("partnerlens.v1.QueryService"));
  EXPECT_THAT(query.out, HasSubstr("grpc.health.v1.Health"));

  // Listing methods needs every service's descriptor: reflection describes
  // what it lists.
  const testing::CommandResult methods =
      BufCurl({"--list-methods", Url(pair_->query())});
  ASSERT_TRUE(methods.exit.success()) << methods.err;
  EXPECT_THAT(methods.out,
              HasSubstr("partnerlens.v1.QueryService/ListPartnerships"));
  EXPECT_THAT(methods.out, HasSubstr("grpc.health.v1.Health/Check"));
}

TEST_F(BufCurlTest, HealthCheckSaysServingOnBothServers) {
  for (testing::ServiceProcess* service : {&pair_->ingest(), &pair_->query()}) {
    const testing::CommandResult check =
        BufCurl({"-d", "{}", Url(*service, "/grpc.health.v1.Health/Check")});
    ASSERT_TRUE(check.exit.success()) << check.err;
    EXPECT_THAT(check.out, HasSubstr("\"status\": \"SERVING\""));
  }
}

TEST_F(BufCurlTest, SubmitsAndQueriesWithJson) {
  const testing::CommandResult submit = BufCurl(
      {"-d",
       R"({"content": "Zhejiang University and Huashu Group signed an agreement.",
           "articleId": "buf-article-1"})",
       Url(pair_->ingest(), "/partnerlens.v1.IngestService/SubmitArticle")});
  ASSERT_TRUE(submit.exit.success()) << submit.err;
  EXPECT_THAT(submit.out, HasSubstr("\"articleId\": \"buf-article-1\""));
  // Pull the token out of the reply: "consistencyToken": "v1.xxxx".
  const std::string key = "\"consistencyToken\": \"";
  const size_t start = submit.out.find(key);
  ASSERT_NE(start, std::string::npos) << submit.out;
  const size_t end = submit.out.find('"', start + key.size());
  const std::string token =
      submit.out.substr(start + key.size(), end - start - key.size());

  const testing::CommandResult article = BufCurl(
      {"-d",
       absl::StrCat(R"({"articleId": "buf-article-1", "consistencyToken": ")",
                    token, R"("})"),
       Url(pair_->query(), "/partnerlens.v1.QueryService/GetArticle")});
  ASSERT_TRUE(article.exit.success()) << article.err;
  EXPECT_THAT(article.out, HasSubstr("Huashu Group signed an agreement"));

  const testing::CommandResult missing =
      BufCurl({"-d", R"({"articleId": "no-such-article"})",
               Url(pair_->query(), "/partnerlens.v1.QueryService/GetArticle")});
  EXPECT_FALSE(missing.exit.success());
  EXPECT_THAT(missing.out + missing.err, HasSubstr("not_found"));
}

}  // namespace
}  // namespace partnerlens::e2e
