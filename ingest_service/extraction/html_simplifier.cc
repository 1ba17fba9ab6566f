#include "ingest_service/extraction/html_simplifier.h"

#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace partnerlens::extraction {
namespace {

enum class TagKind {
  kContainer,  // kept; nests
  kTable,      // table markup: kept as the container <dl>
  kParagraph,  // p: kept; never holds a container, so adds one level
  kHeading,    // h1-h6: kept; nests
  kTitle,      // kept; its content is text up to </title>
  kBreak,      // kept as <br>
  kHidden,     // blanked with its content, up to its end tag
  kOther,      // blanked
};

// Names of the containers the simulation tracks. gumbo treats each alike:
// a start tag closes an open <p> and pushes; an end tag pops up to the
// innermost element of that name, or is ignored when none is open.
constexpr std::array<absl::string_view, 23> kContainers = {
    "address", "article", "aside",   "blockquote", "center",     "details",
    "dir",     "div",     "dl",      "fieldset",   "figcaption", "figure",
    "footer",  "header",  "hgroup",  "main",       "menu",       "nav",
    "ol",      "pre",     "section", "summary",    "ul"};
constexpr int kDlId = 8;
static_assert(kContainers[kDlId] == "dl");
// Stack id of any heading: gumbo closes h1-h6 alike.
constexpr int kHeadingId = static_cast<int>(kContainers.size());
// Longest tag name looked up; longer ones are kOther.
constexpr size_t kMaxNameLength = 12;

struct TagInfo {
  TagKind kind;
  int id;  // kContainer: index in kContainers
};

const absl::flat_hash_map<absl::string_view, TagInfo>& TagTable() {
  static const auto* table = [] {
    auto* t = new absl::flat_hash_map<absl::string_view, TagInfo>();
    for (int i = 0; i < static_cast<int>(kContainers.size()); ++i) {
      (*t)[kContainers[i]] = {TagKind::kContainer, i};
    }
    for (absl::string_view n :
         {"table", "caption", "tbody", "thead", "tfoot", "tr", "td", "th"}) {
      (*t)[n] = {TagKind::kTable, kDlId};
    }
    for (absl::string_view n : {"h1", "h2", "h3", "h4", "h5", "h6"}) {
      (*t)[n] = {TagKind::kHeading, kHeadingId};
    }
    for (absl::string_view n : {"br", "hr", "li", "dd", "dt"}) {
      (*t)[n] = {TagKind::kBreak, 0};
    }
    for (absl::string_view n :
         {"script", "style", "noscript", "iframe", "noembed", "noframes", "xmp",
          "textarea", "template", "svg", "math", "select", "button", "object",
          "applet", "video", "audio", "canvas"}) {
      (*t)[n] = {TagKind::kHidden, 0};
    }
    (*t)["p"] = {TagKind::kParagraph, 0};
    (*t)["title"] = {TagKind::kTitle, 0};
    return t;
  }();
  return *table;
}

TagInfo LookUpTag(absl::string_view name) {
  if (name.size() > kMaxNameLength) return {TagKind::kOther, 0};
  const std::string lower = absl::AsciiStrToLower(name);
  const auto& table = TagTable();
  auto it = table.find(lower);
  return it == table.end() ? TagInfo{TagKind::kOther, 0} : it->second;
}

bool IsHtmlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// One pass over the HTML: classifies every piece of markup, rewrites it in
// place in a copy, and simulates gumbo's stack of open containers.
class Simplifier {
 public:
  Simplifier(absl::string_view html, int max_depth)
      : in_(html), out_(html), max_depth_(max_depth) {}

  std::string Run() && {
    size_t i = 0;
    while (i < in_.size()) {
      const size_t lt = in_.find('<', i);
      if (lt == absl::string_view::npos) break;
      i = Markup(lt);
    }
    return std::move(out_);
  }

 private:
  // Handles the markup that may start at `lt`; returns where text resumes.
  size_t Markup(size_t lt) {
    const char c = lt + 1 < in_.size() ? in_[lt + 1] : '\0';
    if (c == '!') return Blank(lt, DeclarationEnd(lt));
    if (c == '?') return Blank(lt, FirstGt(lt + 2));
    if (c == '/') {
      if (lt + 2 < in_.size() && absl::ascii_isalpha(in_[lt + 2])) {
        return EndTag(lt);
      }
      return Blank(lt, FirstGt(lt + 2));
    }
    if (absl::ascii_isalpha(c)) return StartTag(lt);
    return lt + 1;  // a literal '<'
  }

  size_t StartTag(size_t lt) {
    const size_t name_end = NameEnd(lt + 1);
    const size_t end = TagEnd(name_end);
    const absl::string_view name = in_.substr(lt + 1, name_end - lt - 1);
    const TagInfo tag = LookUpTag(name);
    switch (tag.kind) {
      case TagKind::kContainer:
      case TagKind::kTable:
        return OpenContainer(lt, end, tag.id);
      case TagKind::kHeading:
        return OpenHeading(lt, end, name);
      case TagKind::kParagraph:
        return Keep(lt, end, "<p");
      case TagKind::kBreak:
        return Keep(lt, end, "<br");
      case TagKind::kTitle:
        return Title(lt, end);
      case TagKind::kHidden:
        return Blank(lt, HiddenEnd(name, end));
      case TagKind::kOther:
        break;
    }
    return Blank(lt, end);
  }

  size_t EndTag(size_t lt) {
    const size_t name_end = NameEnd(lt + 2);
    const size_t end = TagEnd(name_end);
    const absl::string_view name = in_.substr(lt + 2, name_end - lt - 2);
    const TagInfo tag = LookUpTag(name);
    switch (tag.kind) {
      case TagKind::kContainer:
      case TagKind::kTable: {
        const std::string head = absl::StrCat("</", kContainers[tag.id]);
        if (!Fits(lt, end, head) || !PopTo(tag.id)) break;
        return Keep(lt, end, head);
      }
      case TagKind::kHeading: {
        const std::string head =
            absl::StrCat("</", absl::AsciiStrToLower(name));
        if (!Fits(lt, end, head) || !PopTo(kHeadingId)) break;
        return Keep(lt, end, head);
      }
      case TagKind::kParagraph:
        return Keep(lt, end, "</p");
      default:
        break;  // stray end tags of the other kinds mean nothing here
    }
    return Blank(lt, end);
  }

  size_t OpenContainer(size_t lt, size_t end, int id) {
    const std::string head = absl::StrCat("<", kContainers[id]);
    if (static_cast<int>(stack_.size()) >= max_depth_ || !Fits(lt, end, head)) {
      return Blank(lt, end);
    }
    Push(id);
    return Keep(lt, end, head);
  }

  // gumbo pops an open heading that is the current node before pushing.
  size_t OpenHeading(size_t lt, size_t end, absl::string_view name) {
    const std::string head = absl::StrCat("<", absl::AsciiStrToLower(name));
    const bool pops = !stack_.empty() && stack_.back() == kHeadingId;
    if (static_cast<int>(stack_.size()) - (pops ? 1 : 0) >= max_depth_ ||
        !Fits(lt, end, head)) {
      return Blank(lt, end);
    }
    if (pops) Pop();
    Push(kHeadingId);
    return Keep(lt, end, head);
  }

  // Keeps <title> and its text; gumbo reads the text up to </title> as is.
  size_t Title(size_t lt, size_t end) {
    const size_t next = Keep(lt, end, "<title");
    if (out_[lt + 1] == '!') return next;
    const size_t close = FindEndTag("title", next);
    if (close == absl::string_view::npos) return in_.size();
    return Keep(close, TagEnd(close + 7), "</title");
  }

  // Whether `head` and a '>' fit in [lt, end) (not in a tag cut off by EOF).
  static bool Fits(size_t lt, size_t end, absl::string_view head) {
    return end - lt >= head.size() + 1;
  }

  // Writes `head` (a tag's "<name" or "</name") then spaces and '>' over
  // [lt, end), or blanks it when it does not fit.
  size_t Keep(size_t lt, size_t end, absl::string_view head) {
    if (!Fits(lt, end, head)) return Blank(lt, end);
    out_.replace(lt, head.size(), head.data(), head.size());
    for (size_t k = lt + head.size(); k + 1 < end; ++k) out_[k] = ' ';
    out_[end - 1] = '>';
    return end;
  }

  // Turns [begin, end) into a bogus comment "<!xxx>" ("<!xxx" when cut off
  // by EOF), which gumbo skips whatever it held.
  size_t Blank(size_t begin, size_t end) {
    out_[begin] = '<';
    if (end - begin >= 2) out_[begin + 1] = '!';
    for (size_t k = begin + 2; k < end; ++k) out_[k] = 'x';
    if (end - begin >= 3 && in_[end - 1] == '>') out_[end - 1] = '>';
    return end;
  }

  void Push(int id) {
    stack_.push_back(id);
    ++open_[id];
  }

  void Pop() {
    --open_[stack_.back()];
    stack_.pop_back();
  }

  // Pops up to and including the innermost open `id`, as gumbo does for
  // its end tag; false (nothing popped) when none is open.
  bool PopTo(int id) {
    if (open_[id] == 0) return false;
    while (stack_.back() != id) Pop();
    Pop();
    return true;
  }

  // End of a tag name: whitespace, '/', '>' or EOF.
  size_t NameEnd(size_t p) const {
    while (p < in_.size() && !IsHtmlSpace(in_[p]) && in_[p] != '/' &&
           in_[p] != '>') {
      ++p;
    }
    return p;
  }

  // Position after the '>' closing a tag whose attributes start at `p`,
  // skipping quoted attribute values; EOF when there is none.
  size_t TagEnd(size_t p) const {
    while (p < in_.size()) {
      const char c = in_[p++];
      if (c == '>') return p;
      if (c != '=') continue;
      while (p < in_.size() && IsHtmlSpace(in_[p])) ++p;
      if (p < in_.size() && (in_[p] == '"' || in_[p] == '\'')) {
        const size_t close = in_.find(in_[p], p + 1);
        if (close == absl::string_view::npos) return in_.size();
        p = close + 1;
      }
    }
    return in_.size();
  }

  size_t FirstGt(size_t p) const {
    if (p >= in_.size()) return in_.size();
    const size_t gt = in_.find('>', p);
    return gt == absl::string_view::npos ? in_.size() : gt + 1;
  }

  // End of "<!...": a comment ends at "-->" or "--!>" (or at once, for
  // "<!-->" and "<!--->"), a doctype or bogus comment at '>'.
  size_t DeclarationEnd(size_t lt) const {
    if (in_.substr(lt, 4) != "<!--") return FirstGt(lt + 2);
    size_t p = lt + 4;
    if (in_.substr(p, 1) == ">") return p + 1;
    if (in_.substr(p, 2) == "->") return p + 2;
    while ((p = in_.find("--", p)) != absl::string_view::npos) {
      if (in_.substr(p + 2, 1) == ">") return p + 3;
      if (in_.substr(p + 2, 2) == "!>") return p + 4;
      ++p;
    }
    return in_.size();
  }

  // Start of the first "</name" (any case) at or after `from` that is
  // followed by whitespace, '/', '>' or EOF; npos when there is none.
  size_t FindEndTag(absl::string_view name, size_t from) const {
    size_t p = from;
    while ((p = in_.find("</", p)) != absl::string_view::npos) {
      const size_t after = p + 2 + name.size();
      if (after <= in_.size() &&
          absl::EqualsIgnoreCase(in_.substr(p + 2, name.size()), name) &&
          (after == in_.size() || IsHtmlSpace(in_[after]) ||
           in_[after] == '/' || in_[after] == '>')) {
        return p;
      }
      p += 2;
    }
    return absl::string_view::npos;
  }

  // End of a hidden element whose start tag ends at `from`: after its end
  // tag, or EOF.
  size_t HiddenEnd(absl::string_view name, size_t from) const {
    const std::string lower = absl::AsciiStrToLower(name);
    const size_t close = FindEndTag(lower, from);
    if (close == absl::string_view::npos) return in_.size();
    return TagEnd(close + 2 + lower.size());
  }

  absl::string_view in_;
  std::string out_;
  int max_depth_;
  // The simulated stack of open containers and headings (ids), and how
  // many of each id it holds.
  std::vector<int> stack_;
  std::array<int, kContainers.size() + 1> open_ = {};
};

}  // namespace

std::string SimplifyHtml(absl::string_view html, int max_depth) {
  return Simplifier(html, max_depth).Run();
}

}  // namespace partnerlens::extraction
