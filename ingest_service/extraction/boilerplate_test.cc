#include "ingest_service/extraction/boilerplate.h"

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "ingest_service/extraction/embedded_data.h"
#include "tests/testing/status_matchers.h"

namespace partnerlens::extraction {
namespace {

using ::partnerlens::testing::IsOk;
using ::partnerlens::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

// The rules shipped in data/boilerplate.txt.
const BoilerplateRules& BuiltinRules() {
  static const BoilerplateRules* rules = [] {
    for (int i = 0; i < kEmbeddedFileCount; ++i) {
      if (absl::string_view(kEmbeddedFiles[i].name) == "boilerplate.txt") {
        auto parsed = ParseBoilerplateRules(kEmbeddedFiles[i].contents);
        EXPECT_THAT(parsed, IsOk());
        return new BoilerplateRules(parsed.ok() ? *parsed : BoilerplateRules());
      }
    }
    ADD_FAILURE() << "boilerplate.txt is not embedded";
    return new BoilerplateRules();
  }();
  return *rules;
}

TEST(ParseBoilerplateRulesTest, SkipsCommentsAndBlankLines) {
  auto rules = ParseBoilerplateRules("# credits\n\nLikes\n  \n(?i)share\n");
  ASSERT_THAT(rules, IsOk());
  EXPECT_TRUE(rules->Matches("Likes"));
  EXPECT_TRUE(rules->Matches("SHARE"));
  EXPECT_FALSE(rules->Matches("likes"));
  EXPECT_FALSE(rules->Matches("# credits"));
}

TEST(ParseBoilerplateRulesTest, DropPatternsMatchTheWholeLine) {
  auto rules = ParseBoilerplateRules("Editor/ .*\n");
  ASSERT_THAT(rules, IsOk());
  EXPECT_TRUE(rules->Matches("Editor/ Yang Muyun"));
  EXPECT_FALSE(rules->Matches("The Editor/ Yang Muyun"));
}

TEST(ParseBoilerplateRulesTest, KeepPatternsProtectAnywhere) {
  auto rules = ParseBoilerplateRules("Source: .*\n!\\d{4}-\\d\\d-\\d\\d\n");
  ASSERT_THAT(rules, IsOk());
  EXPECT_TRUE(rules->Matches("Source: Xinhua"));
  EXPECT_FALSE(rules->Matches("Source: Xinhua 2024-05-17"));
}

TEST(ParseBoilerplateRulesTest, EmptyRulesMatchNothing) {
  auto rules = ParseBoilerplateRules("# nothing\n");
  ASSERT_THAT(rules, IsOk());
  EXPECT_FALSE(rules->Matches("Likes"));
  EXPECT_FALSE(BoilerplateRules().Matches(""));
}

TEST(ParseBoilerplateRulesTest, ErrorsNameTheLine) {
  EXPECT_THAT(
      ParseBoilerplateRules("Likes\n# x\n(unclosed\n"),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("line 3")));
  EXPECT_THAT(ParseBoilerplateRules("Likes\n!\n"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("line 2: empty pattern")));
}

TEST(ParseBoilerplateRulesTest, LongLinesNeverMatch) {
  auto rules = ParseBoilerplateRules(".*\n");
  ASSERT_THAT(rules, IsOk());
  EXPECT_TRUE(rules->Matches(std::string(kMaxBoilerplateLineBytes, 'a')));
  EXPECT_FALSE(rules->Matches(std::string(kMaxBoilerplateLineBytes + 1, 'a')));
}

class BuiltinDropTest : public ::testing::TestWithParam<const char*> {};

TEST_P(BuiltinDropTest, Drops) {
  EXPECT_TRUE(BuiltinRules().Matches(GetParam())) << GetParam();
}

INSTANTIATE_TEST_SUITE_P(
    Genre, BuiltinDropTest,
    ::testing::Values(
        "Likes", "12 Likes", "-END-", "END", "(End)", "- End -",
        "Image source/ School of Computer Science", "Photo/ Li Si",
        "Photos by Wang Wu", "Layout/ Li Xiyao",
        "Editor/ Yang Muyun, Yang Haoyu", "Editor: Wang Wu",
        "Responsible editor: Zhao Liu",
        "Final Review/ Han Shuying, Zhang Miaomiao, Wei Jiayi",
        "Reviewed by Zhang San", "Text/ Li Ming",
        "Submission Email/ [email protected]", "Views: 123", "Views:",
        "Page views: 1,234", "Read 1,234 times", "1770 views", "Share", "Print",
        "Close", "[Print] [Close]", "Share to:", "Back to top", "Go back",
        "Latest News", "technology Category Latest News", "Related articles",
        "Previous article: Huawei visits Jinan", "Next",
        "Home > News > Campus News",
        "Copyright © 2024 Zhejiang University of Technology. All rights "
        "reserved.",
        "© Xinhua 2019", "Zhejiang ICP No. 05001234",
        "reporter Xia Houfengchao", "By John Smith and Jane Doe",
        "Tel: 0571-88320000", "IMG_1234.jpg", "Tags: Huawei, Jinan",
        "(Text/Photo: Propaganda Department Editor: Zhang Lu)"));

class BuiltinKeepTest : public ::testing::TestWithParam<const char*> {};

TEST_P(BuiltinKeepTest, Keeps) {
  EXPECT_FALSE(BuiltinRules().Matches(GetParam())) << GetParam();
}

INSTANTIATE_TEST_SUITE_P(
    Genre, BuiltinKeepTest,
    ::testing::Values(
        // Datelines, even where they look like credits or counters.
        "2024/05/1705:17:32 technology 1770", "Published: 2014-12-18",
        "December 31, 2019", "Time: 2019-05-30", "Updated: 2020-07-30",
        "Source: Xinhua, May 29", "Views: 123 2024-05-17",
        // The outlet a story comes from is an organization of it.
        "Source: Xinhua", "Source: Deccan Campus Chronicle",
        // Story lines that share words with boilerplate.
        "Source Title: Smart Technology Empowers Smart Education",
        "Reporter Xia Houfengchao Recently, there was news that Huawei "
        "will soon settle in Jinan.",
        "Huawei and Jinan had \"held hands\" many times before.",
        "Collaboration", "Adelaide defence programme",
        "(c) staff exchange and research",
        "Copyright law reform was discussed at the meeting.",
        "The End of an era for Jinan's software park.",
        "Likes and dislikes of students were surveyed.",
        "Share of graduates employed rose to 98 percent.",
        "By 2030, the centre will train 1,000 engineers.",
        "Location: A401 conference room, Computer Building"));

TEST(FindBoilerplateLinesTest, DropsLongRepeatsOnly) {
  const std::string lead =
      "Reporter Xia Houfengchao Recently, there was news that Huawei will";
  const std::vector<absl::string_view> lines = {
      lead, "Collaboration", "A body line.", lead, "Collaboration"};
  EXPECT_THAT(FindBoilerplateLines(lines, BoilerplateRules()),
              ElementsAre(false, false, false, true, false));
}

TEST(FindBoilerplateLinesTest, DropsRepeatsWithASiteSuffix) {
  const std::string lead =
      "Reporter Xia Houfengchao Recently, there was news that Huawei will";
  const std::string repeat = lead + " - DayDayNews";
  const std::string other =
      lead + " | A site name that is far too long to be one";
  const std::vector<absl::string_view> lines = {
      lead, repeat, other, "Collaboration", "Collaboration - Part 2"};
  EXPECT_THAT(FindBoilerplateLines(lines, BoilerplateRules()),
              ElementsAre(false, true, false, false, false));
}

TEST(FindBoilerplateLinesTest, DropsCaptionFileNamesOfEarlierLines) {
  const std::vector<absl::string_view> lines = {
      "Xiaomi Leads the Establishment of a Community",
      "Body text",
      "Xiaomi Leads the Establishment of a Community_0",
      "Body text_12",
      "snake_case_1",
      "Body text_x"};
  EXPECT_THAT(FindBoilerplateLines(lines, BoilerplateRules()),
              ElementsAre(false, false, true, true, false, false));
}

TEST(FindBoilerplateLinesTest, AppliesRules) {
  const std::vector<absl::string_view> lines = {"Story.", "-END-",
                                                "Layout/ Li Xiyao"};
  EXPECT_THAT(FindBoilerplateLines(lines, BuiltinRules()),
              ElementsAre(false, true, true));
}

}  // namespace
}  // namespace partnerlens::extraction
