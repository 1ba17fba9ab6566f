#ifndef PARTNERLENS_QUERY_SERVICE_DATE_FILTER_H_
#define PARTNERLENS_QUERY_SERVICE_DATE_FILTER_H_

// Date filters of list methods. A date denotes a period: "2022" the whole
// year, "2022-03" the month, "2022-03-05" the day. A record passes a filter
// when its period overlaps [period of date_from, period of date_to]; a
// record without a year ("--04-17", empty) never passes a set filter.
// Pure and thread-safe.

#include <optional>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace partnerlens::query {

// A closed range of days, each written as the number YYYYMMDD, so that
// numeric order is calendar order.
struct DayRange {
  int first = 0;
  int last = 0;
};

// The days `date` (YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date)
// denotes; nullopt for anything else, partial dates without a year
// included.
std::optional<DayRange> DatePeriod(absl::string_view date);

// The date bounds of one request. Copyable value type.
class DateFilter {
 public:
  // A filter from the request fields, each empty (no bound) or
  // YYYY[-MM[-DD]]. INVALID_ARGUMENT naming the field and value for a bad
  // date, or when date_from lies after date_to.
  static absl::StatusOr<DateFilter> Parse(absl::string_view date_from,
                                          absl::string_view date_to);

  // True when neither bound is set, so every record passes.
  bool empty() const { return !bounded_; }

  // Whether a record dated `date` passes.
  bool Matches(absl::string_view date) const;

 private:
  bool bounded_ = false;
  DayRange range_;
};

}  // namespace partnerlens::query

#endif  // PARTNERLENS_QUERY_SERVICE_DATE_FILTER_H_
