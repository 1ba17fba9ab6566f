#include "ingest_service/extraction/html_simplifier.h"

#include <iterator>
#include <memory>
#include <ostream>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "gumbo.h"

namespace partnerlens::extraction {
namespace {

struct Case {
  const char* name;
  const char* html;
  const char* want;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class SimplifyHtmlTest : public ::testing::TestWithParam<Case> {};

TEST_P(SimplifyHtmlTest, Rewrites) {
  const std::string out = SimplifyHtml(GetParam().html);
  EXPECT_EQ(out, GetParam().want);
  EXPECT_EQ(out.size(), std::string(GetParam().html).size());
}

INSTANTIATE_TEST_SUITE_P(
    Cases, SimplifyHtmlTest,
    ::testing::Values(
        Case{"BlanksAttributes", "<DIV class=\"a>b\">x</DIV>",
             "<div            >x</div>"},
        Case{"InlineTagsBecomeComments", "<b>bold</b> <a href=x>y</a>",
             "<!>bold<!x> <!xxxxxxx>y<!x>"},
        Case{"TablesBecomeDl", "<table><tr><td>a</td></tr></table>",
             "<dl   ><dl><dl>a</dl></dl></dl   >"},
        Case{"ItemsBecomeBreaks", "<ul><li>a<li>b</ul><hr/>",
             "<ul><br>a<br>b</ul><br >"},
        Case{"HiddenElementsWithContent",
             "a<script>if (a<b) x('</div>');</script>b<style>p{}</style>",
             "a<!xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx>b<!xxxxxxxxxxxxxxx>"},
        Case{"CommentsAndDoctype", "<!DOCTYPE html><!-- <div> -->x<!-->",
             "<!xxxxxxxxxxxx><!xxxxxxxxxxx>x<!xx>"},
        Case{"TitleTextStays", "<title>a<b>c</title>", "<title>a<b>c</title>"},
        Case{"LiteralLessThan", "a < b <3 c", "a < b <3 c"},
        Case{"StrayEndTagsBecomeComments", "</div></h2><p>x</p></li>",
             "<!xxx><!xx><p>x</p><!xx>"},
        Case{"CutOffTag", "x<div", "x<!xx"}),
    [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

TEST(SimplifyHtmlTest, DropsContainersPastMaxDepth) {
  EXPECT_EQ(SimplifyHtml("<div><div><div>x</div></div></div>", 2),
            "<div><div><!xx>x</div></div><!xxx>");
}

struct GumboDeleter {
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};

// Depth of gumbo's tree for `html` (the root <html> element is depth 1),
// measured with an explicit stack.
int ParsedDepth(const std::string& html) {
  std::unique_ptr<GumboOutput, GumboDeleter> output(gumbo_parse_with_options(
      &kGumboDefaultOptions, html.data(), html.size()));
  int deepest = 0;
  std::vector<std::pair<const GumboNode*, int>> stack = {{output->root, 1}};
  while (!stack.empty()) {
    const auto [node, depth] = stack.back();
    stack.pop_back();
    deepest = std::max(deepest, depth);
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (child->type == GUMBO_NODE_ELEMENT) {
        stack.emplace_back(child, depth + 1);
      }
    }
  }
  return deepest;
}

constexpr absl::string_view kSoupTags[] = {
    "div",   "section",  "article", "nav",    "ul",     "ol",
    "dl",    "pre",      "p",       "h1",     "h2",     "h3",
    "li",    "dd",       "table",   "tr",     "td",     "br",
    "title", "form",     "body",    "html",   "b",      "a",
    "i",     "span",     "button",  "select", "option", "svg",
    "math",  "template", "font",    "nobr",   "main",   "center"};

// Random tag soup over every kind of markup SimplifyHtml distinguishes,
// including the misnestings gumbo repairs in its own ways (unclosed p and
// headings, end tags that match nothing, </body>, forms, lists, tables).
std::string TagSoup(std::mt19937& random, int tags) {
  std::string html;
  for (int i = 0; i < tags; ++i) {
    const absl::string_view tag = kSoupTags[random() % std::size(kSoupTags)];
    const bool end = random() % 3 == 0;
    absl::StrAppend(&html, end ? "</" : "<", tag, ">x");
  }
  return html;
}

TEST(SimplifyHtmlTest, BoundsGumboDepthOnTagSoup) {
  constexpr int kMaxDepth = 6;
  std::mt19937 random(11);
  for (int doc = 0; doc < 300; ++doc) {
    const std::string html = TagSoup(random, 300);
    const std::string simple = SimplifyHtml(html, kMaxDepth);
    ASSERT_EQ(simple.size(), html.size());
    ASSERT_LE(ParsedDepth(simple), kMaxDepth + 4) << html;
  }
}

TEST(SimplifyHtmlTest, BoundsGumboDepthOnKnownTraps) {
  constexpr int kMaxDepth = 6;
  for (const char* unit :
       {"<div>", "<p><div></p>", "<h1><div></h1><section></div>",
        "<form><div></form>", "<ul><li><ol></li>", "<div></body>",
        "<div><table></div>", "<b><i><u><s>", "<h1><h2></h2><div></h1>"}) {
    std::string html;
    for (int i = 0; i < 500; ++i) html += unit;
    EXPECT_LE(ParsedDepth(SimplifyHtml(html, kMaxDepth)), kMaxDepth + 4)
        << unit;
  }
}

TEST(SimplifyHtmlTest, DeepNestingParsesQuickly) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep";
  const std::string simple = SimplifyHtml(html);
  EXPECT_LE(ParsedDepth(simple), kMaxHtmlDepth + 4);
}

}  // namespace
}  // namespace partnerlens::extraction
