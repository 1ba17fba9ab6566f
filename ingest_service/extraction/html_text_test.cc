#include "ingest_service/extraction/html_text.h"

#include <cstdint>
#include <ostream>
#include <string>

#include "gtest/gtest.h"

namespace partnerlens::extraction {
namespace {

struct Case {
  const char* name;
  std::string html;
  std::string body;
  std::string title;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class ExtractHtmlTextTest : public ::testing::TestWithParam<Case> {};

// Lines of the body with empty ones dropped, joined by "|", spaces
// collapsed: what the normaliser will make of it.
std::string Lines(const std::string& text) {
  std::string out;
  bool space = false;
  bool line_has_text = false;
  for (char c : text) {
    if (c == '\n') {
      if (line_has_text) out += '|';
      line_has_text = false;
      space = false;
    } else if (c == ' ') {
      space = line_has_text;
    } else {
      if (space) out += ' ';
      space = false;
      line_has_text = true;
      out += c;
    }
  }
  if (!out.empty() && out.back() == '|') out.pop_back();
  return out;
}

TEST_P(ExtractHtmlTextTest, KeepsBodyAndTitle) {
  const HtmlText text = ExtractHtmlText(GetParam().html);
  EXPECT_EQ(Lines(text.body.text), GetParam().body);
  EXPECT_EQ(text.title, GetParam().title);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ExtractHtmlTextTest,
    ::testing::Values(
        Case{"PrefersArticle",
             "<html><head><title>T</title></head><body>"
             "<div class=menu><p>Home news sports weather and other links "
             "to the rest of the site</p></div>"
             "<article><h1>Head</h1><p>The first paragraph.</p><p>The "
             "second paragraph.</p></article></body></html>",
             "Head|The first paragraph.|The second paragraph.", "T"},
        Case{"ThenMain",
             "<body><div><p>A side remark that is not the story.</p></div>"
             "<main><p>Story text.</p><p>More story.</p></main></body>",
             "Story text.|More story.", ""},
        Case{"SmallArticleTeasersLoseToTheBody",
             "<body><div><p>The story has a long first paragraph here.</p>"
             "<p>And a long second paragraph, too, with detail.</p></div>"
             "<article><p>Teaser</p></article></body>",
             "The story has a long first paragraph here.|And a long second "
             "paragraph, too, with detail.",
             ""},
        Case{"BlockWithMostParagraphText",
             "<body><div id=nav>Home | News | About us | Contact</div>"
             "<div id=content><h1>Headline</h1><p>First paragraph of the "
             "story.</p><p>Second paragraph of the story.</p></div>"
             "<div id=footer>Copyright</div></body>",
             "Headline|First paragraph of the story.|Second paragraph of the "
             "story.",
             "Headline"},
        Case{"WidensToSiblingBlocks",
             "<body><div id=c><div><p>Part one of the story, long "
             "enough.</p></div><div><p>Part two of the story, long "
             "enough.</p></div></div><div><p>x</p></div></body>",
             "Part one of the story, long enough.|Part two of the story, long "
             "enough.",
             ""},
        Case{"KeepsHeadlineAndDatelineBeforeTheBody",
             "<body><ul><li>Home<li>News</ul><div><h2>Headline</h2>"
             "<div>Release time: 2024-04-18 Views: 12</div><div>"
             "<p>First long paragraph of the story text.</p><p>Second long "
             "paragraph of the story text.</p></div><div>Share to: x</div>"
             "</div></body>",
             "Headline|Release time: 2024-04-18 Views: 12|First long "
             "paragraph of the story text.|Second long paragraph of the "
             "story text.",
             ""},
        Case{"LeavesAFarHeadline",
             "<body><h1>Site</h1><div>" + std::string(500, 'm') +
                 "</div>"
                 "<div><p>First long paragraph of the story text, longer than "
                 "the menu.</p><p>" +
                 std::string(600, 's') + "</p></div></body>",
             "First long paragraph of the story text, longer than the menu.|" +
                 std::string(600, 's'),
             "Site"},
        Case{"SkipsNavAsideFooterHeaderScripts",
             "<body><header>Site</header><nav>Menu</nav><p>Story one.</p>"
             "<aside>Ad</aside><script>var x = '<p>no</p>';</script>"
             "<style>p { }</style><p>Story two.</p><footer>(c)</footer>"
             "<form><button>Go</button><select><option>A</select></form>"
             "</body>",
             "Story one.|Story two.", ""},
        Case{"KeepsTheArticlesOwnHeader",
             "<article><header><h1>Title</h1><time>2024-05-17</time>"
             "</header><p>Body.</p><footer>Share</footer></article>",
             "Title|2024-05-17|Body.", "Title"},
        Case{"BlocksAndBreaksEndLines",
             "<div>a<br>b<ul><li>c<li>d</ul><table><tr><td>e<td>f</table>"
             "</div>",
             "a|b|c|d|e|f", ""},
        Case{"InlineMarkupJoinsWords",
             "<p>Hel<b>lo</b> <a href='/x'>wor</a>ld, <span>again</span></p>",
             "Hello world, again", ""},
        Case{"EntitiesDecoded",
             "<p>AT&amp;T &lt;3 caf&eacute; &#8220;q&#x201d;&nbsp;x</p>",
             "AT&T <3 caf\u00e9 \u201cq\u201d\u00a0x", ""},
        Case{"PreKeepsLines", "<pre>a\nb</pre><p>c\nd</p>", "a|b|c d", ""},
        Case{"TitleEntitiesAndFallback",
             "<title>A &amp; B</title><h1>H</h1><p>x</p>", "H|x", "A & B"},
        Case{"PlainTextInHtml", "just text", "just text", ""},
        Case{"Empty", "", "", ""}),
    [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

// The body text at each anchor, and at every ASCII word, is the HTML text
// at the mapped offset.
TEST(ExtractHtmlTextTest, OffsetsPointIntoTheHtml) {
  const std::string html =
      "<html><body><p class=x>Alpha <b>beta</b> &amp; gamma</p>\r\n"
      "<div>delta&nbsp;epsilon &#169; zeta</div>\xff<p>eta</p></body></html>";
  const HtmlText text = ExtractHtmlText(html);
  for (const char* word :
       {"Alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"}) {
    const size_t at = text.body.text.find(word);
    ASSERT_NE(at, std::string::npos) << word;
    const int32_t source =
        MapOffset(text.body.anchors, static_cast<int32_t>(at));
    EXPECT_EQ(html.substr(source, std::string(word).size()), word);
  }
  const size_t amp = text.body.text.find('&');
  EXPECT_EQ(
      html.substr(MapOffset(text.body.anchors, static_cast<int32_t>(amp)), 5),
      "&amp;");
}

TEST(ExtractHtmlTextTest, DeeplyNestedMarkupFinishes) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div><span>";
  html += "deep text";
  for (int i = 0; i < 100000; ++i) html += "</span></div>";
  const HtmlText text = ExtractHtmlText(html);
  EXPECT_EQ(Lines(text.body.text), "deep text");
  const size_t at = text.body.text.find("deep");
  EXPECT_EQ(MapOffset(text.body.anchors, static_cast<int32_t>(at)),
            static_cast<int32_t>(html.find("deep")));
}

TEST(ExtractHtmlTextTest, ParagraphTrapsFinish) {
  std::string html;
  for (int i = 0; i < 50000; ++i) html += "<p><div></p>";
  html += "end";
  EXPECT_EQ(Lines(ExtractHtmlText(html).body.text), "end");
}

}  // namespace
}  // namespace partnerlens::extraction
