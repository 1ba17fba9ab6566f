// FindPublishedDate (declared in date_finder.h): dates in dateline-like
// places only.

#include <optional>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/string_view.h"
#include "re2/re2.h"

#include "ingest_service/extraction/date_finder.h"

namespace partnerlens::extraction {
namespace {

// ---- Published date -------------------------------------------------------

constexpr size_t kHeadBytes = 400;
constexpr int kHeadLines = 4;
// Only the start of a dateline line is searched.
constexpr size_t kLineWindow = 200;
constexpr size_t kMaxPlaceBytes = 60;
constexpr size_t kMaxSuffixBytes = 60;

struct DatelinePatterns {
  RE2 label_start{
      "^[ \\t]*(?i:updated?|published|publish|posted|released?|release|"
      "date|time|publication|pub|issued)\\b"};
  RE2 label{
      "^[ \\t]*(?i:updated?(?:[ \\t]+(?:on|at|time))?|published(?:[ \\t]+"
      "(?:on|at))?|publish(?:ed)?[ \\t]+(?:date|time)|posted(?:[ \\t]+(?:on|"
      "at))?|released?(?:[ \\t]+(?:on|at|date|time))?|date|time|"
      "publication[ \\t]+date|pub[ \\t]+date|issued(?:[ \\t]+on)?)"
      "[ \\t]*[:：]?[ \\t]*$"};
  // A second label on a line of labels: "Source: X   Published: 2023-10-20".
  RE2 labelled_line{"^[ \\t]*[A-Za-z][A-Za-z ]{1,20}[:：]"};
  RE2 trailing_label{
      "(?i:updated?|published|posted|released?|release[ \\t]+time|"
      "publication[ \\t]+date|date|time)[ \\t]*[:：][ \\t]*$"};
  RE2 today{"^[ \\t]*(?i:today),?[ \\t]*$"};
  RE2 outlet{"^[ \\t]*(?:[A-Z][A-Za-z0-9&.'-]*[ \\t]+){1,4}$"};
  RE2 news_word{"^[ \\t]*,?[ \\t]*(?i:news|reports?|reported|dispatch)\\b"};
  RE2 place{
      "^[ \\t]*[A-Z][A-Za-z.'-]*(?:[ \\t]+[A-Z][A-Za-z.'-]*){0,3}"
      "(?:[ \\t]*,[ \\t]*[A-Z][A-Za-z.'-]*(?:[ \\t]+[A-Z][A-Za-z.'-]*){0,3})?"
      "[ \\t]*,?[ \\t]*$"};
  // After a place dateline: "(Xinhua) --"; or the line ends.
  RE2 dateline_dash{"^[ \\t]*(?:\\([^)\\n]{1,40}\\))?[ \\t]*(?:--|-|—|–)"};
  // What may follow a date on a line of its own: a time, punctuation.
  RE2 date_only_end{
      "^[ \\t,.]*(?:[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?)?[ \\t.]*$"};
};

const DatelinePatterns& Datelines() {
  static const auto* const patterns = new DatelinePatterns();
  return *patterns;
}

bool Matches(const RE2& re, absl::string_view text) {
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re);
}

// The first expression of `window` that states a month or year absolutely.
std::optional<DateExpression> FirstAbsolute(absl::string_view window) {
  for (const DateExpression& e : FindDateExpressions(window)) {
    if (e.relation == DateRelation::kAbsolute &&
        e.period == DatePeriod::kWhole && (e.stated.month != 0 || e.numeric)) {
      return e;
    }
  }
  return std::nullopt;
}

// Where the field of a line of fields ("Source: X | Bamberg, 22 November
// 2024", "Source: Qingcheng Daily    2024-12-10    Reporter: Y") starts:
// past the last "|" or run of blanks in `prefix`, else 0.
size_t FieldStart(absl::string_view prefix) {
  size_t start = 0;
  for (size_t i = 0; i < prefix.size(); ++i) {
    const bool bar = prefix[i] == '|';
    const bool gap = (prefix[i] == ' ' || prefix[i] == '\t') &&
                     i + 1 < prefix.size() &&
                     (prefix[i + 1] == ' ' || prefix[i + 1] == '\t');
    if (bar || gap || prefix[i] == '\t') start = i + 1;
  }
  return start;
}

// Where the field that starts `suffix` ends.
size_t FieldEnd(absl::string_view suffix) {
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (suffix[i] == '|' || suffix[i] == '\t' ||
        (suffix[i] == ' ' && i + 1 < suffix.size() && suffix[i + 1] == ' ')) {
      return i;
    }
  }
  return suffix.size();
}

bool AcceptedDateline(absl::string_view line, const DateExpression& e,
                      absl::string_view prefix, absl::string_view suffix,
                      bool head);

// Whether `line` shows its date as a dateline; `head` says whether the line
// is near the top of the article.
std::optional<PartialDate> DatelineDate(absl::string_view line, bool head) {
  const DatelinePatterns& p = Datelines();
  if (!head && !Matches(p.label_start, line.substr(0, 40))) return std::nullopt;
  std::optional<DateExpression> e = FirstAbsolute(line.substr(0, kLineWindow));
  if (!e) return std::nullopt;
  const absl::string_view prefix = line.substr(0, e->span.begin);
  const absl::string_view suffix = line.substr(e->span.end);
  if (AcceptedDateline(line, *e, prefix, suffix, head)) return e->stated;
  // The date is one field of a line of fields: judge the field alone.
  const size_t field_start = FieldStart(prefix);
  const size_t field_end = FieldEnd(suffix);
  if (head && (field_start > 0 || field_end < suffix.size()) &&
      AcceptedDateline(line, *e, prefix.substr(field_start),
                       suffix.substr(0, field_end), head)) {
    return e->stated;
  }
  return std::nullopt;
}

bool AcceptedDateline(absl::string_view line, const DateExpression& e,
                      absl::string_view prefix, absl::string_view suffix,
                      bool head) {
  const DatelinePatterns& p = Datelines();
  const bool blank_prefix = absl::StripLeadingAsciiWhitespace(prefix).empty();
  // Only the first bytes of the suffix are matched, keeping this linear.
  const bool short_suffix = suffix.size() <= kMaxSuffixBytes;
  const absl::string_view suffix_head = suffix.substr(0, kMaxSuffixBytes);
  const bool dateline_end = absl::StripAsciiWhitespace(suffix).empty() ||
                            Matches(p.dateline_dash, suffix_head);
  const bool accepted =
      Matches(p.label, prefix) ||
      (Matches(p.labelled_line, line.substr(0, 40)) &&
       Matches(p.trailing_label,
               prefix.substr(prefix.size() > 40 ? prefix.size() - 40 : 0))) ||
      (head && blank_prefix &&
       (e.numeric || (short_suffix && Matches(p.date_only_end, suffix)))) ||
      (head && Matches(p.today, prefix)) ||
      // "Source: Qingcheng Daily 2024-12-10 Reporter: Wang Ting".
      (head && e.numeric && Matches(p.labelled_line, line.substr(0, 40))) ||
      (head && Matches(p.outlet, prefix) &&
       Matches(p.news_word, suffix_head)) ||
      (head && !blank_prefix && prefix.size() <= kMaxPlaceBytes &&
       Matches(p.place, prefix) && dateline_end);
  return accepted;
}

}  // namespace

std::string FindPublishedDate(absl::string_view text) {
  size_t start = 0;
  int non_blank_lines = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == absl::string_view::npos) end = text.size();
    const absl::string_view line = text.substr(start, end - start);
    const bool blank = absl::StripAsciiWhitespace(line).empty();
    if (!blank) {
      ++non_blank_lines;
      const bool head = start < kHeadBytes || non_blank_lines <= kHeadLines;
      if (std::optional<PartialDate> date = DatelineDate(line, head)) {
        return FormatIsoDate(*date);
      }
    }
    start = end + 1;
  }
  return "";
}

}  // namespace partnerlens::extraction
