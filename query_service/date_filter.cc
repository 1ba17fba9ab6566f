#include "query_service/date_filter.h"

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace partnerlens::query {
namespace {

constexpr int kLastDay = 99991231;

bool IsLeapYear(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int DaysInMonth(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

// `part` as a number of exactly `digits` ASCII digits within [low, high].
std::optional<int> Field(absl::string_view part, size_t digits, int low,
                         int high) {
  int value = 0;
  if (part.size() != digits) return std::nullopt;
  for (const char c : part) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) {
      return std::nullopt;
    }
  }
  if (!absl::SimpleAtoi(part, &value) || value < low || value > high) {
    return std::nullopt;
  }
  return value;
}

absl::Status BadDate(absl::string_view field, absl::string_view value) {
  return absl::InvalidArgumentError(absl::StrCat(
      field, " \"", value, "\" is not a date YYYY, YYYY-MM or YYYY-MM-DD"));
}

}  // namespace

std::optional<DayRange> DatePeriod(absl::string_view date) {
  const std::vector<absl::string_view> parts = absl::StrSplit(date, '-');
  if (parts.size() > 3) return std::nullopt;
  const std::optional<int> year = Field(parts[0], 4, 1, 9999);
  if (!year) return std::nullopt;
  const int base = *year * 10000;
  if (parts.size() == 1) return DayRange{base + 101, base + 1231};
  const std::optional<int> month = Field(parts[1], 2, 1, 12);
  if (!month) return std::nullopt;
  const int month_base = base + *month * 100;
  const int month_days = DaysInMonth(*year, *month);
  if (parts.size() == 2) {
    return DayRange{month_base + 1, month_base + month_days};
  }
  const std::optional<int> day = Field(parts[2], 2, 1, month_days);
  if (!day) return std::nullopt;
  return DayRange{month_base + *day, month_base + *day};
}

absl::StatusOr<DateFilter> DateFilter::Parse(absl::string_view date_from,
                                             absl::string_view date_to) {
  DateFilter filter;
  filter.range_ = DayRange{0, kLastDay};
  if (!date_from.empty()) {
    const std::optional<DayRange> from = DatePeriod(date_from);
    if (!from) return BadDate("date_from", date_from);
    filter.range_.first = from->first;
  }
  if (!date_to.empty()) {
    const std::optional<DayRange> to = DatePeriod(date_to);
    if (!to) return BadDate("date_to", date_to);
    filter.range_.last = to->last;
  }
  if (filter.range_.first > filter.range_.last) {
    return absl::InvalidArgumentError(absl::StrCat(
        "date_from \"", date_from, "\" is after date_to \"", date_to, "\""));
  }
  filter.bounded_ = !date_from.empty() || !date_to.empty();
  return filter;
}

bool DateFilter::Matches(absl::string_view date) const {
  if (!bounded_) return true;
  const std::optional<DayRange> period = DatePeriod(date);
  return period && period->last >= range_.first && period->first <= range_.last;
}

}  // namespace partnerlens::query
