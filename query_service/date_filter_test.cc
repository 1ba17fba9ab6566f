#include "query_service/date_filter.h"

#include <optional>
#include <string>

#include "absl/status/status.h"
#include "gtest/gtest.h"

namespace partnerlens::query {
namespace {

TEST(DatePeriodTest, CoversYearMonthAndDay) {
  struct Case {
    std::string date;
    int first;
    int last;
  };
  const Case cases[] = {
      {"2022", 20220101, 20221231},       {"2022-03", 20220301, 20220331},
      {"2022-04", 20220401, 20220430},    {"2024-02", 20240201, 20240229},
      {"2023-02", 20230201, 20230228},    {"2022-11-09", 20221109, 20221109},
      {"2024-02-29", 20240229, 20240229},
  };
  for (const Case& c : cases) {
    const std::optional<DayRange> period = DatePeriod(c.date);
    ASSERT_TRUE(period.has_value()) << c.date;
    EXPECT_EQ(period->first, c.first) << c.date;
    EXPECT_EQ(period->last, c.last) << c.date;
  }
}

TEST(DatePeriodTest, RejectsDatesWithoutYearOrInvalid) {
  for (const char* date :
       {"", "--04-17", "22", "2022-13", "2022-00", "2023-02-29", "2022-04-31",
        "2022-4", "2022/04/01", "2022-04-01T10:00", "20220401", "abcd",
        "2022-04-01-02", "-2022"}) {
    EXPECT_FALSE(DatePeriod(date).has_value()) << date;
  }
}

TEST(DateFilterTest, EmptyFilterPassesEverything) {
  const auto filter = DateFilter::Parse("", "");
  ASSERT_TRUE(filter.ok());
  EXPECT_TRUE(filter->empty());
  EXPECT_TRUE(filter->Matches("--04-17"));
  EXPECT_TRUE(filter->Matches(""));
}

TEST(DateFilterTest, MatchesWhenPeriodsOverlap) {
  struct Case {
    std::string from;
    std::string to;
    std::string record;
    bool matches;
  };
  const Case cases[] = {
      {"2022-03", "2022-04", "2022", true},  // the year covers the range
      {"2022", "2022", "2022-03-05", true},
      {"2022-03", "2022-04", "2022-04-30", true},
      {"2022-03", "2022-04", "2022-05-01", false},
      {"2022-03", "2022-04", "2022-02", false},
      {"2022-03", "", "2030", true},
      {"", "2022-03", "2022-03-31", true},
      {"", "2022-03", "2022-04-01", false},
      {"2021", "2023", "2022-11-09", true},
      {"2022-03", "2022-04", "--04-17", false},  // no year: never
      {"", "2099", "--04-17", false},
      {"2000", "", "", false},
      {"2022-04-17", "2022-04-17", "2022-04-17", true},
  };
  for (const Case& c : cases) {
    const auto filter = DateFilter::Parse(c.from, c.to);
    ASSERT_TRUE(filter.ok()) << filter.status();
    EXPECT_EQ(filter->Matches(c.record), c.matches)
        << c.from << ".." << c.to << " vs " << c.record;
  }
}

TEST(DateFilterTest, RejectsBadBounds) {
  struct Case {
    std::string from;
    std::string to;
    std::string message;
  };
  const Case cases[] = {
      {"2022-13", "",
       "date_from \"2022-13\" is not a date YYYY, YYYY-MM or YYYY-MM-DD"},
      {"", "--04-17",
       "date_to \"--04-17\" is not a date YYYY, YYYY-MM or YYYY-MM-DD"},
      {"2022-05", "2022-04",
       "date_from \"2022-05\" is after date_to \"2022-04\""},
  };
  for (const Case& c : cases) {
    const auto filter = DateFilter::Parse(c.from, c.to);
    EXPECT_EQ(filter.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(filter.status().message(), c.message);
  }
}

}  // namespace
}  // namespace partnerlens::query
