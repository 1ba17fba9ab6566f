#include "ingest_service/extraction/pipeline.h"

#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "ingest_service/extraction/staged_text_for_test.h"
#include "ingest_service/extraction/tokenizer.h"

namespace partnerlens::extraction {
namespace {

using ::partnerlens::extraction::test_support::BuiltinResources;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

constexpr absl::string_view kArticle =
    "Ningbo University and Zhongke Robotics sign strategic cooperation "
    "agreement\n"
    "On March 3, Ningbo University and Zhongke Robotics Co., Ltd. signed a "
    "strategic cooperation agreement. Wang Jianhua, vice president of Ningbo "
    "University, and Li Ming, general manager of Zhongke Robotics, attended "
    "the signing ceremony.\n"
    "Wang said that both parties will build a joint laboratory for "
    "intelligent manufacturing. Zhongke Robotics will also set up an "
    "internship base for students of the School of Mechanical Engineering at "
    "Ningbo University.\n";

ArticleRecords Extract(absl::string_view content,
                       absl::string_view published_date = "",
                       ContentFormat format = ContentFormat::kGuess) {
  ArticleInput input;
  input.content = std::string(content);
  input.published_date = std::string(published_date);
  input.format = format;
  return ExtractArticle(input, BuiltinResources());
}

const OrganizationRecord* FindOrg(const ArticleRecords& records,
                                  absl::string_view name) {
  for (const OrganizationRecord& org : records.organizations) {
    if (org.name == name) return &org;
  }
  return nullptr;
}

const PersonRecord* FindPerson(const ArticleRecords& records,
                               absl::string_view name) {
  for (const PersonRecord& person : records.people) {
    if (person.name == name) return &person;
  }
  return nullptr;
}

bool Inside(const ArticleRecords& records, Span span) {
  return span.begin >= 0 && span.begin < span.end &&
         span.end <= static_cast<int32_t>(records.text.size());
}

TEST(ExtractArticleTest, FindsTheOrganizationsWithKinds) {
  const ArticleRecords records = Extract(kArticle);
  const OrganizationRecord* nbu = FindOrg(records, "Ningbo University");
  ASSERT_NE(nbu, nullptr);
  EXPECT_EQ(nbu->kind, OrgKind::kUniversity);
  EXPECT_EQ(nbu->parent, "");
  const OrganizationRecord* zhongke =
      FindOrg(records, "Zhongke Robotics Co., Ltd.");
  ASSERT_NE(zhongke, nullptr);
  EXPECT_EQ(zhongke->kind, OrgKind::kCompany);
  EXPECT_THAT(zhongke->aliases, Contains("Zhongke Robotics"));
  const OrganizationRecord* school =
      FindOrg(records, "School of Mechanical Engineering at Ningbo University");
  ASSERT_NE(school, nullptr);
  EXPECT_EQ(school->kind, OrgKind::kDepartment);
  EXPECT_EQ(school->parent, "Ningbo University");
}

TEST(ExtractArticleTest, FindsPeopleWithPositions) {
  const ArticleRecords records = Extract(kArticle);
  const PersonRecord* wang = FindPerson(records, "Wang Jianhua");
  ASSERT_NE(wang, nullptr);
  ASSERT_EQ(wang->positions.size(), 1U);
  EXPECT_EQ(wang->positions[0].title, "vice president");
  EXPECT_EQ(wang->positions[0].organization, "Ningbo University");
  const PersonRecord* li = FindPerson(records, "Li Ming");
  ASSERT_NE(li, nullptr);
  ASSERT_EQ(li->positions.size(), 1U);
  EXPECT_EQ(li->positions[0].organization, "Zhongke Robotics Co., Ltd.");
  // "Wang" alone is the same person, not a record of its own.
  EXPECT_EQ(FindPerson(records, "Wang"), nullptr);
  EXPECT_EQ(wang->mentions.size(), 2U);
}

TEST(ExtractArticleTest, FindsTheSigningAndThePartnerships) {
  const ArticleRecords records = Extract(kArticle);
  ASSERT_EQ(records.events.size(), 1U);
  EXPECT_EQ(records.events[0].kind, EventKind::kSigning);
  EXPECT_EQ(records.events[0].date, "--03-03");
  EXPECT_THAT(records.events[0].people, Contains("Wang Jianhua"));
  std::vector<PartnershipKind> kinds;
  for (const PartnershipRecord& p : records.partnerships) {
    kinds.push_back(p.kind);
    EXPECT_GE(p.organizations.size(), 2U);
    for (const std::string& org : p.organizations) {
      EXPECT_NE(FindOrg(records, org), nullptr) << org;
    }
  }
  EXPECT_THAT(kinds, Contains(PartnershipKind::kStrategicCooperation));
  EXPECT_THAT(kinds, Contains(PartnershipKind::kJointLab));
  EXPECT_THAT(kinds, Contains(PartnershipKind::kInternshipBase));
}

TEST(ExtractArticleTest, OrganizationSpansPointAtTheirNames) {
  const ArticleRecords records = Extract(kArticle);
  for (const OrganizationRecord& org : records.organizations) {
    std::vector<std::string> texts;
    for (Span span : org.mentions) {
      ASSERT_TRUE(Inside(records, span)) << org.name;
      texts.emplace_back(SpanText(records.text, span));
    }
    EXPECT_THAT(texts, Contains(org.name));
    for (const std::string& alias : org.aliases) {
      EXPECT_THAT(texts, Contains(alias)) << org.name;
    }
  }
}

TEST(ExtractArticleTest, PersonSpansPointAtTheirNames) {
  const ArticleRecords records = Extract(kArticle);
  for (const PersonRecord& person : records.people) {
    ASSERT_THAT(person.mentions, Not(IsEmpty()));
    for (Span span : person.mentions) {
      ASSERT_TRUE(Inside(records, span)) << person.name;
      EXPECT_THAT(person.name, HasSubstr(SpanText(records.text, span)));
    }
  }
}

TEST(ExtractArticleTest, EvidenceSpansPointAtTheirText) {
  const ArticleRecords records = Extract(kArticle);
  for (const PersonRecord& person : records.people) {
    for (const PositionRecord& position : person.positions) {
      ASSERT_EQ(position.evidence.size(), 1U);
      ASSERT_TRUE(Inside(records, position.evidence[0]));
      EXPECT_THAT(SpanText(records.text, position.evidence[0]),
                  HasSubstr(position.title));
    }
  }
  for (const EventRecord& event : records.events) {
    for (Span span : event.evidence) EXPECT_TRUE(Inside(records, span));
  }
  for (const PartnershipRecord& p : records.partnerships) {
    ASSERT_TRUE(Inside(records, p.evidence_span));
    EXPECT_EQ(SpanText(records.text, p.evidence_span), p.evidence);
  }
}

TEST(ExtractArticleTest, CallersDateIsThePublishedDate) {
  const ArticleRecords records = Extract(kArticle, "2024-03-05");
  EXPECT_EQ(records.published_date, "2024-03-05");
  ASSERT_EQ(records.events.size(), 1U);
  EXPECT_EQ(records.events[0].date, "2024-03-03");
}

TEST(ExtractArticleTest, PageDateIsThePublishedDateAndFixesTheYear) {
  const std::string page =
      absl::StrCat("Updated: 2021-03-04 10:20\n", kArticle);
  const ArticleRecords records = Extract(page);
  EXPECT_EQ(records.published_date, "2021-03-04");
  ASSERT_EQ(records.events.size(), 1U);
  EXPECT_EQ(records.events[0].date, "2021-03-03");
}

TEST(ExtractArticleTest, NoDateNoPublishedDate) {
  EXPECT_EQ(Extract(kArticle).published_date, "");
}

constexpr absl::string_view kPage =
    "<!DOCTYPE html><html><head><title>Ningbo University signs with Haitian "
    "Group</title></head><body><div class=\"nav\"><a href=\"/\">Home</a> | "
    "<a href=\"/news\">News</a></div><article><h1>Ningbo University signs "
    "with Haitian Group</h1><p>On May 12, Ningbo University and Haitian "
    "Group signed a strategic cooperation agreement.</p><p>Zhou Jie, vice "
    "president of Ningbo University, attended the ceremony.</p><p>Editor: "
    "Sun Qiang</p></article></body></html>";

TEST(ExtractArticleTest, ReadsHtml) {
  const ArticleRecords records = Extract(kPage);
  EXPECT_EQ(records.title, "Ningbo University signs with Haitian Group");
  EXPECT_FALSE(absl::StrContains(records.text, "<p>"));
  EXPECT_TRUE(absl::StrContains(records.text, "Zhou Jie, vice president"));
  EXPECT_NE(FindOrg(records, "Ningbo University"), nullptr);
  EXPECT_NE(FindOrg(records, "Haitian Group"), nullptr);
  const PersonRecord* zhou = FindPerson(records, "Zhou Jie");
  ASSERT_NE(zhou, nullptr);
  ASSERT_EQ(zhou->positions.size(), 1U);
  EXPECT_EQ(zhou->positions[0].organization, "Ningbo University");
  // The editor's credit describes the page, not the story.
  EXPECT_EQ(FindPerson(records, "Sun Qiang"), nullptr);
  ASSERT_EQ(records.partnerships.size(), 1U);
  EXPECT_EQ(records.partnerships[0].date, "--05-12");
  for (const OrganizationRecord& org : records.organizations) {
    for (Span span : org.mentions) EXPECT_TRUE(Inside(records, span));
  }
}

TEST(ExtractArticleTest, PagesMetaDateIsThePublishedDate) {
  const std::string page = absl::StrReplaceAll(
      kPage, {{"</title>",
               "</title><meta property=\"article:published_time\" "
               "content=\"2023-05-14T08:00:00+08:00\">"}});
  const ArticleRecords records = Extract(page);
  EXPECT_EQ(records.published_date, "2023-05-14");
  ASSERT_EQ(records.partnerships.size(), 1U);
  EXPECT_EQ(records.partnerships[0].date, "2023-05-12");
  // The caller's date still wins.
  EXPECT_EQ(Extract(page, "2024-05-20").published_date, "2024-05-20");
}

TEST(ExtractArticleTest, HtmlAndTextGiveTheSameRecords) {
  const ArticleRecords html = Extract(kPage);
  const ArticleRecords text = Extract(
      "On May 12, Ningbo University and Haitian Group signed a strategic "
      "cooperation agreement.\nZhou Jie, vice president of Ningbo "
      "University, attended the ceremony.",
      "", ContentFormat::kText);
  ASSERT_EQ(html.partnerships.size(), text.partnerships.size());
  ASSERT_EQ(html.people.size(), text.people.size());
  EXPECT_EQ(html.people[0].name, text.people[0].name);
}

TEST(ExtractArticleTest, EmptyOrNameLessContentGivesNoRecords) {
  for (absl::string_view content :
       {absl::string_view(""), absl::string_view("   \n\n"),
        absl::string_view("the weather was fine and nothing happened.")}) {
    const ArticleRecords records = Extract(content);
    EXPECT_THAT(records.organizations, IsEmpty());
    EXPECT_THAT(records.people, IsEmpty());
    EXPECT_THAT(records.events, IsEmpty());
    EXPECT_THAT(records.partnerships, IsEmpty());
  }
}

TEST(ExtractArticleTest, IsDeterministic) {
  const ArticleRecords a = Extract(kArticle);
  const ArticleRecords b = Extract(kArticle);
  ASSERT_EQ(a.organizations.size(), b.organizations.size());
  for (size_t i = 0; i < a.organizations.size(); ++i) {
    EXPECT_EQ(a.organizations[i].name, b.organizations[i].name);
    EXPECT_EQ(a.organizations[i].mentions, b.organizations[i].mentions);
  }
  EXPECT_EQ(a.text, b.text);
}

}  // namespace
}  // namespace partnerlens::extraction
