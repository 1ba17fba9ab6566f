// Positions: titles stated next to a person's name.

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

#include "ingest_service/extraction/relation_parts.h"

namespace partnerlens::extraction {
namespace {

// A title in a list after a name, with the organization it names, if any.
struct TitleGroup {
  Span title;
  int32_t org = -1;
  int32_t end_token = 0;
};

class PositionScan {
 public:
  explicit PositionScan(const RelationContext& c) : c_(c), v_(c.view()) {}

  std::vector<PositionRelation> Run() {
    for (size_t m = 0; m < c_.mentions().items.size(); ++m) {
      const auto index = static_cast<int32_t>(m);
      if (c_.TypeOf(index) != MentionType::kPerson || c_.EntityOf(index) < 0) {
        continue;
      }
      Forward(index);
      Backward(index);
    }
    return Deduplicated();
  }

 private:
  const Sentence& SentenceOfMention(int32_t m) const {
    return c_.tokenized().sentences[c_.SentenceOf(c_.mention(m).first_token)];
  }

  // "P, [a|the] T1 of O1, T2 and T3 of O2"
  void Forward(int32_t person) {
    const Sentence& s = SentenceOfMention(person);
    int32_t t = c_.mention(person).end_token;
    if (!v_.Is(t, ",")) return;
    ++t;
    if (v_.IsLower(t, "a") || v_.IsLower(t, "an") || v_.IsLower(t, "the")) ++t;
    std::vector<TitleGroup> groups;
    while (t < s.end_token) {
      std::optional<TitleGroup> group = ReadTitleGroup(t, s);
      if (!group) break;
      groups.push_back(*group);
      t = NextGroupStart(group->end_token, s);
      if (t < 0) break;
    }
    // A title without its own organization shares the next one's:
    // "director and rotating chairman of Huawei".
    for (int32_t i = static_cast<int32_t>(groups.size()) - 2; i >= 0; --i) {
      if (groups[i].org < 0) groups[i].org = groups[i + 1].org;
    }
    for (const TitleGroup& g : groups) Emit(person, g, s);
  }

  // Where the next title of a list starts after `t`, or -1.
  int32_t NextGroupStart(int32_t t, const Sentence& s) const {
    if (v_.Is(t, ",")) ++t;
    if (v_.IsLower(t, "and")) ++t;
    if (v_.IsLower(t, "a") || v_.IsLower(t, "the")) ++t;
    return t < s.end_token && c_.StartingAt(t, MentionType::kTitle) >= 0 ? t
                                                                         : -1;
  }

  std::optional<TitleGroup> ReadTitleGroup(int32_t t, const Sentence& s) const {
    const int32_t title = c_.StartingAt(t, MentionType::kTitle);
    if (title < 0) return std::nullopt;
    TitleGroup g;
    g.title = c_.mention(title).span;
    t = SkipParenthesis(c_.mention(title).end_token, s);
    // "Director of International Operations": an unknown name after the
    // title is part of it.
    if (IsOfLike(t)) {
      int32_t k = t + 1;
      if (v_.IsLower(k, "the")) ++k;
      const int32_t proper = c_.StartingAt(k, MentionType::kProperName);
      if (proper >= 0) {
        g.title.end = c_.mention(proper).span.end;
        t = c_.mention(proper).end_token;
      }
    }
    g.end_token = t;
    if (!IsOfLike(t)) return g;
    int32_t k = t + 1;
    if (v_.IsLower(k, "the")) ++k;
    const int32_t org = c_.StartingAt(k, MentionType::kOrganization);
    if (org >= 0) {
      g.org = c_.EntityOf(org);
      g.end_token = c_.mention(org).end_token;
    }
    return g;
  }

  int32_t SkipParenthesis(int32_t t, const Sentence& s) const {
    if (!v_.Is(t, "(")) return t;
    for (int32_t k = t + 1; k < s.end_token && k < t + 6; ++k) {
      if (v_.Is(k, ")")) return k + 1;
    }
    return t;
  }

  bool IsOfLike(int32_t t) const {
    return v_.IsLower(t, "of") || v_.IsLower(t, "at") || v_.IsLower(t, "for");
  }

  // "T of O, P", "O T P", "T P".
  void Backward(int32_t person) {
    const Sentence& s = SentenceOfMention(person);
    int32_t t = c_.mention(person).first_token;
    const int32_t honorific = c_.EndingBefore(t, MentionType::kHonorific);
    if (honorific >= 0) t = c_.mention(honorific).first_token;
    if (t - 1 >= s.first_token && v_.Is(t - 1, ",")) --t;
    if (std::optional<TitleGroup> g = TitleOfOrgBefore(t, s)) {
      Emit(person, *g, s);
      return;
    }
    const int32_t title = c_.EndingBefore(t, MentionType::kTitle);
    if (title < 0) return;
    TitleGroup g;
    g.title = c_.mention(title).span;
    g.end_token = c_.mention(person).end_token;
    int32_t k = c_.mention(title).first_token;
    if (v_.Is(k - 1, "'s")) --k;
    const int32_t org = c_.EndingBefore(k, MentionType::kOrganization);
    if (org >= 0) g.org = c_.EntityOf(org);
    Emit(person, g, s);
  }

  // "Deputy Dean of OECE, P": a title, "of", an organization, before t.
  std::optional<TitleGroup> TitleOfOrgBefore(int32_t t,
                                             const Sentence& s) const {
    const int32_t org = c_.EndingBefore(t, MentionType::kOrganization);
    if (org < 0) return std::nullopt;
    int32_t k = c_.mention(org).first_token;
    if (v_.IsLower(k - 1, "the")) --k;
    if (!IsOfLike(k - 1)) return std::nullopt;
    k = k - 1;
    if (v_.Is(k - 1, ")")) {
      while (k - 1 > s.first_token && !v_.Is(k - 1, "(")) --k;
      --k;
    }
    const int32_t title = c_.EndingBefore(k, MentionType::kTitle);
    if (title < 0) return std::nullopt;
    TitleGroup g;
    g.title = c_.mention(title).span;
    g.org = c_.EntityOf(org);
    g.end_token = t;
    return g;
  }

  void Emit(int32_t person, TitleGroup g, const Sentence& s) {
    if (g.org < 0) g.org = OnlyOrgInSentence(s);
    PositionRelation p;
    p.person = c_.EntityOf(person);
    p.title = std::string(SpanText(v_.text(), g.title));
    p.org = g.org;
    p.evidence = Span{std::min(c_.mention(person).span.begin, g.title.begin),
                      std::max(c_.mention(person).span.end, g.title.end)};
    out_.push_back(std::move(p));
  }

  int32_t OnlyOrgInSentence(const Sentence& s) const {
    int32_t only = -1;
    for (int32_t m : c_.InSentence(c_.SentenceOf(s.first_token))) {
      if (c_.TypeOf(m) != MentionType::kOrganization || c_.EntityOf(m) < 0) {
        continue;
      }
      const int32_t org = c_.EntityOf(m);
      if (c_.entities().orgs[org].kind == OrgKind::kMedia) continue;
      if (only >= 0 && only != org) return -1;
      only = org;
    }
    return only;
  }

  // One position per person, title and organization; a title stated with
  // an organization replaces the same title stated without one.
  std::vector<PositionRelation> Deduplicated() {
    std::vector<PositionRelation> kept;
    for (PositionRelation& p : out_) {
      const std::string key = TitleKey(p.title);
      auto same = std::find_if(
          kept.begin(), kept.end(), [&](const PositionRelation& k) {
            return k.person == p.person && TitleKey(k.title) == key &&
                   (k.org == p.org || k.org < 0 || p.org < 0);
          });
      if (same == kept.end()) {
        kept.push_back(std::move(p));
      } else if (same->org < 0) {
        same->org = p.org;
      }
    }
    return kept;
  }

  static std::string TitleKey(absl::string_view title) {
    std::string key;
    for (char c : title) {
      if (c == '-' || c == ' ') {
        key.push_back(' ');
      } else {
        key.push_back(absl::ascii_tolower(static_cast<unsigned char>(c)));
      }
    }
    return key;
  }

  const RelationContext& c_;
  const TokenView& v_;
  std::vector<PositionRelation> out_;
};

}  // namespace

std::vector<PositionRelation> ExtractPositions(const RelationContext& context) {
  return PositionScan(context).Run();
}

}  // namespace partnerlens::extraction
