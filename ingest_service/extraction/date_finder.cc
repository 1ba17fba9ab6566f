#include "ingest_service/extraction/date_finder.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "re2/re2.h"

#include "ingest_service/extraction/date_patterns.h"

namespace partnerlens::extraction {
namespace {

// Lower-case words that may follow a bare year ("in 2020 the ..."); any
// other lower-case word makes the number a count ("in 2000 students").
constexpr absl::string_view kYearFollowers[] = {
    "a",      "about",  "after",   "again",    "alone",        "already",
    "also",   "an",     "and",     "are",      "as",           "at",
    "before", "but",    "by",      "compared", "during",       "for",
    "from",   "had",    "has",     "have",     "he",           "in",
    "is",     "it",     "its",     "not",      "of",           "on",
    "only",   "onward", "onwards", "or",       "respectively", "she",
    "since",  "so",     "than",    "that",     "the",          "there",
    "these",  "they",   "this",    "through",  "to",           "until",
    "was",    "we",     "were",    "when"};

// ---- Building expressions from matches -----------------------------------

using Groups = std::array<absl::string_view, kDateFieldCount>;

// Room for the groups of every family (the largest has 7 with the whole
// match); the tests cover every family, so an overflow would show there.
constexpr int kMaxGroups = 16;

bool IsDigit(char c) {
  return absl::ascii_isdigit(static_cast<unsigned char>(c));
}

bool IsNumberJoiner(char c) {
  return c == '.' || c == ',' || c == '-' || c == '/' || c == ':' || c == '+';
}

int ToInt(absl::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// A number that is part of a longer number, a phone or version number or an
// amount is no date: no digit, letter or "digit+joiner" may touch it. After
// a month-name date a dash or slash may follow ("April 17-19").
bool NumberBoundariesOk(absl::string_view text, size_t begin, size_t end,
                        bool numeric) {
  if (begin > 0 && IsDigit(text[begin])) {
    const char before = text[begin - 1];
    if (absl::ascii_isalnum(static_cast<unsigned char>(before))) return false;
    if (begin >= 2 && IsNumberJoiner(before) && IsDigit(text[begin - 2])) {
      return false;
    }
  }
  if (end >= text.size() || end == 0 || !IsDigit(text[end - 1])) return true;
  const char after = text[end];
  if (absl::ascii_isalnum(static_cast<unsigned char>(after)) || after == '%') {
    return false;
  }
  const bool joined =
      end + 1 < text.size() && IsNumberJoiner(after) && IsDigit(text[end + 1]);
  return !joined || (!numeric && (after == '-' || after == '/'));
}

// Whether the word after a bare year at `end` lets it be a year.
bool YearFollowerOk(absl::string_view text, size_t end) {
  while (end < text.size() && (text[end] == ' ' || text[end] == '\t')) ++end;
  size_t word_end = end;
  while (word_end < text.size() && absl::ascii_islower(text[word_end])) {
    ++word_end;
  }
  if (word_end == end) return true;  // punctuation, capital, end of text
  const absl::string_view word = text.substr(end, word_end - end);
  return std::find(std::begin(kYearFollowers), std::end(kYearFollowers),
                   word) != std::end(kYearFollowers);
}

// "11/09/2022" is November 9 (US order); "13/09/2022" can only be
// September 13.
bool ReadSlashDate(const Groups& g, PartialDate* date) {
  const int first = ToInt(g[kFirstNumber]);
  const int second = ToInt(g[kSecondNumber]);
  if (first >= 1 && first <= 12) {
    date->month = first;
    date->day = second;
  } else if (second >= 1 && second <= 12) {
    date->month = second;
    date->day = first;
  } else {
    return false;
  }
  return date->day >= 1;
}

std::optional<PartialDate> StatedDate(const Groups& g) {
  PartialDate date;
  date.year = ToInt(g[kYearNumber]);
  date.day = ToInt(g[kDayNumber]);
  date.month = g[kMonthName].empty() ? ToInt(g[kMonthNumber])
                                     : MonthNumber(g[kMonthName]);
  if (!g[kFirstNumber].empty() && !ReadSlashDate(g, &date)) return std::nullopt;
  if (g[kSeparator] != g[kSeparator2]) return std::nullopt;
  if (!IsValidDate(date)) return std::nullopt;
  return date;
}

DateRelation RelativeYearOrMonth(absl::string_view rel,
                                 absl::string_view unit) {
  const bool month = absl::EqualsIgnoreCase(unit, "month");
  if (absl::EqualsIgnoreCase(rel, "last")) {
    return month ? DateRelation::kLastMonth : DateRelation::kLastYear;
  }
  if (absl::EqualsIgnoreCase(rel, "next")) {
    return month ? DateRelation::kNextMonth : DateRelation::kNextYear;
  }
  return month ? DateRelation::kThisMonth : DateRelation::kThisYear;
}

DateRelation RelationOf(const Groups& g) {
  const absl::string_view word = g[kDayWord];
  if (absl::EqualsIgnoreCase(word, "today")) return DateRelation::kToday;
  if (absl::EqualsIgnoreCase(word, "yesterday")) {
    return DateRelation::kYesterday;
  }
  if (absl::EqualsIgnoreCase(word, "tomorrow")) return DateRelation::kTomorrow;
  if (!g[kRelativeWord].empty()) {
    return RelativeYearOrMonth(g[kRelativeWord], g[kRelativeUnit]);
  }
  // "last November", "this September", "next March".
  if (!g[kMonthName].empty() && !g[kWeekdayModifier].empty()) {
    const absl::string_view modifier = g[kWeekdayModifier];
    if (absl::EqualsIgnoreCase(modifier, "last")) {
      return DateRelation::kLastNamedMonth;
    }
    if (absl::EqualsIgnoreCase(modifier, "next")) {
      return DateRelation::kNextNamedMonth;
    }
    return DateRelation::kThisYear;
  }
  // A weekday alone; "Tuesday, April 17" is an absolute date.
  if (g[kWeekdayName].empty() || !g[kMonthName].empty()) {
    return DateRelation::kAbsolute;
  }
  const absl::string_view modifier = g[kWeekdayModifier];
  if (absl::EqualsIgnoreCase(modifier, "last") ||
      absl::EqualsIgnoreCase(modifier, "past")) {
    return DateRelation::kLastWeekday;
  }
  if (absl::EqualsIgnoreCase(modifier, "next")) {
    return DateRelation::kNextWeekday;
  }
  return DateRelation::kWeekday;
}

std::optional<DateExpression> BuildExpression(const DateFamily& family,
                                              absl::string_view text,
                                              const Groups& g,
                                              size_t match_end) {
  if (!g[kLeadingThe].empty()) return std::nullopt;
  DateExpression expression;
  const auto begin = static_cast<size_t>(g[kDateSpan].data() - text.data());
  expression.span = {static_cast<int32_t>(begin),
                     static_cast<int32_t>(begin + g[kDateSpan].size())};
  expression.numeric = IsDigit(g[kDateSpan].front());
  if (!NumberBoundariesOk(text, begin, match_end, expression.numeric)) {
    return std::nullopt;
  }
  if (family.check_year_follower && !YearFollowerOk(text, match_end)) {
    return std::nullopt;
  }
  std::optional<PartialDate> stated = StatedDate(g);
  if (!stated) return std::nullopt;
  expression.stated = *stated;
  expression.relation = RelationOf(g);
  expression.weekday = WeekdayNumber(g[kWeekdayName]);
  expression.period = PeriodNamed(g[kPeriodWords]);
  return expression;
}

// Matches `family` at `start`; adds the expression when the checks accept
// it. Returns the end of the match, accepted or not, or nullopt.
std::optional<size_t> MatchFamilyAt(const DateFamily& family,
                                    absl::string_view text, size_t start,
                                    std::vector<DateExpression>* out) {
  std::array<re2::StringPiece, kMaxGroups> sub;
  const int count =
      std::min(family.re->NumberOfCapturingGroups() + 1, kMaxGroups);
  if (!family.re->Match(re2::StringPiece(text.data(), text.size()), start,
                        text.size(), RE2::ANCHOR_START, sub.data(), count)) {
    return std::nullopt;
  }
  Groups groups;
  for (int field = 0; field < kDateFieldCount; ++field) {
    const int index = family.group[field];
    if (index < 0 || index >= count || sub[index].data() == nullptr) continue;
    groups[field] = absl::string_view(sub[index].data(), sub[index].size());
  }
  const size_t end = start + sub[0].size();
  std::optional<DateExpression> expression =
      BuildExpression(family, text, groups, end);
  if (expression) out->push_back(*expression);
  return end;
}

// Keeps the longest candidates (then the earliest) that overlap no longer
// one; returns them in text order.
std::vector<DateExpression> KeepLongest(std::vector<DateExpression> all) {
  std::stable_sort(all.begin(), all.end(),
                   [](const DateExpression& a, const DateExpression& b) {
                     if (a.span.size() != b.span.size()) {
                       return a.span.size() > b.span.size();
                     }
                     return a.span.begin < b.span.begin;
                   });
  std::map<int32_t, int32_t> taken;  // begin -> end
  std::vector<DateExpression> kept;
  for (const DateExpression& candidate : all) {
    auto next = taken.lower_bound(candidate.span.begin);
    if (next != taken.end() && next->first < candidate.span.end) continue;
    if (next != taken.begin() &&
        std::prev(next)->second > candidate.span.begin) {
      continue;
    }
    taken.emplace(candidate.span.begin, candidate.span.end);
    kept.push_back(candidate);
  }
  std::sort(kept.begin(), kept.end(),
            [](const DateExpression& a, const DateExpression& b) {
              return a.span.begin < b.span.begin;
            });
  return kept;
}

}  // namespace

std::vector<DateExpression> FindDateExpressions(absl::string_view text) {
  const DatePatterns& patterns = GetDatePatterns();
  const re2::StringPiece piece(text.data(), text.size());
  std::vector<DateExpression> candidates;
  // Per family, where its next match may start: each family's matches do
  // not overlap, and a rejected match is skipped whole ("the next year" is
  // not "next year").
  std::vector<size_t> resume(patterns.families.size(), 0);
  re2::StringPiece found;
  size_t pos = 0;
  // The union pattern visits every position where some family matches.
  while (pos < text.size() && patterns.any->Match(piece, pos, text.size(),
                                                  RE2::UNANCHORED, &found, 1)) {
    const auto start = static_cast<size_t>(found.data() - text.data());
    for (size_t i = 0; i < patterns.families.size(); ++i) {
      if (resume[i] > start) continue;
      std::optional<size_t> end =
          MatchFamilyAt(patterns.families[i], text, start, &candidates);
      if (end) resume[i] = *end;
    }
    pos = start + 1;
  }
  return KeepLongest(std::move(candidates));
}

}  // namespace partnerlens::extraction
