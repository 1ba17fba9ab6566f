#include "ingest_service/extraction/date_finder.h"

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/string_view.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace partnerlens::extraction {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

const char* RelationName(DateRelation relation) {
  switch (relation) {
    case DateRelation::kAbsolute:
      return "";
    case DateRelation::kToday:
      return " today";
    case DateRelation::kYesterday:
      return " yesterday";
    case DateRelation::kTomorrow:
      return " tomorrow";
    case DateRelation::kThisYear:
      return " this-year";
    case DateRelation::kLastYear:
      return " last-year";
    case DateRelation::kNextYear:
      return " next-year";
    case DateRelation::kThisMonth:
      return " this-month";
    case DateRelation::kLastMonth:
      return " last-month";
    case DateRelation::kNextMonth:
      return " next-month";
    case DateRelation::kWeekday:
      return " weekday";
    case DateRelation::kLastWeekday:
      return " last-weekday";
    case DateRelation::kNextWeekday:
      return " next-weekday";
    case DateRelation::kLastNamedMonth:
      return " last-named-month";
    case DateRelation::kNextNamedMonth:
      return " next-named-month";
  }
  return " ?";
}

// "[span text] stated-iso relation wd=N": spans are checked byte for byte.
std::vector<std::string> Describe(absl::string_view text) {
  std::vector<std::string> out;
  for (const DateExpression& e : FindDateExpressions(text)) {
    std::string line =
        absl::StrCat("[", text.substr(e.span.begin, e.span.size()), "]");
    const std::string stated = FormatIsoDate(e.stated);
    if (!stated.empty()) absl::StrAppend(&line, " ", stated);
    absl::StrAppend(&line, RelationName(e.relation));
    if (e.weekday >= 0) absl::StrAppend(&line, " wd=", e.weekday);
    out.push_back(line);
  }
  return out;
}

struct FindCase {
  const char* text;
  std::vector<std::string> expected;
};

void PrintTo(const FindCase& c, std::ostream* os) { *os << c.text; }

class FindDateExpressionsTest : public ::testing::TestWithParam<FindCase> {};

TEST_P(FindDateExpressionsTest, FindsExpectedExpressions) {
  EXPECT_EQ(Describe(GetParam().text), GetParam().expected)
      << "text: " << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    MonthNames, FindDateExpressionsTest,
    ::testing::ValuesIn(std::vector<FindCase>{
        {"On the afternoon of April 17, the School of Computer Science",
         {"[April 17] --04-17"}},
        {"It was April 17th.", {"[April 17th] --04-17"}},
        {"signed on 17 April 2023 in", {"[17 April 2023] 2023-04-17"}},
        {"On April 17, 2021, Shenzhen Polytechnic",
         {"[April 17, 2021] 2021-04-17"}},
        {"On May 30th, 2019, Huawei's", {"[May 30th, 2019] 2019-05-30"}},
        {"April 17 2021", {"[April 17 2021] 2021-04-17"}},
        {"TapTechNews May 29th news, today, the community",
         {"[May 29th] --05-29", "[today] today"}},
        {"On November 9th, the 2022 Lenovo Tech World was held",
         {"[November 9th] --11-09", "[2022] 2022"}},
        {"Nov. 9 and Sept. 3 and Sep 4 and Aug 30",
         {"[Nov. 9] --11-09", "[Sept. 3] --09-03", "[Sep 4] --09-04",
          "[Aug 30] --08-30"}},
        {"On 27 May, the Deputy Secretary", {"[27 May] --05-27"}},
        {"on 15 October 2019 for", {"[15 October 2019] 2019-10-15"}},
        {"the 17th of April", {"[the 17th of April] --04-17"}},
        {"MARCH 5 headline", {"[MARCH 5] --03-05"}},
        {"Tuesday, April 17, 2018 was",
         {"[Tuesday, April 17, 2018] 2018-04-17 wd=1"}},
        {"held on April 17-19 in Beijing", {"[April 17] --04-17"}},
        {"starting on May 13 next year",
         {"[May 13 next year] --05-13 next-year"}},
        {"In September this year, Lenovo",
         {"[September this year] --09 this-year"}},
        {"in September of last year",
         {"[September of last year] --09 last-year"}},
        {"in September 2022 the", {"[September 2022] 2022-09"}},
        {"since March, the", {"[March] --03"}},
        {"February 29 and February 29, 2024",
         {"[February 29] --02-29", "[February 29, 2024] 2024-02-29"}},
    }));

INSTANTIATE_TEST_SUITE_P(
    Numeric, FindDateExpressionsTest,
    ::testing::ValuesIn(std::vector<FindCase>{
        {"Published: 2022-11-09", {"[2022-11-09] 2022-11-09"}},
        {"2022/11/09 and 2022.11.09",
         {"[2022/11/09] 2022-11-09", "[2022.11.09] 2022-11-09"}},
        {"2024/05/1705:17:32 technology 1770", {"[2024/05/17] 2024-05-17"}},
        {"2024/05/17 05:17:32", {"[2024/05/17] 2024-05-17"}},
        {"LONDON 1996-08-30", {"[1996-08-30] 1996-08-30"}},
        {"issue of 2022-09 is", {"[2022-09] 2022-09"}},
        {"on 11/09/2022 at", {"[11/09/2022] 2022-11-09"}},
        {"on 13/09/2022 at", {"[13/09/2022] 2022-09-13"}},
        {"2022-1-5", {"[2022-1-5] 2022-01-05"}},
    }));

INSTANTIATE_TEST_SUITE_P(
    RelativeAndPeriods, FindDateExpressionsTest,
    ::testing::ValuesIn(std::vector<FindCase>{
        {"At the beginning of 2022, Huawei executives",
         {"[the beginning of 2022] 2022"}},
        {"In the first half of this year, the number",
         {"[the first half of this year] this-year"}},
        {"Since the beginning of this year, Huawei",
         {"[the beginning of this year] this-year"}},
        {"by the end of last year", {"[the end of last year] last-year"}},
        {"at the end of March this year",
         {"[the end of March this year] --03 this-year"}},
        {"until the end of March", {"[the end of March] --03"}},
        {"in mid-2021 and early 2022 and late last year",
         {"[mid-2021] 2021", "[early 2022] 2022",
          "[late last year] last-year"}},
        {"in early March", {"[early March] --03"}},
        {"Today, yesterday and tomorrow",
         {"[Today] today", "[yesterday] yesterday", "[tomorrow] tomorrow"}},
        {"this year, last year, next year",
         {"[this year] this-year", "[last year] last-year",
          "[next year] next-year"}},
        {"this month and last month and next month",
         {"[this month] this-month", "[last month] last-month",
          "[next month] next-month"}},
        {"over the next year", {}},
        {"signed at a ceremony last Tuesday.",
         {"[last Tuesday] last-weekday wd=1"}},
        {"said on Friday that", {"[Friday] weekday wd=4"}},
        {"next Sunday and this Monday",
         {"[next Sunday] next-weekday wd=6", "[this Monday] weekday wd=0"}},
        {"every Tuesday", {}},
        {"attended Thursday's signing ceremony", {"[Thursday] weekday wd=3"}},
        {"visited last November and will return next March",
         {"[last November] --11 last-named-month",
          "[next March] --03 next-named-month"}},
    }));

INSTANTIATE_TEST_SUITE_P(
    BareYears, FindDateExpressionsTest,
    ::testing::ValuesIn(std::vector<FindCase>{
        {"in 2020, the", {"[2020] 2020"}},
        {"Since 2018 it has grown", {"[2018] 2018"}},
        {"in 2016 the annual funding", {"[2016] 2016"}},
        {"a vision of sustainable development by 2030, one", {"[2030] 2030"}},
        {"founded in 2004.", {"[2004] 2004"}},
        {"the 2022 Lenovo Tech World", {"[2022] 2022"}},
        {"The 2019 Summit", {"[2019] 2019"}},
        {"2000 students", {}},
        {"one of 2000 students", {}},
        {"in 2000 students", {}},
        {"the 2022 students", {}},
        {"in 2019-2020", {}},
        {"rose by 2022%", {}},
        {"in 1899 and in 2101", {}},
        {"in the 1990s", {}},
        {"the Companies Act, 1956, come together", {}},
    }));

INSTANTIATE_TEST_SUITE_P(NonDates, FindDateExpressionsTest,
                         ::testing::ValuesIn(std::vector<FindCase>{
                             {"", {}},
                             {"135 institutions and 30 million yuan", {}},
                             {"more than 200 colleges and universities", {}},
                             {"Call 0571-2022-1109 or 2022-11-0912", {}},
                             {"version 1.2022.11.09", {}},
                             {"v2022.11.09", {}},
                             {"at 05:17:32", {}},
                             {"September 30,000 people", {}},
                             {"May I ask, we may 5 times", {}},
                             {"Junior 5 and Marching 3", {}},
                             {"April 31 and February 29, 2023", {}},
                             {"13/13/2022 and 2022-13-01", {}},
                             {"April", {}},
                             {"A$242 million", {}},
                             {"Room 1142, 17 people", {}},
                         }));

TEST(FindDateExpressionsTest, RecordsPeriodsAndNumericForm) {
  const std::vector<DateExpression> found = FindDateExpressions(
      "At the beginning of 2022 and in the second half of 2021, mid-May, on "
      "2022-11-09.");
  ASSERT_EQ(found.size(), 4U);
  EXPECT_EQ(found[0].period, DatePeriod::kBeginning);
  EXPECT_EQ(found[1].period, DatePeriod::kSecondHalf);
  EXPECT_EQ(found[2].period, DatePeriod::kMiddle);
  EXPECT_EQ(found[3].period, DatePeriod::kWhole);
  EXPECT_FALSE(found[0].numeric);
  EXPECT_TRUE(found[3].numeric);
}

TEST(FindDateExpressionsTest, SpanOffsetsAreBytesOfTheText) {
  const std::vector<DateExpression> found =
      FindDateExpressions("On the afternoon of April 17, in 2020.");
  ASSERT_EQ(found.size(), 2U);
  EXPECT_EQ(found[0].span, (Span{20, 28}));
  EXPECT_EQ(found[1].span, (Span{33, 37}));
}

struct ResolveCase {
  const char* text;
  const char* reference;
  const char* expected;
};

void PrintTo(const ResolveCase& c, std::ostream* os) {
  *os << c.text << " + " << c.reference;
}

class ResolveDateTest : public ::testing::TestWithParam<ResolveCase> {};

TEST_P(ResolveDateTest, ResolvesAgainstReference) {
  const ResolveCase& c = GetParam();
  const std::vector<DateExpression> found = FindDateExpressions(c.text);
  ASSERT_EQ(found.size(), 1U) << c.text;
  const PartialDate reference =
      ParseIsoDate(c.reference).value_or(PartialDate{});
  EXPECT_EQ(FormatIsoDate(ResolveDate(found[0], reference)), c.expected)
      << c.text << " + " << c.reference;
}

INSTANTIATE_TEST_SUITE_P(
    All, ResolveDateTest,
    ::testing::ValuesIn(std::vector<ResolveCase>{
        {"April 17", "2024-05-17", "2024-04-17"},
        {"April 17", "", "--04-17"},
        {"April 17", "2024", "2024-04-17"},
        {"April 17, 2021", "2024-05-17", "2021-04-17"},
        {"2022-11-09", "2024-05-17", "2022-11-09"},
        {"February 29", "2023-05-01", "--02-29"},
        {"February 29", "2024-05-01", "2024-02-29"},
        {"in September", "2022-11-10", "2022-09"},
        {"this year", "2022-11-10", "2022"},
        {"this year", "", ""},
        {"this year", "--05-29", ""},
        {"In September this year", "2022-11-10", "2022-09"},
        {"In September this year", "", "--09"},
        {"May 13 next year", "1996-08-30", "1997-05-13"},
        {"last year", "2022-11-10", "2021"},
        {"the end of last year", "2022-11-10", "2021"},
        {"next year", "2022-11-10", "2023"},
        {"In the first half of this year", "2022-11-10", "2022"},
        {"At the beginning of 2022", "2024-05-17", "2022"},
        {"today", "2024-05-17", "2024-05-17"},
        {"today", "--05-29", "--05-29"},
        {"today", "2024-05", "2024-05"},
        {"today", "", ""},
        {"yesterday", "2024-03-01", "2024-02-29"},
        {"yesterday", "2023-03-01", "2023-02-28"},
        {"yesterday", "2024-01-01", "2023-12-31"},
        {"yesterday", "--05-29", "--05-28"},
        {"tomorrow", "2024-12-31", "2025-01-01"},
        {"this month", "2024-05-17", "2024-05"},
        {"last month", "2024-01-17", "2023-12"},
        {"next month", "2024-12-01", "2025-01"},
        {"last month", "--01-17", "--12"},
        {"last month", "2024", ""},
        // 2024-05-17 is a Friday, 2024-05-14 a Tuesday.
        {"on Tuesday", "2024-05-17", "2024-05-14"},
        {"on Tuesday", "2024-05-14", "2024-05-14"},
        {"last Tuesday", "2024-05-14", "2024-05-07"},
        {"last Tuesday", "2024-05-17", "2024-05-14"},
        {"next Tuesday", "2024-05-14", "2024-05-21"},
        {"on Friday", "1996-08-30", "1996-08-30"},
        {"on Sunday", "2024-01-03", "2023-12-31"},
        {"on Tuesday", "2024-05", ""},
        {"last Tuesday", "", ""},
        {"last November", "2025-03-12", "2024-11"},
        {"last February", "2025-03-12", "2025-02"},
        {"next March", "2025-03-12", "2026-03"},
        {"next March", "2024-12-01", "2025-03"},
        {"this September", "2025-03-12", "2025-09"},
        {"last November", "", "--11"},
    }));

TEST(StoryReferenceTest, SamePeriodWithAnExplicitYearFixesThisYear) {
  const std::string text =
      "Since the beginning of this year, Huawei and Jinan have met.\n"
      "At the beginning of 2022, Huawei executives visited Jinan.\n"
      "In the first half of this year, Xu Zhijun visited Jinan on February "
      "27.";
  const std::vector<DateExpression> found = FindDateExpressions(text);
  const PartialDate story = StoryReference(found, {2024, 5, 17});
  EXPECT_EQ(story, (PartialDate{2022, 0, 0}));
  ASSERT_EQ(found.size(), 4U);
  EXPECT_EQ(FormatIsoDate(ResolveDate(found[0], story)), "2022");
  EXPECT_EQ(FormatIsoDate(ResolveDate(found[3], story)), "2022-02-27");
  EXPECT_EQ(StoryReference(FindDateExpressions("Early 2022, early this year."),
                           {2024, 5, 17}),
            (PartialDate{2022, 0, 0}));
}

TEST(StoryReferenceTest, KeepsTheReferenceOtherwise) {
  const PartialDate reference{2024, 5, 17};
  for (const char* text : {
           "In 2020 it began; this year it grew.",
           "At the beginning of 2024, then since the beginning of this year.",
           "Early 2021, early 2022, early this year.",
           "In the first quarter of 2021; in the fourth quarter of this year.",
           "At the beginning of 2022.",
       }) {
    EXPECT_EQ(StoryReference(FindDateExpressions(text), reference), reference)
        << text;
  }
  EXPECT_EQ(StoryReference({}, reference), reference);
}

struct IsoCase {
  const char* iso;
  std::optional<PartialDate> parsed;
};

void PrintTo(const IsoCase& c, std::ostream* os) { *os << c.iso; }

class IsoDateTest : public ::testing::TestWithParam<IsoCase> {};

TEST_P(IsoDateTest, ParsesAndFormatsBack) {
  const IsoCase& c = GetParam();
  const std::optional<PartialDate> parsed = ParseIsoDate(c.iso);
  EXPECT_EQ(parsed, c.parsed) << c.iso;
  if (parsed) {
    EXPECT_EQ(FormatIsoDate(*parsed), c.iso);
  }
}

INSTANTIATE_TEST_SUITE_P(All, IsoDateTest,
                         ::testing::ValuesIn(std::vector<IsoCase>{
                             {"2024-05-17", PartialDate{2024, 5, 17}},
                             {"2024-05", PartialDate{2024, 5, 0}},
                             {"2024", PartialDate{2024, 0, 0}},
                             {"--05-29", PartialDate{0, 5, 29}},
                             {"--05", PartialDate{0, 5, 0}},
                             {"--02-29", PartialDate{0, 2, 29}},
                             {"2024-02-29", PartialDate{2024, 2, 29}},
                             {"0999-01-01", PartialDate{999, 1, 1}},
                             {"", std::nullopt},
                             {"2023-02-29", std::nullopt},
                             {"2024-13-01", std::nullopt},
                             {"2024-00", std::nullopt},
                             {"2024-05-00", std::nullopt},
                             {"2024-5-17", std::nullopt},
                             {"2024-05-17T10:00", std::nullopt},
                             {"24-05-17", std::nullopt},
                             {"0000", std::nullopt},
                             {"--13", std::nullopt},
                             {"--05-", std::nullopt},
                             {"2024-", std::nullopt},
                             {"May 17", std::nullopt},
                         }));

TEST(FormatIsoDateTest, DropsADayWithoutAMonth) {
  EXPECT_EQ(FormatIsoDate({2024, 0, 17}), "2024");
  EXPECT_EQ(FormatIsoDate({0, 0, 17}), "");
  EXPECT_EQ(FormatIsoDate({}), "");
}

struct PublishedCase {
  const char* text;
  const char* expected;
};

void PrintTo(const PublishedCase& c, std::ostream* os) { *os << c.text; }

class FindPublishedDateTest : public ::testing::TestWithParam<PublishedCase> {};

TEST_P(FindPublishedDateTest, FindsDatelineDates) {
  EXPECT_EQ(FindPublishedDate(GetParam().text), GetParam().expected)
      << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    All, FindPublishedDateTest,
    ::testing::ValuesIn(std::vector<PublishedCase>{
        {"Title\n\nUpdated: 2020-07-30\nBody text.", "2020-07-30"},
        {"Strategic Cooperation Agreement\n\nPublished: 2014-12-18\nOn "
         "November 18, Liu Mingzhong went.",
         "2014-12-18"},
        {"CQUPT and Huawei Sign\nTime: 2019-05-30\n\nOn May 30th, 2019, the "
         "summit was held.",
         "2019-05-30"},
        {"Reporter Xia Recently, there was news.\n\n2024/05/1705:17:32 "
         "technology 1770\n\nreporter Xia",
         "2024-05-17"},
        {"The Unveiling Ceremony\n\nDecember 31, 2019\n\nOn December 4, the "
         "ceremony was held.",
         "2019-12-31"},
        {"Xiaomi Leads the Community\n\nTapTechNews May 29th news, today, the "
         "community held its founding ceremony.",
         "--05-29"},
        {"Ministry and University Forge Partnership\n\nToday August 1st, 2024, "
         "the Ministry of Education signed an MoU.",
         "2024-08-01"},
        {"BEIJING, Nov. 24 (Xinhua) -- China's exports rose.", "--11-24"},
        {"CRICKET - LEICESTERSHIRE TAKE OVER.\nLONDON 1996-08-30\nWest "
         "Indian all-rounder Phil Simmons took four for 38 on Friday.",
         "1996-08-30"},
        {"Tajik troops now control town.\nYuri Kushko\nTAVILDARA, Tajikistan "
         "1996-08-30\nTajik government troops now control.",
         "1996-08-30"},
        {"Monday, December 30, 2019 10:30\nText.", "2019-12-30"},
        // The date is one field of a line of fields.
        {"Two Open a Lab\n\nPress release 87/2024 | Bamberg, 22 November "
         "2024\n\nOn 21 November, the lab opened.",
         "2024-11-22"},
        {"City Signs Project\nSource: Qingcheng Daily 2024-12-10 Reporter: "
         "Wang Ting\n\nOn December 9, it was signed.",
         "2024-12-10"},
        {"Briefing | 3 people, 12 March meetings | Notes\nText.", ""},
        {"On April 27, 2021, Shenzhen Polytechnic signed the agreement.", ""},
        {"The Base is inaugurated.\nOn April 27, 2021, Shenzhen Polytechnic "
         "signed.",
         ""},
        {"On the afternoon of April 17, the School held a meeting.", ""},
        {"The meeting was held on November 14.\nThe consortium is new.", ""},
        {"Roorkee (The Hawk): IIT Roorkee and IOCL, registered under the "
         "Companies Act, 1956, come together.",
         ""},
        {"Vincent Sun signed a memorandum on 15 October 2019 for cooperation.",
         ""},
        {"", ""},
    }));

// A long head pushes later lines out of the dateline region.
TEST(FindPublishedDateTest, OnlyLabelsCountOutsideTheHead) {
  std::string head;
  for (int i = 0; i < 8; ++i) {
    absl::StrAppend(&head, "Paragraph ", i, " of the story goes on.\n");
  }
  head.append(std::string(400, 'x')).append("\n");
  EXPECT_EQ(FindPublishedDate(head + "December 31, 2019\n"), "");
  EXPECT_EQ(FindPublishedDate(head + "Published: 2014-12-18\n"), "2014-12-18");
  EXPECT_EQ(FindPublishedDate(head + "Posted on December 3, 2019\n"),
            "2019-12-03");
}

constexpr size_t kMiB = 1 << 20;

std::string Repeat(absl::string_view unit, size_t total) {
  std::string out;
  out.reserve(total + unit.size());
  while (out.size() < total) out.append(unit.data(), unit.size());
  return out;
}

// Pathological inputs finish (linear scans); the outcome is asserted.
TEST(LinearInputTest, DigitsYieldNothing) {
  const std::string digits(kMiB, '1');
  EXPECT_THAT(FindDateExpressions(digits), IsEmpty());
  EXPECT_EQ(FindPublishedDate(digits), "");
  EXPECT_THAT(FindDateExpressions(Repeat("2022-11-09", kMiB)), IsEmpty());
  EXPECT_THAT(FindDateExpressions(Repeat("in 2000 students ", kMiB)),
              IsEmpty());
}

TEST(LinearInputTest, RepeatedMonthNamesYieldNothing) {
  const std::string months = Repeat("April ", kMiB);
  EXPECT_THAT(FindDateExpressions(months), IsEmpty());
  EXPECT_EQ(FindPublishedDate(months), "");
  EXPECT_THAT(FindDateExpressions(Repeat("the beginning of ", kMiB)),
              IsEmpty());
}

TEST(LinearInputTest, RepeatedDatesAreAllFound) {
  const std::string text = Repeat("April 1 ", kMiB);
  const std::vector<DateExpression> found = FindDateExpressions(text);
  ASSERT_EQ(found.size(), text.size() / 8);
  EXPECT_EQ(found.back().span, (Span{static_cast<int32_t>(text.size() - 8),
                                     static_cast<int32_t>(text.size() - 1)}));
  EXPECT_EQ(FindPublishedDate(text), "");
}

TEST(LinearInputTest, LongLineWithoutNewlinesAndManyLines) {
  EXPECT_EQ(FindPublishedDate(std::string(kMiB, 'a')), "");
  EXPECT_EQ(FindPublishedDate(std::string(kMiB, '\n')), "");
  EXPECT_THAT(Describe(Repeat("today ", 60)),
              ::testing::Each(::testing::StartsWith("[today] today")));
  EXPECT_THAT(Describe("in 2020"), ElementsAre("[2020] 2020"));
}

}  // namespace
}  // namespace partnerlens::extraction
