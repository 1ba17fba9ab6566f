// ISO 8601 partial dates and their resolution against a reference date
// (declared in date_finder.h).

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"

#include "ingest_service/extraction/date_finder.h"

namespace partnerlens::extraction {
namespace {

constexpr int kPeriodCount = static_cast<int>(DatePeriod::kFourthQuarter) + 1;

// ---- Calendar -------------------------------------------------------------

bool IsLeapYear(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// Days in `month`; year 0 (unknown) allows February 29.
int DaysInMonth(int year, int month) {
  constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30,
                                         31, 31, 30, 31, 30, 31};
  if (month == 2 && (year == 0 || IsLeapYear(year))) return 29;
  return kDays[month - 1];
}

// Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm).
int64_t DaysFromCivil(int year, int month, int day) {
  const int64_t y = month <= 2 ? year - 1 : year;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

PartialDate CivilFromDays(int64_t days) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t doe = days - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

// 0 = Monday; 1970-01-01 was a Thursday.
int WeekdayOf(int64_t days) { return static_cast<int>((days % 7 + 10) % 7); }

bool IsDigit(char c) {
  return absl::ascii_isdigit(static_cast<unsigned char>(c));
}

int ToInt(absl::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// ---- Resolution -----------------------------------------------------------

// `date` with `year`, unless that makes it invalid (February 29).
PartialDate WithYear(PartialDate date, int year) {
  PartialDate with = date;
  with.year = year;
  return IsValidDate(with) ? with : date;
}

PartialDate ShiftDays(const PartialDate& reference, int delta) {
  if (reference.month == 0 || reference.day == 0) return reference;
  // Without a year, assume a common year (a leap year for February 29).
  const bool leap_day = reference.month == 2 && reference.day == 29;
  const int year =
      reference.year != 0 ? reference.year : (leap_day ? 2000 : 2001);
  PartialDate shifted = CivilFromDays(
      DaysFromCivil(year, reference.month, reference.day) + delta);
  if (reference.year == 0) shifted.year = 0;
  return shifted;
}

PartialDate ShiftMonth(const PartialDate& reference, int delta) {
  if (reference.month == 0) return {};
  PartialDate shifted{reference.year, reference.month + delta, 0};
  if (shifted.month < 1) {
    shifted.month += 12;
    if (shifted.year != 0) --shifted.year;
  } else if (shifted.month > 12) {
    shifted.month -= 12;
    if (shifted.year != 0) ++shifted.year;
  }
  return shifted;
}

PartialDate RelativeYear(const PartialDate& stated,
                         const PartialDate& reference, int delta) {
  if (reference.year == 0) return {0, stated.month, stated.day};
  return WithYear({0, stated.month, stated.day}, reference.year + delta);
}

// The month named by "last November" (direction -1) or "next March" (+1):
// the nearest one strictly before or after the reference's month.
PartialDate NamedMonth(const PartialDate& stated, const PartialDate& reference,
                       int direction) {
  if (reference.year == 0 || reference.month == 0) {
    return {0, stated.month, 0};
  }
  const bool same_year = direction < 0 ? stated.month < reference.month
                                       : stated.month > reference.month;
  return {same_year ? reference.year : reference.year + direction, stated.month,
          0};
}

// `direction` 0: on or before the reference; -1: strictly before;
// +1: strictly after.
PartialDate NearWeekday(const PartialDate& reference, int weekday,
                        int direction) {
  if (reference.year == 0 || reference.month == 0 || reference.day == 0 ||
      weekday < 0) {
    return {};
  }
  const int64_t days =
      DaysFromCivil(reference.year, reference.month, reference.day);
  const int today = WeekdayOf(days);
  if (direction > 0) {
    const int ahead = (weekday - today + 7) % 7;
    return CivilFromDays(days + (ahead == 0 ? 7 : ahead));
  }
  int back = (today - weekday + 7) % 7;
  if (direction < 0 && back == 0) back = 7;
  return CivilFromDays(days - back);
}

// `value` in at least `width` digits.
std::string ZeroPadded(int value, size_t width) {
  std::string digits = absl::StrCat(value);
  if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
  return digits;
}

// Reads exactly `width` digits, not 0, into `value`.
bool ConsumeNumber(absl::string_view* text, size_t width, int* value) {
  if (text->size() < width) return false;
  const absl::string_view digits = text->substr(0, width);
  if (!std::all_of(digits.begin(), digits.end(), IsDigit)) return false;
  *value = ToInt(digits);
  text->remove_prefix(width);
  return *value != 0;
}

// The explicit year of each (period, month) a text names ("the beginning
// of 2022"); 0 when none, -1 when two years disagree.
using PeriodYears = std::array<std::array<int, 13>, kPeriodCount>;

PeriodYears ExplicitPeriodYears(
    const std::vector<DateExpression>& expressions) {
  PeriodYears years{};
  for (const DateExpression& e : expressions) {
    if (e.relation != DateRelation::kAbsolute ||
        e.period == DatePeriod::kWhole || e.stated.year == 0) {
      continue;
    }
    int& year = years[static_cast<int>(e.period)][e.stated.month];
    year = (year == 0 || year == e.stated.year) ? e.stated.year : -1;
  }
  return years;
}

}  // namespace

bool IsValidDate(const PartialDate& date) {
  if (date.year < 0 || date.month < 0 || date.month > 12 || date.day < 0) {
    return false;
  }
  if (date.day == 0) return true;
  return date.month != 0 && date.day <= DaysInMonth(date.year, date.month);
}

std::string FormatIsoDate(const PartialDate& date) {
  if (date.year != 0) {
    std::string year = ZeroPadded(date.year, 4);
    if (date.month == 0) return year;
    if (date.day == 0) {
      return absl::StrCat(year, "-", ZeroPadded(date.month, 2));
    }
    return absl::StrCat(year, "-", ZeroPadded(date.month, 2), "-",
                        ZeroPadded(date.day, 2));
  }
  if (date.month == 0) return "";
  if (date.day == 0) return absl::StrCat("--", ZeroPadded(date.month, 2));
  return absl::StrCat("--", ZeroPadded(date.month, 2), "-",
                      ZeroPadded(date.day, 2));
}

std::optional<PartialDate> ParseIsoDate(absl::string_view iso) {
  PartialDate date;
  if (absl::ConsumePrefix(&iso, "--")) {
    if (!ConsumeNumber(&iso, 2, &date.month)) return std::nullopt;
  } else {
    if (!ConsumeNumber(&iso, 4, &date.year) || date.year == 0) {
      return std::nullopt;
    }
    if (absl::ConsumePrefix(&iso, "-") &&
        !ConsumeNumber(&iso, 2, &date.month)) {
      return std::nullopt;
    }
  }
  if (date.month != 0 && absl::ConsumePrefix(&iso, "-") &&
      !ConsumeNumber(&iso, 2, &date.day)) {
    return std::nullopt;
  }
  if (!iso.empty() || !IsValidDate(date)) return std::nullopt;
  return date;
}

PartialDate ResolveDate(const DateExpression& expression,
                        const PartialDate& reference) {
  const PartialDate& stated = expression.stated;
  switch (expression.relation) {
    case DateRelation::kAbsolute:
      if (stated.year != 0 || stated.month == 0 || reference.year == 0) {
        return stated;
      }
      return WithYear(stated, reference.year);
    case DateRelation::kToday:
      return reference;
    case DateRelation::kYesterday:
      return ShiftDays(reference, -1);
    case DateRelation::kTomorrow:
      return ShiftDays(reference, 1);
    case DateRelation::kThisYear:
      return RelativeYear(stated, reference, 0);
    case DateRelation::kLastYear:
      return RelativeYear(stated, reference, -1);
    case DateRelation::kNextYear:
      return RelativeYear(stated, reference, 1);
    case DateRelation::kThisMonth:
      return ShiftMonth(reference, 0);
    case DateRelation::kLastMonth:
      return ShiftMonth(reference, -1);
    case DateRelation::kNextMonth:
      return ShiftMonth(reference, 1);
    case DateRelation::kWeekday:
      return NearWeekday(reference, expression.weekday, 0);
    case DateRelation::kLastWeekday:
      return NearWeekday(reference, expression.weekday, -1);
    case DateRelation::kNextWeekday:
      return NearWeekday(reference, expression.weekday, 1);
    case DateRelation::kLastNamedMonth:
      return NamedMonth(stated, reference, -1);
    case DateRelation::kNextNamedMonth:
      return NamedMonth(stated, reference, 1);
  }
  return {};
}

PartialDate StoryReference(const std::vector<DateExpression>& expressions,
                           const PartialDate& reference) {
  const PeriodYears years = ExplicitPeriodYears(expressions);
  int story_year = 0;
  for (const DateExpression& e : expressions) {
    if (e.relation != DateRelation::kThisYear) continue;
    const int year = years[static_cast<int>(e.period)][e.stated.month];
    if (year == 0) continue;
    if (year < 0 || (story_year != 0 && story_year != year)) return reference;
    story_year = year;
  }
  if (story_year == 0 || story_year == reference.year) return reference;
  return {story_year, 0, 0};
}

}  // namespace partnerlens::extraction
