#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_DATE_PATTERNS_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_DATE_PATTERNS_H_

// The RE2 patterns behind FindDateExpressions (date_finder.h) and the
// vocabulary they are built from: month and weekday names, period words.
// Internal to the date finder. The patterns compile once, on first use,
// into an immutable static; every function here is thread-safe.

#include <array>
#include <memory>
#include <vector>

#include "absl/strings/string_view.h"
#include "re2/re2.h"

#include "ingest_service/extraction/date_finder.h"

namespace partnerlens::extraction {

// Named groups a date pattern may use; kDateSpan is the expression's span.
enum DateField {
  kDateSpan,         // "date"
  kWeekdayName,      // "wd": "Tuesday"
  kWeekdayModifier,  // "wdmod": "last", "this", "next", "past"
  kMonthName,        // "month": "April", "Nov."
  kMonthNumber,      // "mnum": "11" in "2022-11-09"
  kDayNumber,        // "day": "17" in "April 17th"
  kYearNumber,       // "year": "2022"
  kRelativeWord,     // "rel": "this", "last", "next" (year or month)
  kRelativeUnit,     // "unit": "year", "month"; empty means year
  kDayWord,          // "word": "today", "yesterday", "tomorrow"
  kPeriodWords,      // "period": "the beginning", "first half", "mid"
  kSeparator,        // "sep": first separator of a numeric date
  kSeparator2,       // "sep2": second separator; must equal the first
  kFirstNumber,      // "us1": first number of "11/09/2022"
  kSecondNumber,     // "us2": second number of "11/09/2022"
  kLeadingThe,       // "the": a "the" that makes the match no date
  kDateFieldCount,
};

// One family of date patterns ("17 April 2023", "in 2020", ...).
struct DateFamily {
  std::unique_ptr<RE2> re;
  // Capturing group index of each DateField in `re`, -1 when absent.
  std::array<int, kDateFieldCount> group{};
  // Bare years: the word after the year must not make it a count.
  bool check_year_follower = false;
};

struct DatePatterns {
  std::vector<DateFamily> families;
  // The union of all families without named groups: one scan finds every
  // position where some family matches.
  std::unique_ptr<RE2> any;
};

// The compiled patterns; never freed.
const DatePatterns& GetDatePatterns();

// 1-12 for a month name or abbreviation ("Sept."), 0 otherwise.
int MonthNumber(absl::string_view word);

// 0 (Monday) to 6 for a weekday name, -1 otherwise.
int WeekdayNumber(absl::string_view word);

// The period that matched period words name ("the  first half" ->
// kFirstHalf); kWhole for anything else.
DatePeriod PeriodNamed(absl::string_view words);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_DATE_PATTERNS_H_
