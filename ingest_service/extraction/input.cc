#include "ingest_service/extraction/input.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"

#include "ingest_service/extraction/html_meta.h"
#include "ingest_service/extraction/html_text.h"
#include "ingest_service/extraction/mapped_text.h"
#include "ingest_service/extraction/text_normalizer.h"

namespace partnerlens::extraction {
namespace {

// Tag names that mark content of format kGuess as HTML.
bool IsHtmlTagName(absl::string_view name) {
  static const auto* names = new absl::flat_hash_set<std::string>{
      "a",      "article", "b",       "base", "blockquote", "body",   "br",
      "center", "dd",      "div",     "dl",   "em",         "font",   "footer",
      "form",   "h1",      "h2",      "h3",   "h4",         "h5",     "h6",
      "head",   "header",  "hr",      "html", "i",          "iframe", "img",
      "li",     "link",    "main",    "meta", "nav",        "ol",     "p",
      "pre",    "script",  "section", "span", "strong",     "style",  "table",
      "tbody",  "td",      "title",   "tr",   "u",          "ul"};
  return names->contains(absl::AsciiStrToLower(name));
}

bool ReadAsHtml(const ArticleInput& input) {
  switch (input.format) {
    case ContentFormat::kHtml:
      return true;
    case ContentFormat::kText:
      return false;
    case ContentFormat::kGuess:
      break;
  }
  return LooksLikeHtml(input.content);
}

MappedText DropBoilerplate(const MappedText& lines,
                           const BoilerplateRules& rules) {
  if (lines.text.empty()) return lines;
  const std::vector<absl::string_view> split = absl::StrSplit(lines.text, '\n');
  const std::vector<bool> drop = FindBoilerplateLines(split, rules);
  MappedTextBuilder out;
  for (size_t i = 0; i < split.size(); ++i) {
    if (drop[i]) continue;
    const auto begin =
        static_cast<int32_t>(split[i].data() - lines.text.data());
    const auto end = begin + static_cast<int32_t>(split[i].size());
    if (!out.empty()) out.AppendRange(lines, begin - 1, begin);  // the "\n"
    out.AppendRange(lines, begin, end);
  }
  return std::move(out).Finish();
}

std::string NormalizeTitle(absl::string_view title) {
  std::string text = NormalizeLines(title, {}).text;
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

}  // namespace

bool LooksLikeHtml(absl::string_view content) {
  absl::ConsumePrefix(&content, "\xEF\xBB\xBF");
  content = absl::StripLeadingAsciiWhitespace(content);
  if (!absl::ConsumePrefix(&content, "<")) return false;
  if (absl::StartsWith(content, "!--") ||
      absl::StartsWithIgnoreCase(content, "!doctype") ||
      absl::StartsWithIgnoreCase(content, "?xml")) {
    return true;
  }
  size_t end = 0;
  while (end < content.size() && absl::ascii_isalnum(content[end])) ++end;
  if (end == 0 || end > 10) return false;
  if (end < content.size() && !absl::ascii_isspace(content[end]) &&
      content[end] != '>' && content[end] != '/') {
    return false;
  }
  return IsHtmlTagName(content.substr(0, end));
}

NormalizedText NormalizeInput(const ArticleInput& input,
                              const BoilerplateRules& rules) {
  NormalizedText result;
  result.was_html = ReadAsHtml(input);
  MappedText lines;
  if (result.was_html) {
    const HtmlText html = ExtractHtmlText(input.content);
    lines = NormalizeLines(html.body.text, html.body.anchors);
    result.title = NormalizeTitle(html.title);
    result.page_date = FindHtmlPublishedDate(input.content);
  } else {
    const OffsetAnchor identity[] = {{0, 0}};
    lines = NormalizeLines(input.content, identity);
  }
  MappedText kept = DropBoilerplate(lines, rules);
  result.text = std::move(kept.text);
  result.anchors = std::move(kept.anchors);
  return result;
}

int32_t SourceOffset(const NormalizedText& text, int32_t normalized_offset) {
  return MapOffset(text.anchors, normalized_offset);
}

}  // namespace partnerlens::extraction
