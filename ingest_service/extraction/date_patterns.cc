#include "ingest_service/extraction/date_patterns.h"

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "re2/re2.h"

namespace partnerlens::extraction {
namespace {

// ---- Vocabulary -----------------------------------------------------------

constexpr std::array<absl::string_view, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// Accepted besides the full names, with or without a final period.
constexpr std::array<absl::string_view, 12> kMonthAbbreviations = {
    "Jan", "Feb",  "Mar", "Apr", "Jun", "Jul",
    "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"};

constexpr std::array<absl::string_view, 7> kWeekdayNames = {
    "Monday", "Tuesday",  "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday"};

struct PeriodWord {
  absl::string_view words;
  DatePeriod period;
};

// "<words> of <month or year>".
constexpr std::array<PeriodWord, 12> kPeriodOfWords = {{
    {"beginning", DatePeriod::kBeginning},
    {"start", DatePeriod::kBeginning},
    {"middle", DatePeriod::kMiddle},
    {"end", DatePeriod::kEnd},
    {"first half", DatePeriod::kFirstHalf},
    {"second half", DatePeriod::kSecondHalf},
    {"latter half", DatePeriod::kSecondHalf},
    {"first quarter", DatePeriod::kFirstQuarter},
    {"second quarter", DatePeriod::kSecondQuarter},
    {"third quarter", DatePeriod::kThirdQuarter},
    {"fourth quarter", DatePeriod::kFourthQuarter},
    {"last quarter", DatePeriod::kFourthQuarter},
}};

// "<word> 2022", "mid-2022".
constexpr std::array<PeriodWord, 3> kPeriodAdjectives = {{
    {"early", DatePeriod::kBeginning},
    {"mid", DatePeriod::kMiddle},
    {"late", DatePeriod::kEnd},
}};

// ---- Pattern fragments ----------------------------------------------------

constexpr absl::string_view kSp = "[ \\t]{1,3}";
constexpr absl::string_view kYear = "(?:19[0-9]{2}|20[0-9]{2}|2100)";
constexpr absl::string_view kRel = "(?i:this|last|next)";
constexpr absl::string_view kDay = "(?P<day>3[01]|[12][0-9]|0?[1-9])";
constexpr absl::string_view kOrdinal = "(?:st|nd|rd|th)?\\b";
// A year after a month or day: "April 17, 2021", "April 17 2021".
constexpr absl::string_view kYearSep = "(?:,[ \\t]{0,3}|[ \\t]{1,3})";

// "May" -> "M(?i:ay)": the first letter must be upper case.
std::string Capitalized(absl::string_view word) {
  return absl::StrCat(word.substr(0, 1), "(?i:", word.substr(1), ")");
}

std::string MonthPattern() {
  std::string out;
  for (absl::string_view name : kMonthNames) {
    absl::StrAppend(&out, out.empty() ? "" : "|", Capitalized(name), "\\b");
  }
  for (absl::string_view abbreviation : kMonthAbbreviations) {
    absl::StrAppend(&out, "|", Capitalized(abbreviation), "(?:\\.|\\b)");
  }
  return absl::StrCat("(?P<month>", out, ")");
}

std::string WeekdayPattern() {
  std::string out;
  for (absl::string_view name : kWeekdayNames) {
    absl::StrAppend(&out, out.empty() ? "" : "|", Capitalized(name));
  }
  return absl::StrCat("(?P<wd>", out, ")\\b");
}

template <size_t N>
std::string PeriodPattern(const std::array<PeriodWord, N>& words) {
  std::string out;
  for (const PeriodWord& word : words) {
    absl::StrAppend(&out, out.empty() ? "" : "|",
                    absl::StrReplaceAll(word.words, {{" ", kSp}}));
  }
  return absl::StrCat("(?P<period>(?i:", out, "))");
}

// A year or a relative year: "2022", "this year".
std::string YearOrRelative() {
  return absl::StrCat("(?:(?P<year>", kYear, ")\\b|(?P<rel>", kRel, ")", kSp,
                      "(?i:year)\\b)");
}

// What may follow a month and day: ", 2021", " this year", " of next year".
std::string DateTail() {
  return absl::StrCat("(?:", kYearSep, "(?P<year>", kYear, ")\\b|,?", kSp,
                      "(?:(?i:of)", kSp, ")?(?P<rel>", kRel, ")", kSp,
                      "(?i:year)\\b)?");
}

struct FamilySpec {
  std::string pattern;
  bool check_year_follower = false;
};

std::string OptionalThe() { return absl::StrCat("(?:(?i:the)", kSp, ")?"); }

// Dates that name a month.
std::vector<FamilySpec> MonthFamilies() {
  const std::string month = MonthPattern();
  const std::string weekday =
      absl::StrCat("(?:", WeekdayPattern(), ",?", kSp, ")?");
  return {
      // "Tuesday, April 17th, 2021", "May 13 next year"
      {absl::StrCat("\\b(?P<date>", weekday, month, kSp, kDay, kOrdinal,
                    DateTail(), ")")},
      // "17 April 2023", "the 17th of April"
      {absl::StrCat("\\b(?P<date>", weekday, OptionalThe(), kDay, kOrdinal,
                    "(?:", kSp, "(?i:of))?", kSp, month, DateTail(), ")")},
      // "September 2022", "September of this year"
      {absl::StrCat("\\b(?P<date>", month, ",?", kSp, "(?:(?i:of)", kSp, ")?",
                    YearOrRelative(), ")")},
      // "in September"
      {absl::StrCat("\\b(?i:in|since|by|until|till|from|during|before|after|"
                    "through|throughout|between)",
                    kSp, "(?P<date>", month, ")")},
  };
}

// Relative words and parts of periods.
std::vector<FamilySpec> RelativeFamilies() {
  const std::string month = MonthPattern();
  const std::string period_of =
      absl::StrCat("\\b(?P<date>", OptionalThe(), PeriodPattern(kPeriodOfWords),
                   kSp, "(?i:of)", kSp);
  const std::string adjective = absl::StrCat(
      "\\b(?P<date>", PeriodPattern(kPeriodAdjectives), "(?:", kSp, "|-)");
  return {
      {"\\b(?P<date>(?P<word>(?i:today|yesterday|tomorrow)))\\b"},
      // "this year", "last month"; "the next year" is a span of time.
      {absl::StrCat("\\b(?P<the>(?i:the)", kSp, ")?(?P<date>(?P<rel>", kRel,
                    ")", kSp, "(?P<unit>(?i:year|month)))\\b")},
      // "the beginning of 2022", "the end of March this year"
      {absl::StrCat(period_of, "(?:", month, ",?", kSp, ")?", YearOrRelative(),
                    ")")},
      {absl::StrCat(period_of, month, ")")},  // "the end of March"
      // "early 2022", "mid-2021", "late last year", "early March 2021"
      {absl::StrCat(adjective, "(?:", month, ",?", kSp, ")?", YearOrRelative(),
                    ")")},
      {absl::StrCat(adjective, month, ")")},  // "mid-May"
      // "on Tuesday"
      {absl::StrCat("\\b(?i:on|since|by|until|till|from|before|after)", kSp,
                    "(?P<date>", WeekdayPattern(), ")")},
      // "Thursday's signing ceremony"
      {absl::StrCat("\\b(?P<date>", WeekdayPattern(), ")'s\\b")},
      // "last Tuesday"
      {absl::StrCat("\\b(?P<date>(?P<wdmod>(?i:last|this|next|past))", kSp,
                    WeekdayPattern(), ")")},
      // "last November"
      {absl::StrCat("\\b(?P<date>(?P<wdmod>(?i:last|this|next))", kSp, month,
                    ")")},
  };
}

// Bare years and dates in digits.
std::vector<FamilySpec> NumberFamilies() {
  const std::string year = absl::StrCat("(?P<year>", kYear, ")\\b");
  return {
      // "in 2020", "since 2018"
      {absl::StrCat("\\b(?i:in|since|by|of|from|until|till|during|before|"
                    "after|through|around|between|year|as of)",
                    kSp, "(?P<date>", year, ")"),
       true},
      // "the 2022 Lenovo Tech World"
      {absl::StrCat("\\b(?i:the)", kSp, "(?P<date>", year, ")", kSp, "[A-Z]")},
      // "2022-11-09", "2022/11/09", "2022.11.09", "2024/05/1705:17:32"
      {absl::StrCat("\\b(?P<date>", year,
                    "(?P<sep>[-/.])(?P<mnum>1[0-2]|0[1-9]|[1-9])(?P<sep2>[-/.])"
                    "(?P<day>3[01]|[12][0-9]|0[1-9]|[1-9]))"
                    "(?:[0-2][0-9]:[0-5][0-9](?::[0-5][0-9])?)?")},
      // "2022-11"
      {absl::StrCat("\\b(?P<date>(?P<year>", kYear,
                    ")-(?P<mnum>0[1-9]|1[0-2]))")},
      // "11/09/2022"
      {absl::StrCat("\\b(?P<date>(?P<us1>[0-9]{1,2})/(?P<us2>[0-9]{1,2})/",
                    year, ")")},
  };
}

constexpr std::array<absl::string_view, kDateFieldCount> kFieldNames = {
    "date", "wd",   "wdmod",  "month", "mnum", "day", "year", "rel",
    "unit", "word", "period", "sep",   "sep2", "us1", "us2",  "the"};

DatePatterns* CompilePatterns() {
  auto* patterns = new DatePatterns();
  std::string any;
  std::vector<FamilySpec> specs = MonthFamilies();
  for (auto* more : {RelativeFamilies, NumberFamilies}) {
    for (FamilySpec& spec : more()) specs.push_back(std::move(spec));
  }
  for (const FamilySpec& spec : specs) {
    DateFamily family;
    family.re = std::make_unique<RE2>(spec.pattern, RE2::Quiet);
    family.check_year_follower = spec.check_year_follower;
    const std::map<std::string, int>& named = family.re->NamedCapturingGroups();
    for (int field = 0; field < kDateFieldCount; ++field) {
      auto it = named.find(std::string(kFieldNames[field]));
      family.group[field] = it == named.end() ? -1 : it->second;
    }
    patterns->families.push_back(std::move(family));
    std::string unnamed = spec.pattern;
    RE2::GlobalReplace(&unnamed, "\\(\\?P<[a-z0-9]+>", "(?:");
    absl::StrAppend(&any, any.empty() ? "" : "|", unnamed);
  }
  RE2::Options options(RE2::Quiet);
  options.set_max_mem(int64_t{32} << 20);
  patterns->any = std::make_unique<RE2>(any, options);
  return patterns;
}

// Index of `word` among `names` by its first three letters, or -1.
template <size_t N>
int IndexByPrefix(const std::array<absl::string_view, N>& names,
                  absl::string_view word) {
  if (word.size() < 3) return -1;
  for (size_t i = 0; i < N; ++i) {
    if (absl::EqualsIgnoreCase(names[i].substr(0, 3), word.substr(0, 3))) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

}  // namespace

// Compiled once; RE2 objects are thread-safe for matching.
const DatePatterns& GetDatePatterns() {
  static const DatePatterns* const patterns = CompilePatterns();
  return *patterns;
}

int MonthNumber(absl::string_view word) {
  return IndexByPrefix(kMonthNames, word) + 1;
}

int WeekdayNumber(absl::string_view word) {
  return IndexByPrefix(kWeekdayNames, word);
}

DatePeriod PeriodNamed(absl::string_view words) {
  const std::string normalized = absl::StrJoin(
      absl::StrSplit(words, absl::ByAnyChar(" \t"), absl::SkipEmpty()), " ");
  for (const PeriodWord& word : kPeriodOfWords) {
    if (absl::EqualsIgnoreCase(normalized, word.words)) return word.period;
  }
  for (const PeriodWord& word : kPeriodAdjectives) {
    if (absl::EqualsIgnoreCase(normalized, word.words)) return word.period;
  }
  return DatePeriod::kWhole;
}

}  // namespace partnerlens::extraction
