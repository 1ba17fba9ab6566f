#include "query_service/query_engine.h"

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/clock.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "common/storage/consistency_token.h"
#include "query_service/test_store.h"

namespace partnerlens::query {
namespace {

using ::testing::ElementsAre;
using testing::Event;
using testing::Org;
using testing::Partnership;
using testing::Person;
using testing::Position;
using testing::sv1::ArticleFacts;

constexpr int kCompany = v1::ORGANIZATION_KIND_COMPANY;
constexpr int kUniversity = v1::ORGANIZATION_KIND_UNIVERSITY;
constexpr int kDepartment = v1::ORGANIZATION_KIND_DEPARTMENT;

absl::Time Soon() { return absl::Now() + absl::Seconds(10); }

// The first seed-like article: a school of ZJUT talks with Huashu.
ArticleFacts FirstArticle() {
  ArticleFacts facts;
  *facts.add_organizations() =
      Org("org_huashu", "Huashu Group", kCompany, {"Huashu"});
  *facts.add_organizations() = Org(
      "org_zjut", "Zhejiang University of Technology", kUniversity, {"ZJUT"});
  auto school = Org("org_school", "School of Computer Science", kDepartment,
                    {"the School"});
  school.set_parent("Zhejiang University of Technology");
  school.set_parent_id("org_zjut");
  *facts.add_organizations() = school;
  *facts.add_people() =
      Person("per_fan", "Fan Jing",
             {Position("Secretary of the Party Committee",
                       "School of Computer Science", "org_school")});
  *facts.add_events() = Event({.id = "evt_meet",
                               .kind = v1::EVENT_KIND_MEETING,
                               .name = "exchange meeting",
                               .date = "--04-17",
                               .org_ids = {"org_school", "org_huashu"},
                               .person_ids = {"per_fan"}});
  *facts.add_partnerships() =
      Partnership({.id = "prt_base",
                   .org_ids = {"org_school", "org_huashu"},
                   .kind = v1::PARTNERSHIP_KIND_INTERNSHIP_BASE,
                   .status = v1::PARTNERSHIP_STATUS_DISCUSSED,
                   .date = "--04-17",
                   .evidence = "preliminary intention"});
  return facts;
}

// The second: Huashu signs the base and runs a lab with ZJUT.
ArticleFacts SecondArticle() {
  ArticleFacts facts;
  *facts.add_organizations() =
      Org("org_huashu", "Huashu Digital Television Media Group Co., Ltd.",
          kCompany, {"Huashu Group"});
  *facts.add_people() =
      Person("per_huang", "Huang Xiaoting",
             {Position("Vice President", "Huashu Group", "org_huashu")});
  *facts.add_events() = Event({.id = "evt_sign",
                               .kind = v1::EVENT_KIND_SIGNING,
                               .name = "signing ceremony",
                               .date = "2022-03-10",
                               .org_ids = {"org_huashu", "org_zjut"},
                               .person_ids = {"per_huang"}});
  *facts.add_partnerships() =
      Partnership({.id = "prt_base",
                   .org_ids = {"org_school", "org_huashu"},
                   .kind = v1::PARTNERSHIP_KIND_INTERNSHIP_BASE,
                   .status = v1::PARTNERSHIP_STATUS_AGREED,
                   .date = "2022-03-10",
                   .evidence = "signed the base agreement"});
  *facts.add_partnerships() =
      Partnership({.id = "prt_lab",
                   .org_ids = {"org_zjut", "org_huashu"},
                   .kind = v1::PARTNERSHIP_KIND_JOINT_LAB,
                   .status = v1::PARTNERSHIP_STATUS_ONGOING,
                   .date = "2023",
                   .evidence = "runs a joint lab"});
  return facts;
}

// The two articles stored in a real primary and read through a secondary.
// art_2 is stored first, so it is the older although its id sorts last.
class QueryEngineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_.Write("art_2", FirstArticle(), /*ingest_micros=*/1000);
    store_.Write("art_1", SecondArticle(), /*ingest_micros=*/2000);
    reader_ = store_.OpenReader();
    ASSERT_NE(reader_, nullptr);
    engine_ = std::make_unique<QueryEngine>(reader_.get(), options_);
  }

  template <typename Response>
  static std::vector<std::string> Ids(
      const google::protobuf::RepeatedPtrField<Response>& records) {
    std::vector<std::string> ids;
    ids.reserve(records.size());
    for (const auto& record : records) ids.push_back(record.id());
    return ids;
  }

  testing::TestStore store_;
  config::QueryOptions options_;
  std::unique_ptr<storage::StoreReader> reader_;
  std::unique_ptr<QueryEngine> engine_;
};

TEST_F(QueryEngineTest, GetOrganizationMergesArticlesOldestFirst) {
  v1::GetOrganizationRequest request;
  request.set_organization("org_huashu");
  const auto response = engine_->GetOrganization(request, Soon());
  ASSERT_TRUE(response.ok()) << response.status();
  const v1::Organization& org = response->organization();
  EXPECT_EQ(org.name(), "Huashu Digital Television Media Group Co., Ltd.");
  EXPECT_THAT(org.aliases(), ElementsAre("Huashu Group", "Huashu"));
  // art_2 was stored first, so it leads although art_1 sorts first.
  EXPECT_THAT(org.article_ids(), ElementsAre("art_2", "art_1"));
  EXPECT_EQ(org.mentions(0).article_id(), "art_2");
}

TEST_F(QueryEngineTest, GetOrganizationByAnyNameOrAlias) {
  for (const char* name :
       {"Huashu", "huashu group", "HUASHU DIGITAL TELEVISION MEDIA GROUP",
        "the Huashu Group Co., Ltd."}) {
    v1::GetOrganizationRequest request;
    request.set_organization(name);
    const auto response = engine_->GetOrganization(request, Soon());
    ASSERT_TRUE(response.ok()) << name << ": " << response.status();
    EXPECT_EQ(response->organization().id(), "org_huashu") << name;
  }
}

TEST_F(QueryEngineTest, GetOrganizationListsSubUnits) {
  v1::GetOrganizationRequest request;
  request.set_organization("ZJUT");
  const auto response = engine_->GetOrganization(request, Soon());
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_EQ(response->organization().id(), "org_zjut");
  EXPECT_EQ(Ids(response->sub_units()), std::vector<std::string>{"org_school"});
  EXPECT_EQ(response->sub_units(0).parent_id(), "org_zjut");
}

TEST_F(QueryEngineTest, GetErrors) {
  v1::GetOrganizationRequest org;
  EXPECT_EQ(engine_->GetOrganization(org, Soon()).status().code(),
            absl::StatusCode::kInvalidArgument);
  org.set_organization("Nobody Inc.");
  const auto missing = engine_->GetOrganization(org, Soon());
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(missing.status().message(),
            "no organization matches \"Nobody Inc.\"");
  org.set_organization("org_unknown");
  EXPECT_EQ(engine_->GetOrganization(org, Soon()).status().code(),
            absl::StatusCode::kNotFound);
  org.set_organization("!!!");
  EXPECT_EQ(engine_->GetOrganization(org, Soon()).status().code(),
            absl::StatusCode::kInvalidArgument);
  org.set_organization(std::string(2000, 'a'));
  EXPECT_EQ(engine_->GetOrganization(org, Soon()).status().code(),
            absl::StatusCode::kInvalidArgument);
  v1::GetPersonRequest person;
  person.set_person("Nobody");
  EXPECT_EQ(engine_->GetPerson(person, Soon()).status().code(),
            absl::StatusCode::kNotFound);
  v1::GetArticleRequest article;
  article.set_article_id("art_x");
  EXPECT_EQ(engine_->GetArticle(article, Soon()).status().code(),
            absl::StatusCode::kNotFound);
}

TEST_F(QueryEngineTest, GetPersonByIdOrName) {
  for (const char* name : {"per_fan", "Fan Jing", "fan  jing"}) {
    v1::GetPersonRequest request;
    request.set_person(name);
    const auto response = engine_->GetPerson(request, Soon());
    ASSERT_TRUE(response.ok()) << name << ": " << response.status();
    EXPECT_EQ(response->person().id(), "per_fan");
    EXPECT_EQ(response->person().positions(0).organization_id(), "org_school");
  }
}

TEST_F(QueryEngineTest, ListPartnershipsByOrganizationAndFilters) {
  v1::ListPartnershipsRequest request;
  request.set_organization("Huashu Group");
  auto response = engine_->ListPartnerships(request, Soon());
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_EQ(Ids(response->partnerships()),
            (std::vector<std::string>{"prt_base", "prt_lab"}));
  // prt_base: DISCUSSED in art_2, AGREED in art_1 -> AGREED, art_2 first.
  EXPECT_EQ(response->partnerships(0).status(), v1::PARTNERSHIP_STATUS_AGREED);
  EXPECT_EQ(response->partnerships(0).date(), "2022-03-10");
  EXPECT_THAT(response->partnerships(0).article_ids(),
              ElementsAre("art_2", "art_1"));

  request.set_organization("School of Computer Science");
  response = engine_->ListPartnerships(request, Soon());
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_EQ(Ids(response->partnerships()),
            std::vector<std::string>{"prt_base"});

  request.clear_organization();
  request.set_status(v1::PARTNERSHIP_STATUS_ONGOING);
  response = engine_->ListPartnerships(request, Soon());
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_EQ(Ids(response->partnerships()), std::vector<std::string>{"prt_lab"});

  request.clear_status();
  request.set_date_from("2022-03");
  request.set_date_to("2022-04");
  response = engine_->ListPartnerships(request, Soon());
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_EQ(Ids(response->partnerships()),
            std::vector<std::string>{"prt_base"});

  request.set_organization("Unknown Org");
  response = engine_->ListPartnerships(request, Soon());
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_TRUE(response->partnerships().empty());
}

TEST_F(QueryEngineTest, ListEventsFiltersByDateOverlap) {
  v1::ListEventsRequest request;
  auto response = engine_->ListEvents(request, Soon());
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_EQ(Ids(response->events()),
            (std::vector<std::string>{"evt_meet", "evt_sign"}));

  request.set_date_from("2022");
  request.set_date_to("2022");
  response = engine_->ListEvents(request, Soon());
  ASSERT_TRUE(response.ok()) << response.status();
  // "--04-17" has no year, so it never matches a date filter.
  EXPECT_EQ(Ids(response->events()), std::vector<std::string>{"evt_sign"});

  request.set_date_from("2022-04");
  request.set_date_to("");
  response = engine_->ListEvents(request, Soon());
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_TRUE(response->events().empty());

  request.set_date_from("2022-13");
  EXPECT_EQ(engine_->ListEvents(request, Soon()).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_F(QueryEngineTest, ListEventsByOrganizationPersonAndKind) {
  v1::ListEventsRequest request;
  request.set_organization("ZJUT");
  auto response = engine_->ListEvents(request, Soon());
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_EQ(Ids(response->events()), std::vector<std::string>{"evt_sign"});

  request.set_organization("Huashu");
  request.set_person("Fan Jing");
  response = engine_->ListEvents(request, Soon());
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_EQ(Ids(response->events()), std::vector<std::string>{"evt_meet"});

  request.clear_person();
  request.set_kind(v1::EVENT_KIND_SIGNING);
  response = engine_->ListEvents(request, Soon());
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_EQ(Ids(response->events()), std::vector<std::string>{"evt_sign"});

  request.set_kind(static_cast<v1::EventKind>(42));
  EXPECT_EQ(engine_->ListEvents(request, Soon()).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_F(QueryEngineTest, SearchPeopleByNameOrganizationAndTitle) {
  v1::SearchPeopleRequest request;
  request.set_name("jing FAN");
  auto response = engine_->SearchPeople(request, Soon());
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_EQ(Ids(response->people()), std::vector<std::string>{"per_fan"});

  request.clear_name();
  request.set_organization("Huashu Group");
  response = engine_->SearchPeople(request, Soon());
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_EQ(Ids(response->people()), std::vector<std::string>{"per_huang"});

  request.set_title("president");
  response = engine_->SearchPeople(request, Soon());
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_EQ(Ids(response->people()), std::vector<std::string>{"per_huang"});

  request.set_title("secretary");
  response = engine_->SearchPeople(request, Soon());
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_TRUE(response->people().empty());

  request.clear_organization();
  response = engine_->SearchPeople(request, Soon());
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_EQ(Ids(response->people()), std::vector<std::string>{"per_fan"});
}

TEST_F(QueryEngineTest, GetArticleWithRecords) {
  v1::GetArticleRequest request;
  request.set_article_id("art_2");
  auto response = engine_->GetArticle(request, Soon());
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_EQ(response->article().text(), "Some article text.");
  EXPECT_FALSE(response->has_records());

  request.set_include_records(true);
  response = engine_->GetArticle(request, Soon());
  ASSERT_TRUE(response.ok()) << response.status();
  const v1::ArticleRecords& records = response->records();
  EXPECT_EQ(records.organizations_size(), 3);
  EXPECT_EQ(records.people_size(), 1);
  ASSERT_EQ(records.partnerships_size(), 1);
  // The article's own view, not the merged one.
  EXPECT_EQ(records.partnerships(0).status(), v1::PARTNERSHIP_STATUS_DISCUSSED);
  EXPECT_THAT(records.partnerships(0).article_ids(), ElementsAre("art_2"));
  EXPECT_FALSE(records.has_article());
}

TEST_F(QueryEngineTest, ListArticlesLeavesTextOut) {
  v1::ListArticlesRequest request;
  request.set_page_size(1);
  auto first = engine_->ListArticles(request, Soon());
  ASSERT_TRUE(first.ok()) << first.status();
  ASSERT_EQ(first->articles_size(), 1);
  EXPECT_EQ(first->articles(0).id(), "art_1");
  EXPECT_EQ(first->articles(0).text(), "");
  ASSERT_FALSE(first->next_page_token().empty());
  request.set_page_token(first->next_page_token());
  auto second = engine_->ListArticles(request, Soon());
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(Ids(second->articles()), std::vector<std::string>{"art_2"});
  EXPECT_EQ(second->next_page_token(), "");
}

TEST_F(QueryEngineTest, ConsistencyTokenWaitsForTheWrite) {
  ArticleFacts facts;
  *facts.add_organizations() = Org("org_new", "Newco", kCompany);
  const uint64_t sequence = store_.Write("art_3", facts);
  v1::GetOrganizationRequest request;
  request.set_organization("Newco");
  EXPECT_EQ(engine_->GetOrganization(request, Soon()).status().code(),
            absl::StatusCode::kNotFound);  // not caught up yet
  request.set_consistency_token(storage::EncodeConsistencyToken(sequence));
  const auto response = engine_->GetOrganization(request, Soon());
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_EQ(response->organization().id(), "org_new");
}

TEST_F(QueryEngineTest, ConsistencyTokenErrors) {
  v1::ListEventsRequest request;
  request.set_consistency_token("v1.nothex");
  EXPECT_EQ(engine_->ListEvents(request, Soon()).status().code(),
            absl::StatusCode::kInvalidArgument);
  request.set_consistency_token(storage::EncodeConsistencyToken(
      store_.store().LatestSequenceNumber() + 1000));
  const absl::Time start = absl::Now();
  EXPECT_EQ(engine_->ListEvents(request, start + absl::Milliseconds(100))
                .status()
                .code(),
            absl::StatusCode::kDeadlineExceeded);
  EXPECT_LT(absl::Now() - start, absl::Seconds(2));
}

// Many organizations in one article, to page over.
class QueryEnginePagingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ArticleFacts facts;
    for (int i = 0; i < kOrganizations; ++i) {
      *facts.add_organizations() =
          Org(absl::StrFormat("org_%04d", i), absl::StrCat("Company ", i),
              i % 2 == 0 ? kCompany : kUniversity);
    }
    store_.Write("art_1", facts);
    reader_ = store_.OpenReader();
    ASSERT_NE(reader_, nullptr);
    engine_ = std::make_unique<QueryEngine>(reader_.get(), options_);
  }

  static constexpr int kOrganizations = 520;
  testing::TestStore store_;
  config::QueryOptions options_;
  std::unique_ptr<storage::StoreReader> reader_;
  std::unique_ptr<QueryEngine> engine_;
};

TEST_F(QueryEnginePagingTest, PagesCoverEveryRecordOnce) {
  v1::ListOrganizationsRequest request;
  request.set_kind(v1::ORGANIZATION_KIND_UNIVERSITY);
  request.set_page_size(100);
  std::vector<std::string> ids;
  int pages = 0;
  do {
    const auto response = engine_->ListOrganizations(request, Soon());
    ASSERT_TRUE(response.ok()) << response.status();
    ASSERT_LE(response->organizations_size(), 100);
    for (const auto& org : response->organizations()) {
      EXPECT_EQ(org.kind(), v1::ORGANIZATION_KIND_UNIVERSITY);
      ids.push_back(org.id());
    }
    request.set_page_token(response->next_page_token());
    ++pages;
  } while (!request.page_token().empty() && pages < 10);
  EXPECT_EQ(pages, 3);  // 260 universities: 100 + 100 + 60
  EXPECT_EQ(ids.size(), 260u);
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), 260u);
}

TEST_F(QueryEnginePagingTest, ExactMultipleEndsWithoutToken) {
  v1::ListOrganizationsRequest request;
  request.set_page_size(260);
  request.set_kind(v1::ORGANIZATION_KIND_COMPANY);
  const auto response = engine_->ListOrganizations(request, Soon());
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_EQ(response->organizations_size(), 260);
  EXPECT_EQ(response->next_page_token(), "");
}

TEST_F(QueryEnginePagingTest, PageSizeDefaultsAndClamps) {
  struct Case {
    int page_size;
    int expected;
  };
  for (const Case& c : {Case{0, 50}, Case{7, 7}, Case{1000, 500}}) {
    v1::ListOrganizationsRequest request;
    request.set_page_size(c.page_size);
    const auto response = engine_->ListOrganizations(request, Soon());
    ASSERT_TRUE(response.ok()) << response.status();
    EXPECT_EQ(response->organizations_size(), c.expected) << c.page_size;
    EXPECT_FALSE(response->next_page_token().empty());
  }
  v1::ListOrganizationsRequest request;
  request.set_page_size(-1);
  EXPECT_EQ(engine_->ListOrganizations(request, Soon()).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_F(QueryEnginePagingTest, TokenOnlyWorksWithTheSameFilters) {
  v1::ListOrganizationsRequest request;
  request.set_kind(v1::ORGANIZATION_KIND_COMPANY);
  request.set_page_size(10);
  const auto first = engine_->ListOrganizations(request, Soon());
  ASSERT_TRUE(first.ok()) << first.status();
  request.set_page_token(first->next_page_token());
  request.set_page_size(20);  // another page size is fine
  EXPECT_TRUE(engine_->ListOrganizations(request, Soon()).ok());

  request.set_kind(v1::ORGANIZATION_KIND_UNIVERSITY);
  const auto other_filter = engine_->ListOrganizations(request, Soon());
  EXPECT_EQ(other_filter.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(other_filter.status().message(),
            "page_token is invalid or does not match the request");

  v1::ListArticlesRequest articles;
  articles.set_page_token(first->next_page_token());
  EXPECT_EQ(engine_->ListArticles(articles, Soon()).status().code(),
            absl::StatusCode::kInvalidArgument);
  articles.set_page_token("garbage!");
  EXPECT_EQ(engine_->ListArticles(articles, Soon()).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_F(QueryEnginePagingTest, PassedDeadlineStopsAScan) {
  v1::ListOrganizationsRequest request;
  EXPECT_EQ(engine_->ListOrganizations(request, absl::Now() - absl::Seconds(1))
                .status()
                .code(),
            absl::StatusCode::kDeadlineExceeded);
}

}  // namespace
}  // namespace partnerlens::query
