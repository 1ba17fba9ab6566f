#include "query_service/merge_records.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "query_service/test_store.h"

namespace partnerlens::query {
namespace {

using ::testing::ElementsAre;
using testing::Event;
using testing::Org;
using testing::Partnership;
using testing::Person;
using testing::Position;

template <typename Fact>
std::vector<storage::ArticleFact<Fact>> Rows(
    std::vector<std::pair<std::string, Fact>> facts) {
  std::vector<storage::ArticleFact<Fact>> rows;
  rows.reserve(facts.size());
  for (auto& [article_id, fact] : facts) rows.push_back({article_id, fact});
  return rows;
}

TEST(MergeOrganizationTest, MergesTwoArticles) {
  const auto rows = Rows<storage::v1::OrganizationFact>(
      {{"art_b", Org("org_1", "Huashu Group", v1::ORGANIZATION_KIND_COMPANY,
                     {"Huashu"})},
       {"art_a", Org("org_1", "Huashu Digital Television Media Group Co., Ltd.",
                     v1::ORGANIZATION_KIND_COMPANY, {"Huashu Group"})}});
  const v1::Organization org = MergeOrganization(rows);
  EXPECT_EQ(org.id(), "org_1");
  EXPECT_EQ(org.name(), "Huashu Digital Television Media Group Co., Ltd.");
  EXPECT_THAT(org.aliases(), ElementsAre("Huashu Group", "Huashu"));
  EXPECT_EQ(org.kind(), v1::ORGANIZATION_KIND_COMPANY);
  EXPECT_THAT(org.article_ids(), ElementsAre("art_b", "art_a"));
  ASSERT_EQ(org.mentions_size(), 2);
  EXPECT_EQ(org.mentions(0).article_id(), "art_b");
  EXPECT_EQ(org.mentions(1).article_id(), "art_a");
  EXPECT_EQ(org.mentions(1).end(), 47);
}

TEST(MergeOrganizationTest, KindAndParentAreTheMostFrequent) {
  auto a = Org("org_1", "School", v1::ORGANIZATION_KIND_DEPARTMENT);
  auto b = Org("org_1", "School", v1::ORGANIZATION_KIND_OTHER);
  auto c = Org("org_1", "School", v1::ORGANIZATION_KIND_DEPARTMENT);
  a.set_parent("ZJUT");
  a.set_parent_id("org_p1");
  b.set_parent("Other");
  b.set_parent_id("org_p2");
  c.set_parent("Zhejiang University of Technology");
  c.set_parent_id("org_p1");
  const v1::Organization org = MergeOrganization(
      Rows<storage::v1::OrganizationFact>({{"a1", b}, {"a2", a}, {"a3", c}}));
  EXPECT_EQ(org.kind(), v1::ORGANIZATION_KIND_DEPARTMENT);
  EXPECT_EQ(org.parent_id(), "org_p1");
  EXPECT_EQ(org.parent(), "ZJUT");
  EXPECT_TRUE(org.aliases().empty());
}

TEST(MergePersonTest, JoinsPositionsAcrossArticles) {
  const auto rows = Rows<storage::v1::PersonFact>(
      {{"a1",
        Person("per_1", "Fan Jing", {Position("Secretary", "ZJUT", "org_1")})},
       {"a2", Person("per_1", "Fan Jing",
                     {Position("secretary", "Zhejiang Univ.", "org_1"),
                      Position("Dean", "ZJUT", "org_1")})}});
  const v1::Person person = MergePerson(rows);
  EXPECT_EQ(person.name(), "Fan Jing");
  ASSERT_EQ(person.positions_size(), 2);
  EXPECT_EQ(person.positions(0).title(), "Secretary");
  ASSERT_EQ(person.positions(0).evidence_size(), 2);
  EXPECT_EQ(person.positions(0).evidence(1).article_id(), "a2");
  EXPECT_EQ(person.positions(1).title(), "Dean");
  EXPECT_THAT(person.article_ids(), ElementsAre("a1", "a2"));
}

TEST(MergeEventTest, UnitesParticipantsAndKeepsThePrecisestDate) {
  const auto rows = Rows<storage::v1::EventFact>(
      {{"a1", Event({"evt_1",
                     v1::EVENT_KIND_MEETING,
                     "meeting",
                     "--04-17",
                     {"org_1"},
                     {"per_1"}})},
       {"a2", Event({"evt_1",
                     v1::EVENT_KIND_MEETING,
                     "exchange meeting",
                     "2024-04-17",
                     {"org_2", "org_1"},
                     {}})},
       {"a3",
        Event({"evt_1", v1::EVENT_KIND_MEETING, "meeting", "2024", {}, {}})}});
  const v1::Event event = MergeEvent(rows);
  EXPECT_EQ(event.date(), "2024-04-17");
  EXPECT_EQ(event.name(), "exchange meeting");
  EXPECT_THAT(event.organization_ids(), ElementsAre("org_1", "org_2"));
  EXPECT_THAT(event.organizations(),
              ElementsAre("name of org_1", "name of org_2"));
  EXPECT_THAT(event.person_ids(), ElementsAre("per_1"));
  EXPECT_EQ(event.evidence_size(), 3);
}

TEST(MergePartnershipTest, TakesTheMostAdvancedStatus) {
  struct Case {
    std::vector<int> statuses;
    v1::PartnershipStatus expected;
  };
  const Case cases[] = {
      {{v1::PARTNERSHIP_STATUS_DISCUSSED, v1::PARTNERSHIP_STATUS_AGREED},
       v1::PARTNERSHIP_STATUS_AGREED},
      {{v1::PARTNERSHIP_STATUS_ONGOING, v1::PARTNERSHIP_STATUS_AGREED},
       v1::PARTNERSHIP_STATUS_ONGOING},
      {{v1::PARTNERSHIP_STATUS_DISCUSSED}, v1::PARTNERSHIP_STATUS_DISCUSSED},
  };
  for (const Case& c : cases) {
    std::vector<std::pair<std::string, storage::v1::PartnershipFact>> facts;
    for (size_t i = 0; i < c.statuses.size(); ++i) {
      facts.push_back({absl::StrCat("a", i),
                       Partnership({"prt_1",
                                    {"org_1", "org_2"},
                                    v1::PARTNERSHIP_KIND_INTERNSHIP_BASE,
                                    c.statuses[i],
                                    absl::StrCat("2024-0", i + 1),
                                    absl::StrCat("evidence ", i)})});
    }
    const v1::Partnership merged =
        MergePartnership(Rows<storage::v1::PartnershipFact>(facts));
    EXPECT_EQ(merged.status(), c.expected);
    EXPECT_EQ(merged.kind(), v1::PARTNERSHIP_KIND_INTERNSHIP_BASE);
    EXPECT_EQ(merged.article_ids_size(), static_cast<int>(c.statuses.size()));
    EXPECT_THAT(merged.organization_ids(), ElementsAre("org_1", "org_2"));
  }
}

TEST(MergePartnershipTest, DateAndEvidenceFollowTheStatus) {
  const auto rows = Rows<storage::v1::PartnershipFact>(
      {{"a1", Partnership({"prt_1",
                           {"org_1", "org_2"},
                           v1::PARTNERSHIP_KIND_JOINT_LAB,
                           v1::PARTNERSHIP_STATUS_DISCUSSED,
                           "2022-03",
                           "hope to build a lab"})},
       {"a2", Partnership({"prt_1",
                           {"org_2", "org_1"},
                           v1::PARTNERSHIP_KIND_JOINT_LAB,
                           v1::PARTNERSHIP_STATUS_AGREED,
                           "",
                           "signed"})}});
  const v1::Partnership merged = MergePartnership(rows);
  EXPECT_EQ(merged.status(), v1::PARTNERSHIP_STATUS_AGREED);
  EXPECT_EQ(merged.evidence(), "signed");
  EXPECT_EQ(merged.date(), "2022-03");  // the agreed row has none
  EXPECT_THAT(merged.evidence_spans(),
              ::testing::Each(::testing::Property(&v1::TextSpan::end, 8)));
}

TEST(MergeTest, EmptyInputGivesAnEmptyRecord) {
  EXPECT_EQ(MergeOrganization({}).id(), "");
  EXPECT_EQ(MergePerson({}).id(), "");
  EXPECT_EQ(MergeEvent({}).id(), "");
  EXPECT_EQ(MergePartnership({}).id(), "");
}

}  // namespace
}  // namespace partnerlens::query
