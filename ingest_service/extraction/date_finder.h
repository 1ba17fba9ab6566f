#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_DATE_FINDER_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_DATE_FINDER_H_

// Dates in English news text (including translations from Chinese): finding
// the expressions, resolving them against the article's publication date,
// and finding the publication date the text itself shows.
//
// Everything here is a pure function of its arguments and thread-safe.
// The RE2 patterns compile once, on first use, into immutable statics (a
// few MB with their match caches, never freed). Every function runs in time
// linear in its input.
//
// Implemented in date_finder.cc (finding), date_patterns.{h,cc} (the
// patterns and their vocabulary), date_resolution.cc (ISO 8601 and
// resolution) and published_date.cc (datelines).

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {

// A calendar date as far as the text fixes it; 0 = not stated.
struct PartialDate {
  int year = 0;
  int month = 0;
  int day = 0;

  bool empty() const { return year == 0 && month == 0 && day == 0; }
  friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

// Whether the stated parts can be a date: a month in 1-12, a day only with a
// month and within it (February 29 when the year is unknown or leap).
bool IsValidDate(const PartialDate& date);

// ISO 8601 as FORMAT.md uses it: "2022-11-09", "2022-09", "2022", "--04-17",
// "--05", and "" when nothing is stated. A day without a month is dropped.
std::string FormatIsoDate(const PartialDate& date);

// Parses the forms FormatIsoDate makes ("2024-05-17", "2024-05", "2024",
// "--05-29", "--05"). Months and days are range-checked (February 29 only in
// a leap year or without a year). Empty or malformed input: nullopt.
std::optional<PartialDate> ParseIsoDate(absl::string_view iso);

// How an expression relates to the reference (publication) date.
enum class DateRelation {
  kAbsolute,        // "April 17", "2022-11-09", "the beginning of 2022"
  kToday,           // "today"
  kYesterday,       // "yesterday"
  kTomorrow,        // "tomorrow"
  kThisYear,        // "this year", "In September this year"
  kLastYear,        // "last year", "the end of last year"
  kNextYear,        // "next year", "May 13 next year"
  kThisMonth,       // "this month"
  kLastMonth,       // "last month"
  kNextMonth,       // "next month"
  kWeekday,         // "on Tuesday", "this Tuesday"
  kLastWeekday,     // "last Tuesday", "past Tuesday"
  kNextWeekday,     // "next Tuesday"
  kLastNamedMonth,  // "last November": the latest November before
  kNextNamedMonth,  // "next March": the first March after
};

// The part of a period the words name; resolution keeps only the period's
// year or month ("the end of last year" resolves to the year).
enum class DatePeriod {
  kWhole,
  kBeginning,      // "the beginning of", "the start of", "early"
  kMiddle,         // "the middle of", "mid-"
  kEnd,            // "the end of", "late"
  kFirstHalf,      // "the first half of"
  kSecondHalf,     // "the second half of", "the latter half of"
  kFirstQuarter,   // "the first quarter of"
  kSecondQuarter,  // "the second quarter of"
  kThirdQuarter,   // "the third quarter of"
  kFourthQuarter,  // "the fourth quarter of", "the last quarter of"
};

// One date expression found in a text.
struct DateExpression {
  // Bytes of the date words. A leading preposition that only shows that a
  // number or weekday is a date ("on", "in", "since") is not included;
  // modifiers that change the meaning are ("last Tuesday", "the end of").
  Span span;
  // What the words state: "April 17" -> {0,4,17}; "2022" -> {2022,0,0};
  // "In September this year" -> {0,9,0} with kThisYear.
  PartialDate stated;
  DateRelation relation = DateRelation::kAbsolute;
  // 0 = Monday .. 6 = Sunday when the words name a weekday
  // ("on Tuesday", "Tuesday, April 17"), else -1.
  int weekday = -1;
  DatePeriod period = DatePeriod::kWhole;
  // Whether the expression is written in digits ("2022-11-09",
  // "2024/05/17", "11/09/2022").
  bool numeric = false;

  friend bool operator==(const DateExpression&,
                         const DateExpression&) = default;
};

// Every date expression in `text`, in text order, non-overlapping; where
// candidates overlap the longest wins (then the earliest). Recognised:
// month-name dates ("April 17", "April 17th, 2021", "17 April 2023",
// "Nov. 9", "Tuesday, April 17"), months with a year or a relative year
// ("September 2022", "September this year"), a month after a preposition
// ("in September"), numeric dates ("2022-11-09", "2022/11/09", "2022.11.09",
// "2022-11", "11/09/2022" read month first unless the first number exceeds
// 12), periods ("the beginning of 2022", "the first half of this year",
// "early 2022", "mid-2021"), "today", "yesterday", "tomorrow",
// "this/last/next year|month", weekdays after a preposition or
// "last/this/next", and bare years 1900-2100 only after a preposition
// ("in 2020", "since 2018"; not "of 2000 students") or as "the 2022
// <Capitalized>". Month names must be capitalised, so "may" is no month.
// Numbers glued to digits, amounts, phone and version numbers, and times do
// not count. Linear time in text.size().
std::vector<DateExpression> FindDateExpressions(absl::string_view text);

// Resolves `expression` against `reference` (the article's publication
// date, possibly partial or empty):
// - absolute: what is stated; a missing year is taken from the reference
//   ("April 17" + 2024-05-17 -> 2024-04-17; + empty -> --04-17).
// - relative years and months: the reference's year or month shifted, with
//   the stated month and day ("In September this year" + 2022-11-10 ->
//   2022-09). Without a reference year only the stated month and day stay
//   ("" for a plain "this year").
// - today / yesterday / tomorrow: the reference shifted by a day, as far as
//   the reference goes ("today" + --05-29 -> --05-29).
// - weekdays need a full reference. "on Tuesday" (news convention: the
//   event is already reported) is the latest Tuesday on or before the
//   reference; "last Tuesday" the latest strictly before; "next Tuesday"
//   the first strictly after. Without a full reference: empty.
PartialDate ResolveDate(const DateExpression& expression,
                        const PartialDate& reference);

// The reference to resolve a text's dates against. Normally `reference`;
// but when the text names one period both with "this year" and with an
// explicit year ("Since the beginning of this year ..." and "At the
// beginning of 2022 ..."), "this year" is that year, and the reference is
// that year alone ({2022, 0, 0}): the reference date then belongs to a
// later re-posting of the story. Unchanged when explicit years disagree.
// Linear in expressions.size().
PartialDate StoryReference(const std::vector<DateExpression>& expressions,
                           const PartialDate& reference);

// The publication date the text itself shows, ISO 8601, or "". Only looks
// at dateline-like places:
// - any line starting with a label: "Updated: 2020-07-30",
//   "Published: 2014-12-18", "Time: 2019-05-30", "Release date ...";
// - lines that start in the first 400 bytes (or are among the first four
//   non-blank lines): a line that starts with a numeric date
//   ("2024/05/1705:17:32 technology 1770"), a line that is only a date
//   (and maybe a time: "December 31, 2019"), "Today August 1st, 2024",
//   an outlet news line ("TapTechNews May 29th news" -> "--05-29"), and a
//   place dateline ("BEIJING, Nov. 24 (Xinhua) --", "LONDON 1996-08-30").
// Dates inside story sentences are never taken. Linear in text.size().
std::string FindPublishedDate(absl::string_view text);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_DATE_FINDER_H_
