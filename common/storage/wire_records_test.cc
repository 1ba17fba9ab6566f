#include "common/storage/wire_records.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace partnerlens::storage {
namespace {

namespace wire = ::partnerlens::v1;
using ::testing::ElementsAre;

v1::Span MakeSpan(int begin, int end) {
  v1::Span span;
  span.set_begin(begin);
  span.set_end(end);
  return span;
}

v1::ArticleFacts SampleFacts() {
  v1::ArticleFacts facts;
  v1::OrganizationFact* org = facts.add_organizations();
  org->set_id("org_school");
  org->set_name("School of Computer Science");
  org->set_kind(wire::ORGANIZATION_KIND_DEPARTMENT);
  org->add_aliases("the School");
  org->set_parent("Zhejiang University");
  org->set_parent_id("org_zju");
  *org->add_mentions() = MakeSpan(0, 26);
  v1::PersonFact* person = facts.add_people();
  person->set_id("per_fan");
  person->set_name("Fan Jing");
  v1::PositionFact* position = person->add_positions();
  position->set_title("Secretary");
  position->set_organization("School of Computer Science");
  position->set_organization_id("org_school");
  *position->add_evidence() = MakeSpan(30, 39);
  v1::EventFact* event = facts.add_events();
  event->set_id("evt_sign");
  event->set_kind(wire::EVENT_KIND_SIGNING);
  event->set_location("Hangzhou");
  event->add_organizations("School of Computer Science");
  event->add_organization_ids("org_school");
  v1::PartnershipFact* partnership = facts.add_partnerships();
  partnership->set_id("prt_base");
  partnership->set_status(wire::PARTNERSHIP_STATUS_AGREED);
  *partnership->add_evidence_spans() = MakeSpan(40, 60);
  return facts;
}

TEST(ToWireRecordsTest, KeepsTheFactsWithTheArticleAsSupport) {
  const wire::ArticleRecords records = ToWireRecords("a1", SampleFacts());
  ASSERT_EQ(records.organizations_size(), 1);
  const wire::Organization& org = records.organizations(0);
  EXPECT_EQ(org.id(), "org_school");
  EXPECT_EQ(org.kind(), wire::ORGANIZATION_KIND_DEPARTMENT);
  EXPECT_THAT(org.aliases(), ElementsAre("the School"));
  EXPECT_EQ(org.parent_id(), "org_zju");
  EXPECT_THAT(org.article_ids(), ElementsAre("a1"));
  EXPECT_EQ(org.mentions(0).article_id(), "a1");
  EXPECT_EQ(org.mentions(0).end(), 26);
  ASSERT_EQ(records.people_size(), 1);
  EXPECT_EQ(records.people(0).positions(0).organization_id(), "org_school");
  EXPECT_EQ(records.people(0).positions(0).evidence(0).begin(), 30);
  ASSERT_EQ(records.events_size(), 1);
  EXPECT_EQ(records.events(0).location(), "Hangzhou");
  EXPECT_THAT(records.events(0).organization_ids(), ElementsAre("org_school"));
  ASSERT_EQ(records.partnerships_size(), 1);
  EXPECT_EQ(records.partnerships(0).status(), wire::PARTNERSHIP_STATUS_AGREED);
  EXPECT_EQ(records.partnerships(0).evidence_spans(0).article_id(), "a1");
  EXPECT_FALSE(records.has_article());
}

TEST(ToWireArticleTest, FormatsTheIngestTime) {
  v1::ArticleRow row;
  row.set_id("a1");
  row.set_ingest_unix_micros(1'715'904'000'000'000);  // 2024-05-17T00:00:00Z
  EXPECT_EQ(ToWireArticle(row, true).ingest_time(), "2024-05-17T00:00:00Z");
  row.set_ingest_unix_micros(1'715'904'000'250'000);
  EXPECT_EQ(ToWireArticle(row, true).ingest_time(), "2024-05-17T00:00:00.25Z");
  row.set_ingest_unix_micros(0);
  EXPECT_EQ(ToWireArticle(row, true).ingest_time(), "");
}

TEST(ToWireArticleTest, LeavesTextOutUnlessAsked) {
  v1::ArticleRow row;
  row.set_id("art_1");
  row.set_text("body");
  row.set_title("Title");
  const wire::Article without = ToWireArticle(row, false);
  EXPECT_EQ(without.id(), "art_1");
  EXPECT_EQ(without.title(), "Title");
  EXPECT_EQ(without.text(), "");
  EXPECT_EQ(ToWireArticle(row, true).text(), "body");
}

TEST(PartnershipStatusRankTest, OrdersDiscussedAgreedOngoing) {
  EXPECT_EQ(PartnershipStatusRank(wire::PARTNERSHIP_STATUS_UNSPECIFIED), 0);
  EXPECT_LT(PartnershipStatusRank(wire::PARTNERSHIP_STATUS_UNSPECIFIED),
            PartnershipStatusRank(wire::PARTNERSHIP_STATUS_DISCUSSED));
  EXPECT_LT(PartnershipStatusRank(wire::PARTNERSHIP_STATUS_DISCUSSED),
            PartnershipStatusRank(wire::PARTNERSHIP_STATUS_AGREED));
  EXPECT_LT(PartnershipStatusRank(wire::PARTNERSHIP_STATUS_AGREED),
            PartnershipStatusRank(wire::PARTNERSHIP_STATUS_ONGOING));
  EXPECT_EQ(PartnershipStatusRank(99), 0);
}

}  // namespace
}  // namespace partnerlens::storage
