#include "ingest_service/to_records.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "common/storage/ids.h"
#include "common/storage/wire_records.h"

namespace partnerlens::ingest {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

extraction::ArticleRecords SampleRecords() {
  extraction::ArticleRecords records;
  records.text = "Huashu Group and Zhejiang University signed ...";
  records.published_date = "2024-05-17";
  records.title = "From HTML";
  extraction::OrganizationRecord huashu;
  huashu.name = "Huashu Digital Television Media Group Co., Ltd.";
  huashu.kind = extraction::OrgKind::kCompany;
  huashu.aliases = {"Huashu Group"};
  huashu.mentions = {{0, 12}};
  extraction::OrganizationRecord zju;
  zju.name = "Zhejiang University";
  zju.kind = extraction::OrgKind::kUniversity;
  zju.mentions = {{17, 36}};
  extraction::OrganizationRecord school;
  school.name = "School of Computer Science";
  school.kind = extraction::OrgKind::kDepartment;
  school.parent = "Zhejiang University";
  records.organizations = {huashu, zju, school};

  extraction::PersonRecord fan;
  fan.name = "Fan Jing";
  fan.positions = {{"Vice President", "Huashu Group", {{50, 60}}},
                   {"Professor", "", {}}};
  fan.mentions = {{40, 48}};
  records.people = {fan};

  extraction::EventRecord signing;
  signing.kind = extraction::EventKind::kSigning;
  signing.name = "signing ceremony";
  signing.date = "2024-05-16";
  signing.location = "Hangzhou";
  signing.organizations = {"Huashu Group", "Zhejiang University"};
  signing.people = {"Fan Jing"};
  signing.evidence = {{0, 47}};
  records.events = {signing};

  extraction::PartnershipRecord partnership;
  partnership.organizations = {"Huashu Group", "Zhejiang University"};
  partnership.kind = extraction::PartnershipKind::kJointLab;
  partnership.status = extraction::PartnershipStatus::kDiscussed;
  partnership.evidence = "Huashu Group and Zhejiang University signed";
  partnership.evidence_span = {0, 43};
  records.partnerships = {partnership};
  return records;
}

TEST(ToArticleFactsTest, GivesIdsAndResolvesNamesWithinTheArticle) {
  const storage::v1::ArticleFacts facts = ToArticleFacts(SampleRecords());
  const std::string huashu_id = storage::OrganizationId(
      "Huashu Digital Television Media Group Co., Ltd.");
  const std::string zju_id = storage::OrganizationId("Zhejiang University");

  ASSERT_EQ(facts.organizations_size(), 3);
  EXPECT_EQ(facts.organizations(0).id(), huashu_id);
  EXPECT_EQ(facts.organizations(0).kind(), v1::ORGANIZATION_KIND_COMPANY);
  EXPECT_THAT(facts.organizations(0).aliases(), ElementsAre("Huashu Group"));
  EXPECT_EQ(facts.organizations(0).mentions(0).end(), 12);
  EXPECT_EQ(facts.organizations(2).parent_id(), zju_id);

  ASSERT_EQ(facts.people_size(), 1);
  EXPECT_EQ(facts.people(0).id(), storage::PersonId("Fan Jing"));
  // "Huashu Group" is an alias, so it resolves to the full name's id.
  EXPECT_EQ(facts.people(0).positions(0).organization_id(), huashu_id);
  EXPECT_EQ(facts.people(0).positions(1).organization_id(), "");

  ASSERT_EQ(facts.events_size(), 1);
  EXPECT_EQ(facts.events(0).id(),
            storage::EventId(v1::EVENT_KIND_SIGNING, "signing ceremony",
                             "2024-05-16"));
  EXPECT_THAT(facts.events(0).organization_ids(),
              ElementsAre(huashu_id, zju_id));
  EXPECT_THAT(facts.events(0).person_ids(),
              ElementsAre(storage::PersonId("Fan Jing")));

  ASSERT_EQ(facts.partnerships_size(), 1);
  EXPECT_EQ(facts.partnerships(0).id(),
            storage::PartnershipId({zju_id, huashu_id},
                                   v1::PARTNERSHIP_KIND_JOINT_LAB));
  EXPECT_EQ(facts.partnerships(0).status(), v1::PARTNERSHIP_STATUS_DISCUSSED);
  EXPECT_EQ(facts.partnerships(0).evidence_spans(0).end(), 43);
}

TEST(ToArticleFactsTest, MergesRecordsWithOneId) {
  extraction::ArticleRecords records;
  extraction::OrganizationRecord first;
  first.name = "Huashu Group";
  first.mentions = {{0, 12}};
  extraction::OrganizationRecord second;
  second.name = "the Huashu Group Co., Ltd.";  // same organization key
  second.aliases = {"Huashu"};
  second.mentions = {{20, 45}};
  records.organizations = {first, second};
  extraction::PartnershipRecord talks;
  talks.organizations = {"Huashu Group", "Lenovo"};
  talks.status = extraction::PartnershipStatus::kDiscussed;
  extraction::PartnershipRecord agreed = talks;
  agreed.organizations = {"Lenovo", "Huashu Group"};
  agreed.status = extraction::PartnershipStatus::kAgreed;
  agreed.date = "2024-05";
  records.partnerships = {talks, agreed};

  const storage::v1::ArticleFacts facts = ToArticleFacts(records);
  ASSERT_EQ(facts.organizations_size(), 1);
  EXPECT_EQ(facts.organizations(0).name(), "Huashu Group");
  EXPECT_THAT(facts.organizations(0).aliases(),
              UnorderedElementsAre("the Huashu Group Co., Ltd.", "Huashu"));
  EXPECT_EQ(facts.organizations(0).mentions_size(), 2);
  ASSERT_EQ(facts.partnerships_size(), 1);
  EXPECT_EQ(facts.partnerships(0).status(), v1::PARTNERSHIP_STATUS_AGREED);
  EXPECT_EQ(facts.partnerships(0).date(), "2024-05");
}

TEST(ToArticleRowTest, RequestedValuesWinOverExtractedOnes) {
  ArticleMetadata metadata;
  metadata.id = "a1";
  metadata.requested_published_date = "2020-01-02";
  metadata.title = "Given";
  metadata.content_sha256 = "abc";
  metadata.ingest_unix_micros = 7;
  const storage::v1::ArticleRow row =
      ToArticleRow(metadata, "raw bytes", SampleRecords());
  EXPECT_EQ(row.id(), "a1");
  EXPECT_EQ(row.published_date(), "2020-01-02");
  EXPECT_EQ(row.requested_published_date(), "2020-01-02");
  EXPECT_EQ(row.title(), "Given");
  EXPECT_EQ(row.raw_content(), "raw bytes");
  EXPECT_EQ(row.text(), SampleRecords().text);
  EXPECT_FALSE(row.extractor_version().empty());

  metadata.requested_published_date = "";
  metadata.title = "";
  const storage::v1::ArticleRow fallback =
      ToArticleRow(metadata, "raw", SampleRecords());
  EXPECT_EQ(fallback.published_date(), "2024-05-17");
  EXPECT_EQ(fallback.requested_published_date(), "");
  EXPECT_EQ(fallback.title(), "From HTML");
}

TEST(ToWireTest, RecordsCarryTheArticleIdAndSpans) {
  const v1::ArticleRecords records =
      storage::ToWireRecords("a1", ToArticleFacts(SampleRecords()));
  ASSERT_EQ(records.organizations_size(), 3);
  EXPECT_THAT(records.organizations(0).article_ids(), ElementsAre("a1"));
  EXPECT_EQ(records.organizations(0).mentions(0).article_id(), "a1");
  EXPECT_EQ(records.organizations(0).kind(), v1::ORGANIZATION_KIND_COMPANY);
  EXPECT_EQ(records.organizations(2).parent(), "Zhejiang University");
  EXPECT_EQ(records.people(0).positions(0).title(), "Vice President");
  EXPECT_EQ(records.people(0).positions(0).evidence(0).begin(), 50);
  EXPECT_EQ(records.events(0).location(), "Hangzhou");
  EXPECT_EQ(records.events(0).kind(), v1::EVENT_KIND_SIGNING);
  EXPECT_EQ(records.partnerships(0).evidence_spans(0).article_id(), "a1");
  EXPECT_FALSE(records.has_article());

  const v1::RecordCounts counts = CountRecords(ToArticleFacts(SampleRecords()));
  EXPECT_EQ(counts.organizations(), 3);
  EXPECT_EQ(counts.people(), 1);
  EXPECT_EQ(counts.events(), 1);
  EXPECT_EQ(counts.partnerships(), 1);
}

}  // namespace
}  // namespace partnerlens::ingest
