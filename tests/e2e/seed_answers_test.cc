// What the service pair answers about the four seed articles: facts the
// seeds state plainly, asked through the query service after submitting the
// seeds through the ingest service. These depend on the extraction
// (issue #3): with an extractor that finds nothing they fail, which is the
// point; each test names the sentence of the seed it relies on.

#include <memory>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "tests/e2e/e2e_util.h"
#include "tests/e2e/service_pair.h"
#include "tests/testing/status_matchers.h"

namespace partnerlens::e2e {
namespace {

using ::partnerlens::testing::IsOk;
using ::testing::HasSubstr;

using Stub = v1::QueryService::Stub;

class SeedAnswersTest : public ServicePairFixture {
 protected:
  void SetUp() override {
    ServicePairFixture::SetUp();
    if (HasFatalFailure()) return;
    auto submitted = SubmitSeeds(ingest());
    ASSERT_THAT(submitted, IsOk());
    token_ = submitted->consistency_token();
  }

  std::string token_;
};

// 000: "... Huashu Digital Television Media Group Co., Ltd. held a
// collaborative education exchange meeting ..." and later "Huashu Group".
TEST_F(SeedAnswersTest, HuashuGroupIsAnOrganization) {
  v1::GetOrganizationRequest request;
  request.set_organization("Huashu Group");
  request.set_consistency_token(token_);
  const absl::StatusOr<v1::GetOrganizationResponse> response =
      Call(query(), &Stub::GetOrganization, request);
  ASSERT_THAT(response, IsOk());
  EXPECT_THAT(response->organization().name(), HasSubstr("Huashu"));
  EXPECT_THAT(response->organization().article_ids(),
              ::testing::Contains("000_1cdf2a01273a9a39"));
}

// 000: the school and Huashu reach "a preliminary intention to establish an
// internship and practice base".
TEST_F(SeedAnswersTest, HuashuHasPartnerships) {
  v1::ListPartnershipsRequest request;
  request.set_organization("Huashu Group");
  request.set_consistency_token(token_);
  const absl::StatusOr<v1::ListPartnershipsResponse> response =
      Call(query(), &Stub::ListPartnerships, request);
  ASSERT_THAT(response, IsOk());
  EXPECT_GT(response->partnerships_size(), 0);
}

// 003: "Wang Liping, vice president of Lenovo Group and general manager of
// ...".
TEST_F(SeedAnswersTest, LenovoGroupPeopleIncludeWangLiping) {
  v1::SearchPeopleRequest request;
  request.set_organization("Lenovo Group");
  request.set_consistency_token(token_);
  const absl::StatusOr<v1::SearchPeopleResponse> response =
      Call(query(), &Stub::SearchPeople, request);
  ASSERT_THAT(response, IsOk());
  std::vector<std::string> names;
  for (const v1::Person& person : response->people()) {
    names.push_back(person.name());
  }
  EXPECT_THAT(names, ::testing::Contains("Wang Liping"));
}

// 003: the events of November 9, 2022 (gold: two events on 2022-11-09).
TEST_F(SeedAnswersTest, EventsOnNovember9th2022) {
  v1::ListEventsRequest request;
  request.set_date_from("2022-11-09");
  request.set_date_to("2022-11-09");
  request.set_consistency_token(token_);
  const absl::StatusOr<v1::ListEventsResponse> response =
      Call(query(), &Stub::ListEvents, request);
  ASSERT_THAT(response, IsOk());
  std::vector<std::string> dates;
  for (const v1::Event& event : response->events()) {
    dates.push_back(event.date());
    // A date filter matches every record whose period overlaps the range,
    // so "2022" and "2022-11" qualify too.
    EXPECT_THAT(event.date(), ::testing::StartsWith("2022"));
  }
  EXPECT_THAT(dates, ::testing::Contains("2022-11-09"));
}

}  // namespace
}  // namespace partnerlens::e2e
