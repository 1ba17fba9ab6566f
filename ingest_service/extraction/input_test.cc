#include "ingest_service/extraction/input.h"

#include <cstdint>
#include <ostream>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "gtest/gtest.h"

#include "ingest_service/extraction/embedded_data.h"

namespace partnerlens::extraction {
namespace {

constexpr int kMiB = 1 << 20;

const BoilerplateRules& Rules() {
  static const BoilerplateRules* rules = [] {
    for (int i = 0; i < kEmbeddedFileCount; ++i) {
      if (absl::string_view(kEmbeddedFiles[i].name) == "boilerplate.txt") {
        auto parsed = ParseBoilerplateRules(kEmbeddedFiles[i].contents);
        EXPECT_TRUE(parsed.ok()) << parsed.status();
        if (parsed.ok()) return new BoilerplateRules(*parsed);
      }
    }
    ADD_FAILURE() << "boilerplate.txt is not embedded";
    return new BoilerplateRules();
  }();
  return *rules;
}

NormalizedText Read(absl::string_view content,
                    ContentFormat format = ContentFormat::kGuess) {
  ArticleInput input;
  input.content = std::string(content);
  input.format = format;
  return NormalizeInput(input, Rules());
}

TEST(LooksLikeHtmlTest, Decides) {
  EXPECT_TRUE(LooksLikeHtml("<!DOCTYPE html><html>"));
  EXPECT_TRUE(LooksLikeHtml("\xEF\xBB\xBF \n <html lang=en>"));
  EXPECT_TRUE(LooksLikeHtml("<!-- saved page -->"));
  EXPECT_TRUE(LooksLikeHtml("<div class=x>text</div>"));
  EXPECT_TRUE(LooksLikeHtml("<P>text"));
  EXPECT_TRUE(LooksLikeHtml("<br/>"));
  EXPECT_TRUE(LooksLikeHtml("<?xml version=\"1.0\"?><html>"));
  EXPECT_FALSE(LooksLikeHtml("Huawei <and> Jinan"));
  EXPECT_FALSE(LooksLikeHtml("<Huawei> signs"));
  EXPECT_FALSE(LooksLikeHtml("<3 partnerships"));
  EXPECT_FALSE(LooksLikeHtml("Text with <p> later"));
  EXPECT_FALSE(LooksLikeHtml(""));
}

TEST(NormalizeInputTest, FormatOverridesTheGuess) {
  EXPECT_TRUE(Read("plain <b>words</b>", ContentFormat::kHtml).was_html);
  const NormalizedText text = Read("<p>x</p>", ContentFormat::kText);
  EXPECT_FALSE(text.was_html);
  EXPECT_EQ(text.text, "<p>x</p>");
}

struct Case {
  const char* name;
  std::string content;
  std::string want;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class NormalizeTextInputTest : public ::testing::TestWithParam<Case> {};

TEST_P(NormalizeTextInputTest, Reads) {
  const NormalizedText text = Read(GetParam().content);
  EXPECT_FALSE(text.was_html);
  EXPECT_EQ(text.text, GetParam().want);
  ASSERT_FALSE(text.anchors.empty());
  EXPECT_EQ(text.anchors.front().normalized, 0);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, NormalizeTextInputTest,
    ::testing::Values(
        Case{"SeedCredits",
             "On April 17, the two sides met.\nThey agreed.\n-END-\n"
             "Image source/ School of Computer Science\nLayout/ Li Xiyao\n"
             "Editor/ Yang Muyun, Yang Haoyu\n"
             "Final Review/ Han Shuying, Zhang Miaomiao\n"
             "Submission Email/ [email protected]",
             "On April 17, the two sides met.\nThey agreed."},
        Case{"HeadlineCaptionAndLikes",
             "Xiaomi Leads a Community\n\nTapTechNews May 29th news.\n\n"
             " Xiaomi Leads a Community_0\n\nBody.\n\nLikes",
             "Xiaomi Leads a Community\nTapTechNews May 29th news.\nBody."},
        Case{"RepeatedLeadAndDateline",
             "Reporter Xia Houfengchao Recently, there was news.\r\n\r\n"
             "2024/05/1705:17:32 technology 1770\r\n\r\n"
             "reporter Xia Houfengchao\r\n\r\nBody one.\r\n\r\n"
             "Reporter Xia Houfengchao Recently, there was news.\r\n\r\n"
             "Jinan\u2019s \u201cplan\u201d\r\n\r\ntechnology Category "
             "Latest News",
             "Reporter Xia Houfengchao Recently, there was news.\n"
             "2024/05/1705:17:32 technology 1770\nBody one.\n"
             "Jinan's \"plan\""},
        Case{"DatedCreditLinesStay",
             "Title\n\nPublished: 2014-12-18\nEditor: Li Si\nViews: 99\n"
             "December 31, 2019\nBody.",
             "Title\nPublished: 2014-12-18\nDecember 31, 2019\nBody."},
        Case{"ButtonsAndCopyright",
             "Body.\nShare\nPrint\nClose\nBack to top\nGo back\n"
             "Copyright \u00a9 2024 Example University. All rights reserved.",
             "Body."}),
    [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

TEST(NormalizeInputTest, HtmlBodyTitleAndBoilerplate) {
  const std::string html =
      "<!DOCTYPE html><html><head><title>Huawei &amp; Jinan</title>"
      "<script>var views = 1;</script></head><body>"
      "<nav><a href=/>Home</a></nav><div class=article>"
      "<h1>Huawei &amp; Jinan</h1><p>Views: 1770</p>"
      "<p>Huawei \u2014 the company \u2014 settles in Jinan.</p>"
      "<p>Both parties&nbsp;signed an agreement.</p>"
      "<p>Editor: Wang Wu</p></div></body></html>";
  const NormalizedText text = Read(html);
  EXPECT_TRUE(text.was_html);
  EXPECT_EQ(text.title, "Huawei & Jinan");
  EXPECT_EQ(text.text,
            "Huawei & Jinan\nHuawei - the company - settles in Jinan.\n"
            "Both parties signed an agreement.");
  const size_t at = text.text.find("signed");
  EXPECT_EQ(SourceOffset(text, static_cast<int32_t>(at)),
            static_cast<int32_t>(html.find("signed")));
}

// Every word of the normalised text is, after normalisation, the submitted
// text between the mapped offsets of its first and last bytes (ASCII
// content; in HTML, words within one text node).
void ExpectWordsRoundTrip(absl::string_view content) {
  const NormalizedText text = Read(content);
  int words = 0;
  for (absl::string_view line : absl::StrSplit(text.text, '\n')) {
    for (absl::string_view word : absl::StrSplit(line, ' ')) {
      const auto at = static_cast<int32_t>(word.data() - text.text.data());
      const int32_t first = SourceOffset(text, at);
      const int32_t last =
          SourceOffset(text, at + static_cast<int32_t>(word.size()) - 1);
      EXPECT_EQ(
          Read(content.substr(first, last + 1 - first), ContentFormat::kText)
              .text,
          word);
      ++words;
    }
  }
  EXPECT_GT(words, 10);
}

TEST(NormalizeInputTest, OffsetsRoundTripForText) {
  ExpectWordsRoundTrip(
      "  Lenovo Group and  the\tUniversity\r\nsigned an agreement.\n\n\n"
      "Likes\nViews: 10\nThe   two sides will build a joint lab.\x01\n"
      "Editor: Li\nIt is reported that the lab opens in May.");
}

TEST(NormalizeInputTest, OffsetsRoundTripForHtml) {
  ExpectWordsRoundTrip(
      "<html><body><div><p>Lenovo <b>Group</b> and the University\n"
      "signed an <i>agreement</i> today.</p><p>Share</p><p>The two sides will "
      "build a joint lab.</p>\r\n<p>It is <a href='x'>reported</a> that the "
      "lab opens in May.</p></div></body></html>");
}

TEST(SourceOffsetTest, BinarySearchesTheAnchors) {
  NormalizedText text;
  text.text = std::string(30, 'x');
  text.anchors = {{0, 5}, {10, 40}, {20, 41}};
  EXPECT_EQ(SourceOffset(text, 0), 5);
  EXPECT_EQ(SourceOffset(text, 9), 14);
  EXPECT_EQ(SourceOffset(text, 10), 40);
  EXPECT_EQ(SourceOffset(text, 19), 49);
  EXPECT_EQ(SourceOffset(text, 20), 41);
  EXPECT_EQ(SourceOffset(text, 30), 51);
  EXPECT_EQ(SourceOffset(NormalizedText(), 7), 7);
}

TEST(PathologicalInputTest, OneRepeatedCharacter) {
  const NormalizedText text = Read(std::string(kMiB, 'a'));
  EXPECT_EQ(text.text, std::string(kMiB, 'a'));
  EXPECT_EQ(text.anchors.size(), 1u);
}

TEST(PathologicalInputTest, RepeatedCharacterLines) {
  std::string content;
  for (int i = 0; i < kMiB / 2; ++i) content += "a\n";
  EXPECT_EQ(Read(content).text.size(), static_cast<size_t>(kMiB - 1));
}

TEST(PathologicalInputTest, NoNewline) {
  std::string content;
  while (content.size() < static_cast<size_t>(kMiB)) {
    content += "word,  and  ";
  }
  const NormalizedText text = Read(content);
  EXPECT_EQ(text.text.find('\n'), std::string::npos);
  EXPECT_EQ(text.text.size(), content.size() / 12 * 10 - 1);
}

TEST(PathologicalInputTest, InvalidUtf8Throughout) {
  std::string content;
  for (int i = 0; i < kMiB; ++i) content += static_cast<char>(0x80 + i % 64);
  const NormalizedText text = Read(content);
  ASSERT_EQ(text.text.size(), static_cast<size_t>(3 * kMiB));
  EXPECT_EQ(text.text.substr(0, 6), "\ufffd\ufffd");
  EXPECT_EQ(SourceOffset(text, 3 * 1000), 1000);
}

TEST(PathologicalInputTest, InvalidUtf8InHtml) {
  std::string content = "<html><body><p>";
  for (int i = 0; i < kMiB; ++i) content += static_cast<char>(0xF8);
  const NormalizedText text = Read(content);
  EXPECT_TRUE(text.was_html);
  EXPECT_EQ(text.text.size(), static_cast<size_t>(3 * kMiB));
}

TEST(PathologicalInputTest, DeeplyNestedHtml) {
  std::string content;
  for (int i = 0; i < 100000; ++i) content += "<div>";
  content += "Deep story.";
  const NormalizedText text = Read(content);
  EXPECT_TRUE(text.was_html);
  EXPECT_EQ(text.text, "Deep story.");
  EXPECT_EQ(SourceOffset(text, 0), static_cast<int32_t>(content.find("Deep")));
}

TEST(PathologicalInputTest, MarkupThatNeverCloses) {
  for (const char* unit :
       {"<", "<a", "<!--", "<div title=\"", "&amp", "<script>", "</"}) {
    std::string content = "<html>";
    while (content.size() < static_cast<size_t>(kMiB)) content += unit;
    const NormalizedText text = Read(content);
    EXPECT_TRUE(text.was_html) << unit;
    EXPECT_LE(text.text.size(), content.size()) << unit;
  }
}

bool IsValidUtf8(absl::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const size_t n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    if ((b >= 0x80 && b < 0xC2) || b > 0xF4 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += n;
  }
  return true;
}

// Random mixtures of markup, entities, invalid bytes, line breaks and
// Unicode always give well-formed output.
TEST(PathologicalInputTest, RandomContentKeepsInvariants) {
  const std::vector<std::string> pieces = {
      "<p>",       "</p>",    "<div class='a>b'>",
      "</div>",    "<h1>",    "<b>",
      "<!--",      "-->",     "<script>",
      "</script>", "&amp;",   "&#x201c;",
      "&no",       "\xff",    "\xe2\x80",
      "\r\n",      "\n\n",    " \t ",
      "word",      "Likes",   "-END-",
      "\u2014",    "\u00a0",  "e\u0301",
      "<",         "<title>", "</title>",
      "<br>",      "<td>",    "<!DOCTYPE>"};
  std::mt19937 random(3);
  for (int doc = 0; doc < 400; ++doc) {
    std::string content = doc % 2 == 0 ? "<html>" : "";
    for (int i = 0; i < 200; ++i) content += pieces[random() % pieces.size()];
    const NormalizedText text = Read(content);
    ASSERT_FALSE(text.anchors.empty());
    EXPECT_EQ(text.anchors.front().normalized, 0);
    for (size_t i = 1; i < text.anchors.size(); ++i) {
      EXPECT_LT(text.anchors[i - 1].normalized, text.anchors[i].normalized);
    }
    EXPECT_TRUE(IsValidUtf8(text.text));
    for (const char* bad : {"\n\n", "  ", " \n", "\n ", "\r", "\t"}) {
      EXPECT_EQ(text.text.find(bad), std::string::npos) << content;
    }
    for (absl::string_view line : absl::StrSplit(text.text, '\n')) {
      const int32_t source = SourceOffset(
          text, static_cast<int32_t>(line.data() - text.text.data()));
      EXPECT_GE(source, 0);
      EXPECT_LE(source, static_cast<int32_t>(content.size()));
    }
  }
}

}  // namespace
}  // namespace partnerlens::extraction
