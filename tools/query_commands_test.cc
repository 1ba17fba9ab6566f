#include "tools/query_commands.h"

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "grpcpp/server.h"
#include "grpcpp/server_builder.h"
#include "gtest/gtest.h"

namespace partnerlens::tools {
namespace {

using ::testing::HasSubstr;

ParsedArgs Parse(absl::string_view command,
                 const std::vector<std::string>& args) {
  const std::vector<FlagSpec> specs = QueryCommandFlags(command);
  auto result = ParseArgs(args, specs);
  EXPECT_TRUE(result.ok()) << result.status();
  return result.ok() ? result->args : ParsedArgs();
}

TEST(QueryRequestTest, PartnershipFiltersMapToTheRequest) {
  auto request = BuildListPartnershipsRequest(
      Parse("partnerships",
            {"--org=Huashu Group", "--kind=joint_lab", "--status", "Agreed",
             "--from=2022", "--to=2022-11-09", "--page-size=7",
             "--page-token=abc", "--consistency-token=v1.x"}));
  ASSERT_TRUE(request.ok()) << request.status();
  EXPECT_EQ(request->organization(), "Huashu Group");
  EXPECT_EQ(request->kind(), v1::PARTNERSHIP_KIND_JOINT_LAB);
  EXPECT_EQ(request->status(), v1::PARTNERSHIP_STATUS_AGREED);
  EXPECT_EQ(request->date_from(), "2022");
  EXPECT_EQ(request->date_to(), "2022-11-09");
  EXPECT_EQ(request->page_size(), 7);
  EXPECT_EQ(request->page_token(), "abc");
  EXPECT_EQ(request->consistency_token(), "v1.x");
}

TEST(QueryRequestTest, PeopleAndEventFilters) {
  auto people = BuildSearchPeopleRequest(
      Parse("people", {"--name", "fan jing", "--org=Lenovo", "--title=dean"}));
  ASSERT_TRUE(people.ok());
  EXPECT_EQ(people->name(), "fan jing");
  EXPECT_EQ(people->organization(), "Lenovo");
  EXPECT_EQ(people->title(), "dean");

  auto events = BuildListEventsRequest(Parse(
      "events", {"--person=Fan Jing", "--kind=SIGNING", "--page-size=-1"}));
  ASSERT_TRUE(events.ok());
  EXPECT_EQ(events->person(), "Fan Jing");
  EXPECT_EQ(events->kind(), v1::EVENT_KIND_SIGNING);
  EXPECT_EQ(events->page_size(), -1);  // the service rejects it
}

TEST(QueryRequestTest, PositionalWordsJoin) {
  auto org = BuildGetOrganizationRequest(Parse("org", {"Huashu", "Group"}));
  ASSERT_TRUE(org.ok());
  EXPECT_EQ(org->organization(), "Huashu Group");
  auto article =
      BuildGetArticleRequest(Parse("article", {"--with-records", "a1"}));
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->article_id(), "a1");
  EXPECT_TRUE(article->include_records());
}

TEST(QueryRequestTest, BadArgumentsAreInvalid) {
  EXPECT_EQ(BuildGetPersonRequest(Parse("person", {})).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(
      BuildListEventsRequest(Parse("events", {"--kind=party"})).status().code(),
      absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(BuildListPartnershipsRequest(Parse("partnerships", {"stray"}))
                .status()
                .code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(BuildSearchPeopleRequest(Parse("people", {"--page-size=ten"}))
                .status()
                .code(),
            absl::StatusCode::kInvalidArgument);
}

// Serves two pages of partnerships and one organization.
class FakeQueryService final : public v1::QueryService::Service {
 public:
  grpc::Status ListPartnerships(
      grpc::ServerContext* /*context*/,
      const v1::ListPartnershipsRequest* request,
      v1::ListPartnershipsResponse* response) override {
    ++calls;
    if (request->page_token().empty()) {
      response->add_partnerships()->set_id("prt_1");
      response->add_partnerships()->set_id("prt_2");
      response->set_next_page_token("page2");
    } else if (request->page_token() == "page2") {
      response->add_partnerships()->set_id("prt_3");
    } else {
      return {grpc::StatusCode::INVALID_ARGUMENT, "malformed page token"};
    }
    return grpc::Status::OK;
  }

  grpc::Status GetOrganization(grpc::ServerContext* /*context*/,
                               const v1::GetOrganizationRequest* request,
                               v1::GetOrganizationResponse* response) override {
    if (request->organization() != "Huashu Group") {
      return {grpc::StatusCode::NOT_FOUND, "no organization \"x\""};
    }
    response->mutable_organization()->set_name("Huashu Group");
    response->mutable_organization()->set_kind(v1::ORGANIZATION_KIND_COMPANY);
    return grpc::Status::OK;
  }

  int calls = 0;
};

class QueryCommandRunTest : public ::testing::Test {
 protected:
  void SetUp() override {
    grpc::ServerBuilder builder;
    builder.RegisterService(&service_);
    server_ = builder.BuildAndStart();
    stub_ = v1::QueryService::NewStub(
        server_->InProcessChannel(grpc::ChannelArguments()));
  }
  void TearDown() override { server_->Shutdown(); }

  absl::Status Run(absl::string_view command,
                   const std::vector<std::string>& args) {
    out_.str("");
    return RunQueryCommand(command, Parse(command, args), ClientOptions(),
                           *stub_, out_);
  }

  FakeQueryService service_;
  std::unique_ptr<grpc::Server> server_;
  std::unique_ptr<v1::QueryService::Stub> stub_;
  std::ostringstream out_;
};

TEST_F(QueryCommandRunTest, PrintsOnePageWithItsToken) {
  ASSERT_TRUE(Run("partnerships", {}).ok());
  EXPECT_THAT(out_.str(), HasSubstr("\"prt_2\""));
  EXPECT_THAT(out_.str(), HasSubstr("\"nextPageToken\": \"page2\""));
  EXPECT_THAT(out_.str(), ::testing::Not(HasSubstr("prt_3")));
}

TEST_F(QueryCommandRunTest, AllFollowsEveryPage) {
  ASSERT_TRUE(Run("partnerships", {"--all"}).ok());
  EXPECT_EQ(service_.calls, 2);
  EXPECT_THAT(out_.str(), HasSubstr("\"prt_1\""));
  EXPECT_THAT(out_.str(), HasSubstr("\"prt_3\""));
  EXPECT_THAT(out_.str(), ::testing::Not(HasSubstr("nextPageToken")));
}

TEST_F(QueryCommandRunTest, PrintsEnumsAsNames) {
  ASSERT_TRUE(Run("org", {"Huashu", "Group"}).ok());
  EXPECT_THAT(out_.str(), HasSubstr("\"kind\": \"ORGANIZATION_KIND_COMPANY\""));
}

TEST_F(QueryCommandRunTest, ServiceErrorsKeepCodeAndMessage) {
  const absl::Status status = Run("org", {"Nobody"});
  EXPECT_EQ(status.code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(status.message()), HasSubstr("no organization"));
  EXPECT_EQ(Run("partnerships", {"--page-token=bad"}).code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace partnerlens::tools
