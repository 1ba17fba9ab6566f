#include "ingest_service/extraction/html_meta.h"

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

#include "ingest_service/extraction/date_finder.h"

namespace partnerlens::extraction {
namespace {

// Keys that name a page's publication date, lower case. These are markup
// conventions (Open Graph, schema.org, Dublin Core, common CMS names), not
// language, so they live here rather than in a data file.
bool IsPublishedKey(absl::string_view key) {
  static constexpr absl::string_view kKeys[] = {"article:published_time",
                                                "og:published_time",
                                                "datepublished",
                                                "pubdate",
                                                "publishdate",
                                                "publish-date",
                                                "publish_date",
                                                "dc.date",
                                                "dc.date.issued",
                                                "dcterms.created",
                                                "dcterms.issued",
                                                "date",
                                                "sailthru.date",
                                                "parsely-pub-date",
                                                "article.published"};
  for (absl::string_view k : kKeys) {
    if (absl::EqualsIgnoreCase(key, k)) return true;
  }
  return false;
}

bool IsNameChar(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == ':' ||
         c == '_' || c == '.' || c == '-';
}

// One tag's attributes, read from `pos` (just after the tag name) to its
// '>'; `pos` ends after the '>' or at the end of the page.
struct MetaAttributes {
  absl::string_view key;      // property, name or itemprop
  absl::string_view content;  // content
};

MetaAttributes ReadAttributes(absl::string_view html, size_t& pos) {
  MetaAttributes out;
  while (pos < html.size() && html[pos] != '>') {
    if (!IsNameChar(html[pos])) {
      ++pos;
      continue;
    }
    const size_t name_begin = pos;
    while (pos < html.size() && IsNameChar(html[pos])) ++pos;
    const absl::string_view name = html.substr(name_begin, pos - name_begin);
    while (pos < html.size() && absl::ascii_isspace(html[pos])) ++pos;
    if (pos >= html.size() || html[pos] != '=') continue;
    ++pos;
    while (pos < html.size() && absl::ascii_isspace(html[pos])) ++pos;
    absl::string_view value;
    if (pos < html.size() && (html[pos] == '"' || html[pos] == '\'')) {
      const char quote = html[pos++];
      const size_t end = html.find(quote, pos);
      const size_t stop = end == absl::string_view::npos ? html.size() : end;
      value = html.substr(pos, stop - pos);
      pos = stop == html.size() ? stop : stop + 1;
    } else {
      const size_t begin = pos;
      while (pos < html.size() && html[pos] != '>' &&
             !absl::ascii_isspace(html[pos])) {
        ++pos;
      }
      value = html.substr(begin, pos - begin);
    }
    if (absl::EqualsIgnoreCase(name, "content")) {
      out.content = value;
    } else if (absl::EqualsIgnoreCase(name, "property") ||
               absl::EqualsIgnoreCase(name, "name") ||
               absl::EqualsIgnoreCase(name, "itemprop")) {
      out.key = value;
    }
  }
  if (pos < html.size()) ++pos;
  return out;
}

int Digits(absl::string_view s, size_t begin, size_t count) {
  if (begin + count > s.size()) return -1;
  int value = 0;
  for (size_t i = begin; i < begin + count; ++i) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(s[i]))) return -1;
    value = value * 10 + (s[i] - '0');
  }
  return value;
}

// "2022-08-03T09:12:00Z", "2022/08/03", "2022-08" -> ISO 8601; "" else.
std::string LeadingDate(absl::string_view value) {
  value = absl::StripLeadingAsciiWhitespace(value);
  PartialDate date;
  date.year = Digits(value, 0, 4);
  if (date.year < 1000 || value.size() < 7 ||
      (value[4] != '-' && value[4] != '/')) {
    return "";
  }
  date.month = Digits(value, 5, 2);
  if (date.month < 0) return "";
  if (value.size() >= 10 && value[7] == value[4]) {
    date.day = Digits(value, 8, 2);
    if (date.day < 0) return "";
  }
  return IsValidDate(date) ? FormatIsoDate(date) : "";
}

}  // namespace

std::string FindHtmlPublishedDate(absl::string_view html) {
  int tags = 0;
  size_t pos = 0;
  while (tags < kMaxMetaTags) {
    const size_t open = html.find('<', pos);
    if (open == absl::string_view::npos) return "";
    pos = open + 1;
    if (!absl::StartsWithIgnoreCase(html.substr(pos), "meta") ||
        pos + 4 >= html.size() ||
        !(absl::ascii_isspace(html[pos + 4]) || html[pos + 4] == '/')) {
      continue;
    }
    ++tags;
    pos += 4;
    const MetaAttributes meta = ReadAttributes(html, pos);
    if (!IsPublishedKey(meta.key)) continue;
    std::string date = LeadingDate(meta.content);
    if (!date.empty()) return date;
  }
  return "";
}

}  // namespace partnerlens::extraction
