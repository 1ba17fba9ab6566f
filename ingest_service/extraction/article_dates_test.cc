#include "ingest_service/extraction/article_dates.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "ingest_service/extraction/staged_text_for_test.h"
#include "ingest_service/extraction/tokenizer.h"

namespace partnerlens::extraction {
namespace {

using ::partnerlens::extraction::test_support::BuiltinResources;

struct DatesCase {
  const char* text;
  const char* requested;  // the caller's publication date
  const char* published;  // the article's publication date
  // The value of the date expression whose text is `expression`.
  const char* expression;
  const char* value;
};

ArticleDates DatesOf(absl::string_view text, absl::string_view requested) {
  const TokenizedText tokens =
      Tokenize(text, BuiltinResources().abbreviations(), 256);
  return FindArticleDates(text, tokens, requested);
}

class ArticleDatesTest : public ::testing::TestWithParam<DatesCase> {};

TEST_P(ArticleDatesTest, ResolvesAgainstThePublicationDate) {
  const DatesCase& c = GetParam();
  const ArticleDates dates = DatesOf(c.text, c.requested);
  EXPECT_EQ(dates.published_date, c.published);
  bool found = false;
  for (const DatedSpan& date : dates.dates) {
    if (SpanText(c.text, date.span) != c.expression) continue;
    found = true;
    EXPECT_EQ(date.value, c.value) << c.expression;
  }
  EXPECT_TRUE(found) << "no date expression \"" << c.expression << "\"";
}

INSTANTIATE_TEST_SUITE_P(
    PublishedDate, ArticleDatesTest,
    ::testing::Values(
        // The caller's date is the publication date and fixes the year.
        DatesCase{"On April 17, the two sides met.", "2024-05-20", "2024-05-20",
                  "April 17", "2024-04-17"},
        // The caller's date wins over the one the page shows.
        DatesCase{"Updated: 2021-06-30\nOn April 17, the two sides met.",
                  "2024-05-20", "2024-05-20", "April 17", "2024-04-17"},
        // Without a caller's date, the page's own date is the publication
        // date and fixes the year too.
        DatesCase{"Updated: 2021-06-30\nOn April 17, the two sides met.", "",
                  "2021-06-30", "April 17", "2021-04-17"},
        // The year that puts the date nearest the publication date.
        DatesCase{"Published: 2020-01-05\nOn December 28, the two sides "
                  "met.",
                  "", "2020-01-05", "December 28", "2019-12-28"},
        DatesCase{"On January 10, the two sides will meet.", "2019-12-20",
                  "2019-12-20", "January 10", "2020-01-10"},
        // A re-posted story: the year it names, not the posting's.
        DatesCase{"2024/05/17 05:17:32\nAt the beginning of 2022, Huawei "
                  "came. Since the beginning of this year, the two sides met "
                  "often. On February 27, they signed.",
                  "", "2024-05-17", "February 27", "2022-02-27"},
        DatesCase{"2024/05/17 05:17:32\nThe two sides met yesterday.", "",
                  "2024-05-17", "yesterday", "2024-05-16"}));

INSTANTIATE_TEST_SUITE_P(
    MonthAndDay, ArticleDatesTest,
    ::testing::Values(
        // Without any publication date, a month and day keep no year.
        DatesCase{"On April 17, the two sides met.", "", "", "April 17",
                  "--04-17"},
        DatesCase{"On the afternoon of April 17, the two sides met.", "", "",
                  "April 17", "--04-17"},
        // A year stated in the same sentence does.
        DatesCase{"On April 17, 2019, the two sides met.", "", "",
                  "April 17, 2019", "2019-04-17"},
        // A year stated in another sentence does not.
        DatesCase{"The firm was founded in 2019. On May 8 the two sides met.",
                  "", "", "May 8", "--05-08"},
        DatesCase{"The firm was founded in 2019. On May 8 the two sides met.",
                  "2023-10-01", "2023-10-01", "May 8", "2023-05-08"}));

INSTANTIATE_TEST_SUITE_P(
    RelativeYears, ArticleDatesTest,
    ::testing::Values(
        // "this year" is the publication year...
        DatesCase{"In September this year, the two sides met.", "2023-10-01",
                  "2023-10-01", "September this year", "2023-09"},
        DatesCase{"Updated: 2021-06-30\nIn September this year, they met.", "",
                  "2021-06-30", "September this year", "2021-09"},
        // ...and without one, the year the story stated before it.
        DatesCase{"On April 17, 2019, the firms met. In September this year, "
                  "they signed.",
                  "", "", "September this year", "2019-09"},
        DatesCase{"In the first half of 2022 they met. Later this year, they "
                  "signed.",
                  "", "", "this year", "2022"}));

TEST(ArticleDatesTest, DatesAreInTextOrderAndInsideTheText) {
  const std::string text =
      "Updated: 2021-06-30\nOn April 17, the firms met. On May 8, 2021 they "
      "signed. Last year they talked.";
  const ArticleDates dates = DatesOf(text, "");
  ASSERT_GE(dates.dates.size(), 3U);
  int32_t previous_end = 0;
  for (const DatedSpan& date : dates.dates) {
    EXPECT_GE(date.span.begin, previous_end);
    EXPECT_LE(date.span.end, static_cast<int32_t>(text.size()));
    previous_end = date.span.end;
  }
}

TEST(ArticleDatesTest, NoDatesNoPublicationDate) {
  const ArticleDates dates = DatesOf("The two sides met and talked.", "");
  EXPECT_EQ(dates.published_date, "");
  EXPECT_TRUE(dates.dates.empty());
}

}  // namespace
}  // namespace partnerlens::extraction
