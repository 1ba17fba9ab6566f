#include "query_service/query_service_impl.h"

#include <chrono>
#include <memory>
#include <string>

#include "grpcpp/channel.h"
#include "grpcpp/client_context.h"
#include "grpcpp/server.h"
#include "grpcpp/server_builder.h"
#include "gtest/gtest.h"

#include "common/storage/consistency_token.h"
#include "query_service/test_store.h"

namespace partnerlens::query {
namespace {

using testing::Org;
using testing::sv1::ArticleFacts;

// The service over an in-process channel, on a store with one article.
class QueryServiceImplTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ArticleFacts facts;
    *facts.add_organizations() = Org("org_lenovo", "Lenovo Group",
                                     v1::ORGANIZATION_KIND_COMPANY, {"Lenovo"});
    store_.Write("art_1", facts);
    reader_ = store_.OpenReader();
    ASSERT_NE(reader_, nullptr);
    service_ = std::make_unique<QueryServiceImpl>(reader_.get(), options_);
    grpc::ServerBuilder builder;
    builder.RegisterService(service_.get());
    server_ = builder.BuildAndStart();
    ASSERT_NE(server_, nullptr);
    stub_ = v1::QueryService::NewStub(
        server_->InProcessChannel(grpc::ChannelArguments()));
  }

  void TearDown() override {
    if (server_ != nullptr) server_->Shutdown();
  }

  // A context whose deadline is `timeout` away.
  static std::unique_ptr<grpc::ClientContext> Context(
      std::chrono::milliseconds timeout = std::chrono::seconds(10)) {
    auto context = std::make_unique<grpc::ClientContext>();
    context->set_deadline(std::chrono::system_clock::now() + timeout);
    return context;
  }

  testing::TestStore store_;
  config::QueryOptions options_;
  std::unique_ptr<storage::StoreReader> reader_;
  std::unique_ptr<QueryServiceImpl> service_;
  std::unique_ptr<grpc::Server> server_;
  std::unique_ptr<v1::QueryService::Stub> stub_;
};

TEST_F(QueryServiceImplTest, GetOrganizationAnswers) {
  v1::GetOrganizationRequest request;
  request.set_organization("lenovo");
  v1::GetOrganizationResponse response;
  const grpc::Status status =
      stub_->GetOrganization(Context().get(), request, &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(response.organization().name(), "Lenovo Group");
}

TEST_F(QueryServiceImplTest, UnknownIdsAreNotFound) {
  v1::GetOrganizationRequest org;
  org.set_organization("Unknown University");
  v1::GetOrganizationResponse org_response;
  grpc::Status status =
      stub_->GetOrganization(Context().get(), org, &org_response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(status.error_message(),
            "no organization matches \"Unknown University\"");

  v1::GetArticleRequest article;
  article.set_article_id("art_missing");
  v1::GetArticleResponse article_response;
  status = stub_->GetArticle(Context().get(), article, &article_response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::NOT_FOUND);

  v1::GetPersonRequest person;
  person.set_person("per_0000000000000000");
  v1::GetPersonResponse person_response;
  status = stub_->GetPerson(Context().get(), person, &person_response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::NOT_FOUND);
}

TEST_F(QueryServiceImplTest, BadRequestsAreInvalidArgument) {
  v1::ListPartnershipsResponse response;
  v1::ListPartnershipsRequest negative;
  negative.set_page_size(-5);
  grpc::Status status =
      stub_->ListPartnerships(Context().get(), negative, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(status.error_message(), "page_size -5 is negative");

  v1::ListPartnershipsRequest bad_date;
  bad_date.set_date_from("2022-02-30");
  status = stub_->ListPartnerships(Context().get(), bad_date, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);

  v1::ListPartnershipsRequest bad_token;
  bad_token.set_page_token("not-a-token");
  status = stub_->ListPartnerships(Context().get(), bad_token, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);

  v1::ListPartnershipsRequest bad_consistency;
  bad_consistency.set_consistency_token("v2.zz");
  status = stub_->ListPartnerships(Context().get(), bad_consistency, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);

  v1::SearchPeopleRequest no_letters;
  no_letters.set_name("?!");
  v1::SearchPeopleResponse people;
  status = stub_->SearchPeople(Context().get(), no_letters, &people);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);

  v1::GetArticleRequest no_id;
  v1::GetArticleResponse article;
  status = stub_->GetArticle(Context().get(), no_id, &article);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(QueryServiceImplTest, UnreachedTokenIsDeadlineExceeded) {
  v1::ListEventsRequest request;
  request.set_consistency_token(storage::EncodeConsistencyToken(
      store_.store().LatestSequenceNumber() + 100));
  v1::ListEventsResponse response;
  const grpc::Status status = stub_->ListEvents(
      Context(std::chrono::milliseconds(200)).get(), request, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::DEADLINE_EXCEEDED);
}

TEST_F(QueryServiceImplTest, ListsPaginate) {
  v1::ListOrganizationsRequest request;
  v1::ListOrganizationsResponse response;
  const grpc::Status status =
      stub_->ListOrganizations(Context().get(), request, &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  ASSERT_EQ(response.organizations_size(), 1);
  EXPECT_EQ(response.next_page_token(), "");
}

}  // namespace
}  // namespace partnerlens::query
