#include "ingest_service/extraction/html_text.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "gumbo.h"

#include "ingest_service/extraction/html_simplifier.h"

namespace partnerlens::extraction {
namespace {

// Share of the page's text (percent) an <article> or <main> must hold to
// be taken as the body.
constexpr int64_t kLandmarkShare = 30;
// A chosen block widens to its parent while it holds less than this share
// (percent) of the parent's <p> text.
constexpr int64_t kWidenShare = 65;
// A headline (h1-h3) before a body without one is kept, with what lies
// between (the dateline, say), when that is at most this many non-space
// bytes of text and this many elements.
constexpr int64_t kMaxHeadlineGap = 400;
constexpr int kMaxHeadlineDistance = 200;
// How many decoded code points one character reference may yield at most
// while the aligner looks for the original text again.
constexpr int kMaxReferenceCodePoints = 8;
// How far (bytes) the aligner looks for the original text again after a
// character gumbo replaced.
constexpr size_t kResyncWindow = 8;

const GumboOptions& ParseOptions() {
  static const GumboOptions options = [] {
    GumboOptions o = kGumboDefaultOptions;
    o.max_errors = 0;  // parse errors are not read; do not record them
    return o;
  }();
  return options;
}

struct GumboOutputDeleter {
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(&ParseOptions(), output);
  }
};

bool IsElement(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

GumboTag TagOf(const GumboNode* node) { return node->v.element.tag; }

const GumboNode* Child(const GumboNode* node, unsigned k) {
  return static_cast<const GumboNode*>(node->v.element.children.data[k]);
}

// Whether an element and its subtree are left out of the body text.
bool IsSkipped(GumboTag tag, bool in_article) {
  switch (tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
      return true;
    case GUMBO_TAG_HEADER:
      return !in_article;  // an article's own header holds its headline
    default:
      return false;
  }
}

int64_t CountNonSpace(absl::string_view text) {
  return std::count_if(text.begin(), text.end(),
                       [](char c) { return !absl::ascii_isspace(c); });
}

// One element of the page, with the text measures the body choice reads.
struct Element {
  const GumboNode* node = nullptr;
  int parent = -1;          // index in the element list
  bool skipped = false;     // it or an ancestor is skipped
  bool in_article = false;  // it or an ancestor is an <article>
  int64_t direct = 0;       // non-space bytes of its own text children
  int64_t total = 0;        // ... of all text in its subtree, unskipped
  int64_t paragraph = 0;    // paragraph score (see ExtractHtmlText)
  int64_t p_text = 0;       // non-space bytes of <p> text in its subtree
};

Element MakeElement(const GumboNode* node, int parent,
                    const std::vector<Element>& list) {
  Element e;
  e.node = node;
  e.parent = parent;
  const bool parent_in_article = parent >= 0 && list[parent].in_article;
  e.in_article = parent_in_article || TagOf(node) == GUMBO_TAG_ARTICLE;
  e.skipped = (parent >= 0 && list[parent].skipped) ||
              IsSkipped(TagOf(node), parent_in_article);
  return e;
}

// The elements under `root` in document order (parents before children),
// walked with an explicit stack.
std::vector<Element> ListElements(const GumboNode* root) {
  std::vector<Element> list;
  std::vector<std::pair<const GumboNode*, int>> stack = {{root, -1}};
  while (!stack.empty()) {
    const auto [node, parent] = stack.back();
    stack.pop_back();
    Element e = MakeElement(node, parent, list);
    const int index = static_cast<int>(list.size());
    for (unsigned k = node->v.element.children.length; k-- > 0;) {
      const GumboNode* child = Child(node, k);
      if (IsElement(child)) {
        stack.emplace_back(child, index);
      } else if (child->type == GUMBO_NODE_TEXT ||
                 child->type == GUMBO_NODE_CDATA) {
        e.direct += CountNonSpace(child->v.text.text);
      }
    }
    list.push_back(e);
  }
  return list;
}

// Adds up the text measures, children before parents.
void Score(std::vector<Element>& list) {
  for (size_t i = list.size(); i-- > 0;) {
    Element& e = list[i];
    if (e.skipped) continue;
    const bool is_p = TagOf(e.node) == GUMBO_TAG_P;
    e.total += e.direct;
    (is_p ? e.p_text : e.paragraph) += e.direct;
    if (e.parent < 0) continue;
    Element& parent = list[e.parent];
    parent.total += e.total;
    parent.p_text += e.p_text;
    if (!is_p) continue;
    parent.paragraph += e.direct;
    if (parent.parent >= 0) list[parent.parent].paragraph += e.direct / 2;
  }
}

int FirstWithTag(const std::vector<Element>& list, GumboTag tag) {
  for (size_t i = 0; i < list.size(); ++i) {
    if (TagOf(list[i].node) == tag) return static_cast<int>(i);
  }
  return -1;
}

// The unskipped element with the largest `measure` (the first of equals)
// among those `eligible`, or -1 when all measure 0.
template <typename Measure, typename Eligible>
int Best(const std::vector<Element>& list, Measure measure, Eligible eligible) {
  int best = -1;
  for (size_t i = 0; i < list.size(); ++i) {
    const Element& e = list[i];
    if (e.skipped || !eligible(e) || measure(e) <= 0) continue;
    if (best < 0 || measure(e) > measure(list[best])) {
      best = static_cast<int>(i);
    }
  }
  return best;
}

// Widens `best` to its parent while it holds too little of the parent's
// <p> text.
int Widen(const std::vector<Element>& list, int best) {
  while (list[best].parent >= 0) {
    const Element& parent = list[list[best].parent];
    if (TagOf(parent.node) == GUMBO_TAG_HTML ||
        list[best].p_text * 100 >= parent.p_text * kWidenShare) {
      break;
    }
    best = list[best].parent;
  }
  return best;
}

int ChooseBody(const std::vector<Element>& list) {
  int body = FirstWithTag(list, GUMBO_TAG_BODY);
  if (body < 0) body = 0;
  const int64_t page_total = list[body].total;
  for (GumboTag tag : {GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN}) {
    const int best = Best(
        list, [](const Element& e) { return e.total; },
        [tag](const Element& e) { return TagOf(e.node) == tag; });
    if (best >= 0 && list[best].total * 100 >= page_total * kLandmarkShare) {
      return best;
    }
  }
  const int best = Best(
      list, [](const Element& e) { return e.paragraph; },
      [](const Element& e) {
        return TagOf(e.node) != GUMBO_TAG_P && TagOf(e.node) != GUMBO_TAG_HTML;
      });
  return best < 0 ? body : Widen(list, best);
}

size_t Utf8Length(absl::string_view s, size_t i) {
  const auto b = static_cast<uint8_t>(s[i]);
  const size_t n = b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  return std::min(n, s.size() - i);
}

// End of the character reference that may start at s[i] == '&': "&name;",
// "&#123;", "&#x1F;", the ';' optional.
size_t ReferenceEnd(absl::string_view s, size_t i) {
  constexpr size_t kMaxLength = 40;
  size_t k = i + 1;
  if (k < s.size() && s[k] == '#') {
    ++k;
    if (k < s.size() && (s[k] == 'x' || s[k] == 'X')) ++k;
    while (k < s.size() && k - i < kMaxLength && absl::ascii_isxdigit(s[k])) {
      ++k;
    }
  } else {
    while (k < s.size() && k - i < kMaxLength && absl::ascii_isalnum(s[k])) {
      ++k;
    }
  }
  if (k < s.size() && s[k] == ';') ++k;
  return k;
}

// One step of aligning a text node's decoded text with its original text.
struct Step {
  size_t decoded;    // decoded bytes this step covers
  size_t next_orig;  // where the original text continues
};

// Decoded bytes of the character reference orig[i, end): code points up to
// where the decoded text agrees with the original again.
size_t ReferenceLength(absl::string_view orig, size_t end,
                       absl::string_view dec, size_t j) {
  if (end >= orig.size()) return dec.size() - j;
  size_t k = j;
  int code_points = 0;
  do {
    k += Utf8Length(dec, k);
    ++code_points;
  } while (k < dec.size() && code_points < kMaxReferenceCodePoints &&
           dec[k] != orig[end]);
  return k - j;
}

// Where orig (from i) agrees again with dec[j]; i itself when not nearby.
size_t Resync(absl::string_view orig, size_t i, absl::string_view dec,
              size_t j) {
  if (j >= dec.size()) return orig.size();
  for (size_t k = i; k < orig.size() && k < i + kResyncWindow; ++k) {
    if (orig[k] == dec[j]) return k;
  }
  return i;
}

// Aligns at a point where orig[i] and dec[j] differ or orig[i] is '&'.
Step AlignStep(absl::string_view orig, size_t i, absl::string_view dec,
               size_t j) {
  if (i >= orig.size()) return {dec.size() - j, i};
  if (orig[i] == '&') {
    const size_t end = ReferenceEnd(orig, i);
    if (end > i + 1 &&
        !absl::StartsWith(dec.substr(j), orig.substr(i, end - i))) {
      return {ReferenceLength(orig, end, dec, j), end};
    }
    if (dec[j] == '&') return {1, i + 1};
  }
  if (orig[i] == '\0' && !absl::StartsWith(dec.substr(j), "\xEF\xBF\xBD")) {
    return {0, i + 1};  // a NUL gumbo dropped
  }
  // A character gumbo replaced (CR, invalid UTF-8, NUL).
  const size_t length = Utf8Length(dec, j);
  return {length, Resync(orig, i + 1, dec, j + length)};
}

size_t CommonRun(absl::string_view orig, size_t i, absl::string_view dec,
                 size_t j) {
  size_t n = 0;
  while (i + n < orig.size() && j + n < dec.size() &&
         orig[i + n] == dec[j + n] && orig[i + n] != '&') {
    ++n;
  }
  return n;
}

// Writes text nodes and block breaks as HtmlText::body describes.
class BodyWriter {
 public:
  void Text(const GumboText& node, bool in_pre) {
    const absl::string_view orig(node.original_text.data,
                                 node.original_text.length);
    const absl::string_view dec(node.text);
    const auto base = static_cast<int32_t>(node.start_pos.offset);
    size_t i = 0;
    size_t j = 0;
    while (j < dec.size()) {
      const size_t run = CommonRun(orig, i, dec, j);
      const Step step =
          run > 0 ? Step{run, i + run} : AlignStep(orig, i, dec, j);
      Put(dec.substr(j, step.decoded), base + static_cast<int32_t>(i), in_pre);
      i = step.next_orig;
      j += step.decoded;
    }
  }

  void Break() {
    if (!builder_.empty() && builder_.back() != '\n') {
      builder_.AppendContinuation("\n");
    }
  }

  MappedText Finish() && { return std::move(builder_).Finish(); }

 private:
  void Put(absl::string_view bytes, int32_t source, bool in_pre) {
    std::string folded(bytes);
    for (char& c : folded) {
      if (c == '\n' && in_pre) continue;
      if (c == '\n' || c == '\r' || c == '\t' || c == '\f') c = ' ';
    }
    builder_.Append(folded, source);
  }

  MappedTextBuilder builder_;
};

struct Frame {
  const GumboNode* node;
  bool in_article;
  bool closing;
};

// The stretch of the page to read: the subtree of `last`, preceded, when
// `first` differs, by everything in document order from the start of
// `first` on; both inside `scope`.
struct Window {
  const GumboNode* scope;
  const GumboNode* first;
  const GumboNode* last;
  bool in_article;  // whether `scope` is or is inside an <article>
};

// Walks a Window with an explicit stack, writing its text.
class WindowWalker {
 public:
  explicit WindowWalker(const Window& window)
      : window_(window), writing_(window.first == window.scope) {}

  MappedText Walk() && {
    stack_.push_back({window_.scope, window_.in_article, false});
    while (!stack_.empty()) {
      const Frame f = stack_.back();
      stack_.pop_back();
      if (f.closing) {
        if (!Close(f.node)) break;
      } else if (f.node->type == GUMBO_NODE_TEXT ||
                 f.node->type == GUMBO_NODE_CDATA ||
                 f.node->type == GUMBO_NODE_WHITESPACE) {
        if (writing_) writer_.Text(f.node->v.text, pre_depth_ > 0);
      } else if (IsElement(f.node)) {
        Open(f);
      }
    }
    return std::move(writer_).Finish();
  }

 private:
  void Open(const Frame& f) {
    const bool boundary = f.node == window_.scope || f.node == window_.first ||
                          f.node == window_.last;
    if (!boundary && IsSkipped(TagOf(f.node), f.in_article)) return;
    if (f.node == window_.first) writing_ = true;
    if (writing_) writer_.Break();
    if (TagOf(f.node) == GUMBO_TAG_PRE) ++pre_depth_;
    stack_.push_back({f.node, f.in_article, true});
    const bool in_article = f.in_article || TagOf(f.node) == GUMBO_TAG_ARTICLE;
    for (unsigned k = f.node->v.element.children.length; k-- > 0;) {
      stack_.push_back({Child(f.node, k), in_article, false});
    }
  }

  // Ends an element; false once the window is complete.
  bool Close(const GumboNode* node) {
    if (TagOf(node) == GUMBO_TAG_PRE) --pre_depth_;
    if (writing_) writer_.Break();
    return node != window_.last;
  }

  Window window_;
  bool writing_;
  int pre_depth_ = 0;
  std::vector<Frame> stack_;
  BodyWriter writer_;
};

MappedText SubtreeText(const Element& e) {
  return WindowWalker({e.node, e.node, e.node, e.in_article}).Walk();
}

bool IsHeadline(const Element& e) {
  const GumboTag tag = TagOf(e.node);
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3;
}

bool IsAncestor(const std::vector<Element>& list, int ancestor, int index) {
  while (index > ancestor) index = list[index].parent;
  return index == ancestor;
}

// Whether the subtree of list[root] holds a headline.
bool HoldsHeadline(const std::vector<Element>& list, int root) {
  for (size_t i = root + 1; i < list.size() && list[i].parent >= root; ++i) {
    if (IsHeadline(list[i])) return true;
  }
  return false;
}

// Non-space bytes of text between list[first] and list[last] (pre-order
// elements strictly between them, ancestors of `last` excluded), or more
// than kMaxHeadlineGap when that is exceeded.
int64_t GapText(const std::vector<Element>& list, int first, int last) {
  int64_t gap = 0;
  for (int i = first + 1; i < last && gap <= kMaxHeadlineGap; ++i) {
    if (!list[i].skipped && !IsAncestor(list, i, last)) gap += list[i].direct;
  }
  return gap;
}

// The body with the nearest headline before it, when the body holds none
// and the headline sits close by (under the body's parent or grandparent).
Window BodyWindow(const std::vector<Element>& list, int body) {
  const Window alone = {list[body].node, list[body].node, list[body].node,
                        list[body].in_article};
  if (HoldsHeadline(list, body)) return alone;
  int headline = body - 1;
  while (headline >= 0 && body - headline <= kMaxHeadlineDistance &&
         (list[headline].skipped || !IsHeadline(list[headline]))) {
    --headline;
  }
  if (headline < 0 || body - headline > kMaxHeadlineDistance ||
      IsAncestor(list, headline, body) ||
      GapText(list, headline, body) > kMaxHeadlineGap) {
    return alone;
  }
  int scope = list[body].parent;
  for (int up = 0; up < 2 && scope >= 0; ++up, scope = list[scope].parent) {
    if (IsAncestor(list, scope, headline)) {
      return {list[scope].node, list[headline].node, list[body].node,
              list[scope].in_article};
    }
  }
  return alone;
}

std::string TitleText(const std::vector<Element>& list) {
  for (GumboTag tag : {GUMBO_TAG_TITLE, GUMBO_TAG_H1}) {
    const int index = FirstWithTag(list, tag);
    if (index < 0) continue;
    std::string text = SubtreeText(list[index]).text;
    std::replace(text.begin(), text.end(), '\n', ' ');
    absl::StripAsciiWhitespace(&text);
    if (!text.empty()) return text;
  }
  return "";
}

}  // namespace

HtmlText ExtractHtmlText(absl::string_view html) {
  const std::string simple = SimplifyHtml(html);
  const std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
      gumbo_parse_with_options(&ParseOptions(), simple.data(), simple.size()));
  std::vector<Element> list = ListElements(output->root);
  Score(list);
  const int body = ChooseBody(list);
  HtmlText result;
  result.body = WindowWalker(BodyWindow(list, body)).Walk();
  result.title = TitleText(list);
  return result;
}

}  // namespace partnerlens::extraction
