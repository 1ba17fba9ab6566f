// Tests of FindHtmlPublishedDate (html_meta.h).

#include "ingest_service/extraction/html_meta.h"

#include <string>

#include "gtest/gtest.h"

namespace partnerlens::extraction {
namespace {

struct MetaCase {
  const char* html;
  const char* date;
};

class HtmlMetaTest : public ::testing::TestWithParam<MetaCase> {};

TEST_P(HtmlMetaTest, ReadsThePublicationDateKeys) {
  EXPECT_EQ(FindHtmlPublishedDate(GetParam().html), GetParam().date)
      << GetParam().html;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, HtmlMetaTest,
    ::testing::Values(
        MetaCase{"<head><meta property=\"article:published_time\" "
                 "content=\"2022-08-03T09:12:00Z\"></head>",
                 "2022-08-03"},
        // Attribute order, case and quoting vary.
        MetaCase{"<META CONTENT='2021/05/07' NAME=PubDate>", "2021-05-07"},
        MetaCase{"<meta itemprop=datePublished content=2020-11 />", "2020-11"},
        // Other meta tags and non-dates are skipped.
        MetaCase{"<meta name=\"description\" content=\"2022-01-01\">"
                 "<meta name=\"date\" content=\"soon\">"
                 "<meta name=\"dc.date\" content=\"2019-12-31\">",
                 "2019-12-31"},
        MetaCase{"<meta name=\"date\" content=\"2019-13-01\">", ""},
        MetaCase{"<p>2022-08-03</p><metadata content=\"2022-08-03\">", ""},
        // Unterminated markup ends the scan without reading past the end;
        // a cut-off day leaves the month.
        MetaCase{"<meta name=\"pubdate\" content=\"2022-08-0", "2022-08"},
        MetaCase{"<meta", ""}, MetaCase{"", ""}));

TEST(HtmlMetaTest, ManyTagsStayLinear) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<meta name=x content=y>";
  html += "<meta name=pubdate content=2022-01-02>";
  // Past kMaxMetaTags, tags are no longer read.
  EXPECT_EQ(FindHtmlPublishedDate(html), "");
}

}  // namespace
}  // namespace partnerlens::extraction
