// Positions: titles stated next to a person's name.
//
// Forward:  "P, [a|the] T1 of O1, T2 and T3 of O2", "P, T, O",
//           "P, the O's T", "P1 and P2, T".
// Backward: "T of O, P", "O T P", "O's T1 and T2 P", "T P of O", "T P".
// A title without an organization takes the next title's in the same list
// ("director and rotating chairman of Huawei"), else the one the previous
// person of the same list held ("X, vice president of the group, Y, general
// manager").

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

#include "ingest_service/extraction/relation_parts.h"

namespace partnerlens::extraction {
namespace {

// A title with the organization it is held in, if the text names one.
struct TitleGroup {
  Span title;
  int32_t org = -1;
  int32_t end_token = 0;
  // The title names its own field ("Deputy Minister of Higher Education"),
  // so it takes no organization from its neighbours.
  bool specified = false;
  // It names a body inside it ("Secretary of the Party Committee"), so it
  // takes no organization from the person before in a list.
  bool has_body = false;
};

// An organization a sentence carries from one list item to the next.
struct CarriedOrg {
  int32_t org = -1;
  int32_t sentence = -1;

  // The organization carried in `in_sentence`, or -1.
  int32_t In(int32_t in_sentence) const {
    return sentence == in_sentence ? org : -1;
  }
  void Remember(int32_t carried, int32_t in_sentence) {
    org = carried;
    sentence = in_sentence;
  }
};

class PositionScan {
 public:
  explicit PositionScan(const RelationContext& c)
      : c_(c), v_(c.view()), main_orgs_(MainOrganizations(c)) {}

  std::vector<PositionRelation> Run() {
    for (size_t m = 0; m < c_.mentions().items.size(); ++m) {
      const auto index = static_cast<int32_t>(m);
      if (c_.TypeOf(index) != MentionType::kPerson || c_.EntityOf(index) < 0 ||
          index <= covered_until_) {
        continue;
      }
      if (!Forward(index)) Backward(index);
    }
    std::vector<PositionRelation> kept = Deduplicated();
    // A title the text holds in no named body ("Vice President Zhang Hua
    // unveiled ...") is held in the body the story is about.
    const int32_t story_org = StoryOrganization();
    for (PositionRelation& p : kept) {
      if (p.org < 0 && !unplaced_.contains({p.person, TitleKey(p.title)})) {
        p.org = story_org;
      }
    }
    return kept;
  }

 private:
  const Sentence& SentenceOf(int32_t m) const {
    return c_.tokenized().sentences[c_.SentenceOf(c_.mention(m).first_token)];
  }

  // --- forward ---------------------------------------------------------------

  bool Forward(int32_t person) {
    const Sentence& s = SentenceOf(person);
    std::vector<int32_t> people = {person};
    int32_t t = c_.mention(person).end_token;
    // "Yang Bin and Ma Lijie, vice-general manager": both hold the title,
    // unless the first has one of its own before it ("Vice President Hu
    // and Wang Hui, Deputy General Manager of X").
    while (v_.IsLower(t, "and") && !HasTitleBefore(person)) {
      const int32_t next = c_.StartingAt(t + 1, MentionType::kPerson);
      if (next < 0) break;
      people.push_back(next);
      covered_until_ = std::max(covered_until_, next);
      t = c_.mention(next).end_token;
    }
    if (v_.Is(t, ",")) {
      ++t;
    } else {
      t = AfterAppointment(t);
      if (t < 0) return false;
    }
    t = SkipArticle(t);
    std::vector<TitleGroup> groups = ReadTitleList(t, s);
    if (groups.empty()) return false;
    // "Governor Yusuf Adegboye, the Executive Secretary of KWIPA, Dr.
    // Halima Saliu, and ...": in a list of titles before names, the title
    // after a name is the next name's.
    if (HasTitleBefore(person) && PersonAfterComma(groups.front().end_token)) {
      return false;
    }
    ShareOrganizations(groups, s);
    for (int32_t p : people) {
      for (const TitleGroup& g : groups) Emit(p, g);
    }
    AppointedAfterTitles(people, groups.back().end_token, s);
    return true;
  }

  // "Tang Haiyan, Secretary of the Party Committee of HUT, was elected
  // Chairman of the Alliance": the post the sentence goes on to give.
  void AppointedAfterTitles(const std::vector<int32_t>& people, int32_t t,
                            const Sentence& s) {
    if (!v_.Is(t, ",")) return;
    t = AfterAppointment(t + 1);
    if (t < 0) return;
    std::vector<TitleGroup> groups = ReadTitleList(SkipArticle(t), s);
    if (groups.empty()) return;
    // "... was elected Chairman of the Alliance, and Luo Gang, ..., was
    // elected Secretary-General": of the body the sentence elects to.
    const int32_t sentence = c_.SentenceOf(s.first_token);
    if (groups.back().org < 0 && !groups.back().specified) {
      groups.back().org = appointed_.In(sentence);
    }
    ShareBackward(groups);
    if (groups.front().org >= 0) {
      appointed_.Remember(groups.front().org, sentence);
    }
    for (int32_t p : people) {
      for (const TitleGroup& g : groups) Emit(p, g);
    }
  }

  // Past "a", "an", "the" and an ordinal of office ("the first director").
  int32_t SkipArticle(int32_t t) const {
    if (v_.IsLower(t, "a") || v_.IsLower(t, "an") || v_.IsLower(t, "the")) ++t;
    if (c_.StartingAt(t, MentionType::kTitle) < 0 &&
        (v_.IsLower(t, "first") || v_.IsLower(t, "new") ||
         v_.IsLower(t, "founding") || v_.IsLower(t, "inaugural"))) {
      ++t;
    }
    return t;
  }

  // The span of title mention `title`, less an ordinal of office: "the
  // first director of the lab" holds the post of director.
  Span TitleSpan(int32_t title) const {
    Span span = c_.mention(title).span;
    const int32_t first = c_.mention(title).first_token;
    if (v_.IsLower(first, "first") && v_.IsLower(first - 1, "the") &&
        first + 1 < c_.mention(title).end_token) {
      span.begin = v_.token(first + 1).span.begin;
    }
    return span;
  }

  // Whether ", [honorifics] Name" follows token t.
  bool PersonAfterComma(int32_t t) const {
    // "... Promotion Agency (KWIPA), Dr. Halima Saliu".
    if (v_.Is(t, "(") && v_.Is(t + 2, ")")) t += 3;
    if (!v_.Is(t, ",")) return false;
    ++t;
    for (int32_t h = c_.StartingAt(t, MentionType::kHonorific); h >= 0;
         h = c_.StartingAt(t, MentionType::kHonorific)) {
      t = c_.mention(h).end_token;
    }
    return c_.StartingAt(t, MentionType::kPerson) >= 0;
  }

  // A title right before the person, honorifics skipped.
  bool HasTitleBefore(int32_t person) const {
    int32_t t = c_.mention(person).first_token;
    for (int32_t h = c_.EndingBefore(t, MentionType::kHonorific); h >= 0;
         h = c_.EndingBefore(t, MentionType::kHonorific)) {
      t = c_.mention(h).first_token;
    }
    return c_.EndingBefore(t, MentionType::kTitle) >= 0;
  }

  // "P was elected chairman of ...", "P is the president of ...", "P has
  // been appointed as ...": the token after the verb, or -1.
  int32_t AfterAppointment(int32_t t) const {
    // "will serve as", "serves as", "became".
    if (v_.IsLower(t, "will") && v_.IsLower(t + 1, "serve")) ++t;
    if ((v_.IsLower(t, "serve") || v_.IsLower(t, "serves") ||
         v_.IsLower(t, "served")) &&
        v_.IsLower(t + 1, "as")) {
      return t + 2;
    }
    if (v_.IsLower(t, "became") || v_.IsLower(t, "becomes")) return t + 1;
    // "will be director of", "will be appointed (as) director of".
    if (v_.IsLower(t, "will") && v_.IsLower(t + 1, "be")) {
      t += 2;
      if (v_.IsLowerIn(t, c_.resources().relation_words().appointment)) ++t;
      if (v_.IsLower(t, "as")) ++t;
      return t;
    }
    if (v_.IsLower(t, "has") || v_.IsLower(t, "have")) ++t;
    if (!(v_.IsLower(t, "was") || v_.IsLower(t, "is") ||
          v_.IsLower(t, "were") || v_.IsLower(t, "been") ||
          v_.IsLowerIn(t, c_.resources().relation_words().appointment))) {
      return -1;
    }
    if (!v_.IsLowerIn(t, c_.resources().relation_words().appointment)) ++t;
    if (v_.IsLowerIn(t, c_.resources().relation_words().appointment)) ++t;
    if (v_.IsLower(t, "as")) ++t;
    return t;
  }

  std::vector<TitleGroup> ReadTitleList(int32_t t, const Sentence& s) const {
    std::vector<TitleGroup> groups;
    int32_t owner = -1;
    // "P, the university's deputy vice-chancellor", "P, Huayou Group's T".
    const int32_t org = c_.StartingAt(t, MentionType::kOrganization);
    if (org >= 0) {
      int32_t k = c_.mention(org).end_token;
      if (v_.Is(k, "'s")) ++k;
      if (c_.StartingAt(k, MentionType::kTitle) >= 0) {
        owner = c_.EntityOf(org);
        t = k;
      }
    }
    while (t >= 0 && t < s.end_token) {
      std::optional<TitleGroup> group = ReadTitleGroup(t, s);
      // "P1, SUSTech President P2": a title right before a name is the next
      // person's.
      if (!group ||
          c_.StartingAt(group->end_token, MentionType::kPerson) >= 0) {
        break;
      }
      if (group->org < 0) group->org = owner;
      groups.push_back(*group);
      t = NextGroupStart(group->end_token, s);
    }
    return groups;
  }

  // A title without its own organization shares the next one's
  // (ShareBackward); a list item without any shares the previous item's.
  void ShareOrganizations(std::vector<TitleGroup>& groups, const Sentence& s) {
    ShareBackward(groups);
    const int32_t sentence = c_.SentenceOf(s.first_token);
    const int32_t carried = list_.In(sentence);
    if (groups.back().org < 0 && carried >= 0) {
      for (TitleGroup& g : groups) {
        if (g.org < 0 && !g.specified && !g.has_body) g.org = carried;
      }
    }
    if (groups.front().org >= 0) list_.Remember(groups.front().org, sentence);
  }

  // "director and rotating chairman of Huawei": each title without an
  // organization of its own takes the next one's.
  static void ShareBackward(std::vector<TitleGroup>& groups) {
    for (int32_t i = static_cast<int32_t>(groups.size()) - 2; i >= 0; --i) {
      if (groups[i].org < 0 && !groups[i].specified) {
        groups[i].org = groups[i + 1].org;
      }
    }
  }

  // Where the next title of a list starts at or after `t`, or -1.
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
    g.title = TitleSpan(title);
    t = SkipParenthesis(c_.mention(title).end_token, s, &g.title);
    const int32_t after_title = t;
    t = AbsorbUnknownName(t, &g.title);
    g.specified = t != after_title;
    g.has_body = absl::StrContains(SpanText(v_.text(), g.title), " of ");
    if (g.specified) g.org = MinistryOfTitle(SpanText(v_.text(), g.title));
    g.end_token = t;
    if (IsOfLike(t)) {
      int32_t k = t + 1;
      if (IsDeterminer(k) || v_.IsLower(k, "its")) ++k;
      int32_t org = c_.StartingAt(k, MentionType::kOrganization);
      // "of the college's Academic Affairs Office": the unit.
      if (org >= 0 && v_.Is(c_.mention(org).end_token, "'s")) {
        const int32_t unit = c_.StartingAt(c_.mention(org).end_token + 1,
                                           MentionType::kOrganization);
        if (unit >= 0 && c_.EntityOf(unit) >= 0) org = unit;
      }
      if (org >= 0) {
        g.org = c_.EntityOf(org);
        g.end_token = c_.mention(org).end_token;
      }
    } else if (v_.Is(t, ",")) {
      // "Prof K K Pant, Director, IIT Roorkee".
      const int32_t org = c_.StartingAt(t + 1, MentionType::kOrganization);
      if (org >= 0 && EndsListItem(c_.mention(org).end_token, s)) {
        g.org = c_.EntityOf(org);
        g.end_token = c_.mention(org).end_token;
      }
    }
    return g;
  }

  bool EndsListItem(int32_t t, const Sentence& s) const {
    return t >= s.end_token || v_.IsPunct(t) || v_.IsLower(t, "and") ||
           v_.IsLower(t, "said") || v_.IsLower(t, "at");
  }

  // "ED (CT&TPF)": a short parenthesis after a title belongs to it.
  int32_t SkipParenthesis(int32_t t, const Sentence& s, Span* title) const {
    if (!v_.Is(t, "(")) return t;
    for (int32_t k = t + 1; k < s.end_token && k < t + 6; ++k) {
      if (!v_.Is(k, ")")) continue;
      if (k == t + 2 && v_.Has(t + 1, kTokenAllCaps) &&
          !absl::StrContains(v_.word(t + 1), "&")) {
        return k + 1;  // "(CEO)" only repeats the title
      }
      title->end = v_.token(k).span.end;
      return k + 1;
    }
    return t;
  }

  // "Director of International Operations": a name that is no organization
  // after the title is part of it.
  // "deputy vice-chancellor for research,": so are a few lower-case words
  // up to the end of the list item.
  int32_t AbsorbUnknownName(int32_t t, Span* title) const {
    if (!IsOfLike(t)) return t;
    int32_t k = t + 1;
    if (IsDeterminer(k)) ++k;
    const int32_t proper = c_.StartingAt(k, MentionType::kProperName);
    if (proper >= 0) {
      title->end = c_.mention(proper).span.end;
      return c_.mention(proper).end_token;
    }
    int32_t end = k;
    while (end < k + 3 && v_.IsWord(end) && !v_.IsCapitalized(end) &&
           !HasMentionAt(end)) {
      ++end;
    }
    if (end == k || !(v_.Is(end, ",") || v_.Is(end, "."))) return t;
    title->end = v_.token(end - 1).span.end;
    return end;
  }

  bool HasMentionAt(int32_t t) const {
    return c_.StartingAt(t, MentionType::kOrganization) >= 0 ||
           c_.StartingAt(t, MentionType::kPerson) >= 0 ||
           c_.StartingAt(t, MentionType::kDate) >= 0;
  }

  // "of the group", "of our university".
  bool IsDeterminer(int32_t t) const {
    return v_.IsLower(t, "the") || v_.IsLower(t, "our") ||
           v_.IsLower(t, "this");
  }

  bool IsOfLike(int32_t t) const {
    return v_.IsLower(t, "of") || v_.IsLower(t, "at") || v_.IsLower(t, "for") ||
           v_.IsLower(t, "in") || v_.IsLower(t, "from");
  }

  // --- backward --------------------------------------------------------------

  void Backward(int32_t person) {
    const Sentence& s = SentenceOf(person);
    int32_t t = c_.mention(person).first_token;
    // "Professor Mrs Rita Akosua Dickson": every honorific before the name.
    for (int32_t honorific = c_.EndingBefore(t, MentionType::kHonorific);
         honorific >= 0;
         honorific = c_.EndingBefore(t, MentionType::kHonorific)) {
      t = c_.mention(honorific).first_token;
    }
    const bool comma = t - 1 >= s.first_token && v_.Is(t - 1, ",");
    if (comma) --t;
    std::vector<TitleGroup> groups;
    const int32_t first_title = TitlesBefore(t, s, groups);
    if (first_title < 0 || BelongsToEarlierPerson(first_title, s)) return;
    const int32_t org =
        OrgOfTitles(person, first_title, groups.front().org, s, comma);
    if (org >= 0) list_.Remember(org, c_.SentenceOf(s.first_token));
    for (TitleGroup& g : groups) {
      if (g.org < 0) g.org = org;
      Emit(person, g);
    }
  }

  // The titles that end at token t, into `groups`: a title of an
  // organization or a plain title, and the titles listed before it.
  // Returns the first title's first token, or -1 when no title ends at t.
  int32_t TitlesBefore(int32_t t, const Sentence& s,
                       std::vector<TitleGroup>& groups) const {
    int32_t first_title = -1;
    if (std::optional<TitleGroup> g = TitleOfOrgBefore(t, s)) {
      groups.push_back(*g);
      first_title = g->end_token;  // holds the title's first token
    } else if (std::optional<TitleGroup> g = TitleWithFieldBefore(t)) {
      groups.push_back(*g);
      first_title = g->end_token;  // holds the title's first token
    } else {
      const int32_t title = c_.EndingBefore(t, MentionType::kTitle);
      if (title < 0) return -1;
      TitleGroup plain;
      plain.title = c_.mention(title).span;
      groups.push_back(plain);
      first_title = c_.mention(title).first_token;
    }
    return CollectTitlesBefore(first_title, groups);
  }

  // "Minister of Science Markus Blume": a title and its field before t.
  // The group's end_token holds the title's first token.
  std::optional<TitleGroup> TitleWithFieldBefore(int32_t t) const {
    const int32_t field = c_.EndingBefore(t, MentionType::kProperName);
    if (field < 0) return std::nullopt;
    const int32_t of = c_.mention(field).first_token - 1;
    if (!IsOfLike(of)) return std::nullopt;
    const int32_t title = c_.EndingBefore(of, MentionType::kTitle);
    if (title < 0) return std::nullopt;
    TitleGroup g;
    g.title = Span{c_.mention(title).span.begin, c_.mention(field).span.end};
    g.specified = true;
    g.end_token = c_.mention(title).first_token;
    return g;
  }

  // The organization of titles before a person: the one the first group
  // names, else the owner before the titles, one after the person, the
  // organization of a list the sentence continues, or (no comma between
  // titles and person) the sentence's only organization; -1 when none.
  int32_t OrgOfTitles(int32_t person, int32_t first_title, int32_t group_org,
                      const Sentence& s, bool comma) const {
    int32_t org = group_org;
    if (org < 0) org = OwnerBefore(first_title);
    if (org < 0) org = OrgAfterPerson(person);
    // "X Chairman P1 and Vice-Chairman P2": the list's organization.
    if (org < 0 &&
        (v_.IsLower(first_title - 1, "and") || v_.Is(first_title - 1, ","))) {
      org = list_.In(c_.SentenceOf(s.first_token));
    }
    if (org < 0 && !comma) org = OnlyOrgInSentence(s);
    return org;
  }

  // "Deputy Dean of OECE, P": a title, "of", an organization, before t. The
  // group's end_token holds the title's first token.
  std::optional<TitleGroup> TitleOfOrgBefore(int32_t t,
                                             const Sentence& s) const {
    // "the Executive Secretary of the ... Agency (KWIPA), Dr. P".
    if (v_.Is(t - 1, ")") && v_.Is(t - 3, "(")) t -= 3;
    const int32_t org = c_.EndingBefore(t, MentionType::kOrganization);
    if (org < 0) return std::nullopt;
    int32_t k = c_.mention(org).first_token;
    if (IsDeterminer(k - 1)) --k;
    if (!IsOfLike(k - 1)) return std::nullopt;
    k = k - 1;
    if (v_.Is(k - 1, ")")) {
      while (k - 1 > s.first_token && !v_.Is(k - 1, "(")) --k;
      --k;
    }
    const int32_t title = c_.EndingBefore(k, MentionType::kTitle);
    if (title < 0) {
      // "Director of Human Resources at GRIDCo, P".
      std::optional<TitleGroup> g = TitleWithFieldBefore(k);
      if (g) g->org = c_.EntityOf(org);
      return g;
    }
    TitleGroup g;
    g.title = TitleSpan(title);
    g.org = c_.EntityOf(org);
    g.end_token = c_.mention(title).first_token;
    return g;
  }

  // "Party Secretary and President P": earlier titles joined by "and" or ","
  // hold the same organization. Returns the first title's first token.
  int32_t CollectTitlesBefore(int32_t first,
                              std::vector<TitleGroup>& groups) const {
    while (v_.IsLower(first - 1, "and") || v_.Is(first - 1, ",")) {
      const int32_t title = c_.EndingBefore(first - 1, MentionType::kTitle);
      if (title < 0) break;
      TitleGroup g;
      g.title = c_.mention(title).span;
      g.org = groups.back().org;
      groups.insert(groups.begin(), g);
      first = c_.mention(title).first_token;
    }
    return first;
  }

  // "P1, Vice President of X, P2": the title is P1's.
  bool BelongsToEarlierPerson(int32_t first_title, const Sentence& s) const {
    int32_t k = first_title - 1;
    if (v_.IsLower(k, "the") || v_.IsLower(k, "a")) --k;
    if (k <= s.first_token || !v_.Is(k, ",")) return false;
    const int32_t earlier = c_.EndingBefore(k, MentionType::kPerson);
    // Not when the earlier person has a title of their own before them
    // ("Governor P1, the Executive Secretary of X, P2").
    return earlier >= 0 && !HasTitleBefore(earlier);
  }

  // "SUSTech President", "CQUPT's Party Secretary".
  int32_t OwnerBefore(int32_t first_title) const {
    int32_t k = first_title;
    if (v_.Is(k - 1, "'s")) --k;
    const int32_t org = c_.EndingBefore(k, MentionType::kOrganization);
    return org >= 0 ? c_.EntityOf(org) : -1;
  }

  // "President Cao Zejun of Huawei China Strategic MKT".
  int32_t OrgAfterPerson(int32_t person) const {
    const int32_t t = c_.mention(person).end_token;
    if (!v_.IsLower(t, "of")) return -1;
    int32_t k = t + 1;
    if (IsDeterminer(k)) ++k;
    const int32_t org = c_.StartingAt(k, MentionType::kOrganization);
    return org >= 0 ? c_.EntityOf(org) : -1;
  }

  // "Deputy General Manager of X": X is the body of a title stated there.
  bool IsBodyOfTitle(int32_t m) const {
    int32_t k = c_.mention(m).first_token - 1;
    if (IsDeterminer(k)) --k;
    return IsOfLike(k) && c_.EndingBefore(k, MentionType::kTitle) >= 0;
  }

  // The one organization of the sentence, unless it is the body of another
  // title there ("Governor X and Alibaba chief executive Y").
  int32_t OnlyOrgInSentence(const Sentence& s) const {
    int32_t only = -1;
    for (int32_t m : c_.InSentence(c_.SentenceOf(s.first_token))) {
      if (c_.TypeOf(m) != MentionType::kOrganization || c_.EntityOf(m) < 0) {
        continue;
      }
      const int32_t org = c_.EntityOf(m);
      if (c_.entities().orgs[org].kind == OrgKind::kMedia) continue;
      if (c_.StartingAt(c_.mention(m).end_token, MentionType::kTitle) >= 0 ||
          IsBodyOfTitle(m)) {
        return -1;
      }
      if (only >= 0 && only != org) return -1;
      only = org;
    }
    return only;
  }

  // --- output ----------------------------------------------------------------

  void Emit(int32_t person, const TitleGroup& g) {
    PositionRelation p;
    p.person = c_.EntityOf(person);
    p.title = std::string(SpanText(v_.text(), g.title));
    p.org = g.org >= 0 ? g.org : MinistryOfTitle(p.title);
    const std::optional<OrgKind> serves = KindServedBy(g.title);
    if (p.org < 0 && serves) {
      p.org = MainOrgOfKind(*serves);
      // A minister is not placed in a university for want of a ministry.
      if (p.org < 0) unplaced_.insert({p.person, TitleKey(p.title)});
    } else if (serves == OrgKind::kGovernment &&
               ServesOtherKind(p.org, *serves)) {
      // "Mayor Eleni Vasileiou" beside EHIA's department: a mayor heads a
      // government, so the article's government when it names one.
      const int32_t served = MainOrgOfKind(*serves);
      if (served >= 0) p.org = served;
    }
    p.evidence = Span{std::min(c_.mention(person).span.begin, g.title.begin),
                      std::max(c_.mention(person).span.end, g.title.end)};
    out_.push_back(std::move(p));
  }

  // Whether `org` is a body of another kind than the one a title serves;
  // units and bodies of unknown kind may hold any title. Only used for
  // government titles: a general manager may well run a company's centre.
  bool ServesOtherKind(int32_t org, OrgKind serves) const {
    const auto& orgs = c_.entities().orgs;
    // A unit is of its owner's kind.
    if (orgs[org].kind == OrgKind::kDepartment && orgs[org].parent >= 0) {
      org = orgs[org].parent;
    }
    const OrgKind kind = orgs[org].kind;
    return kind != serves && kind != OrgKind::kDepartment &&
           kind != OrgKind::kOther;
  }

  // "Vice-Chancellor Prof. X" with no organization in sight: the kind of
  // body the title serves (data/titles.txt), if it names one.
  std::optional<OrgKind> KindServedBy(Span title) const {
    const int32_t first = TokenAt(title.begin);
    const int32_t end = TokenAt(title.end - 1) + 1;
    std::optional<OrgKind> serves;
    for (int32_t t = first; t < end; ++t) {
      const PhraseLexicon::Match m = c_.resources().titles().LongestAt(
          v_.text(), c_.tokenized().tokens, t, end);
      if (m.length == 0) continue;
      const TitleEntry entry = UnpackTitleEntry(m.value);
      if (entry.role == TitleRole::kHead) serves = entry.serves;
      t += m.length - 1;
    }
    return serves;
  }

  // The article's main body of a kind, or -1. A governor or mayor heads a
  // government as a whole, not one of its agencies.
  int32_t MainOrgOfKind(OrgKind kind) const {
    if (kind == OrgKind::kGovernment) {
      for (int32_t org : main_orgs_) {
        if (c_.entities().orgs[org].kind == kind &&
            IsWholeGovernment(c_.entities().orgs[org].name)) {
          return org;
        }
      }
    }
    for (int32_t org : main_orgs_) {
      if (c_.entities().orgs[org].kind == kind) return org;
    }
    return -1;
  }

  // "Kwara State Government", "Tianjin Municipal People's Government": the
  // government of a place as a whole (its name ends in one of
  // government_words.txt KEY_SUFFIX), not one of its agencies.
  bool IsWholeGovernment(absl::string_view name) const {
    for (const std::string& suffix :
         c_.resources().government_words().key_suffixes) {
      if (name.size() > suffix.size() && absl::EndsWith(name, suffix) &&
          name[name.size() - suffix.size() - 1] == ' ') {
        return true;
      }
    }
    return false;
  }

  // The body that publishes the story ("our university"), else the most
  // mentioned body that is not part of another one.
  int32_t StoryOrganization() const {
    for (size_t m = 0; m < c_.mentions().items.size(); ++m) {
      const auto index = static_cast<int32_t>(m);
      const int32_t org = c_.EntityOf(index);
      if (c_.TypeOf(index) == MentionType::kOrganization && org >= 0 &&
          v_.IsLower(c_.mention(index).first_token - 1, "our") &&
          c_.entities().orgs[org].parent < 0) {
        return org;
      }
    }
    for (int32_t org : main_orgs_) {
      if (c_.entities().orgs[org].parent < 0) return org;
    }
    return -1;
  }

  int32_t TokenAt(int32_t byte) const {
    const auto& tokens = c_.tokenized().tokens;
    auto it = std::upper_bound(
        tokens.begin(), tokens.end(), byte,
        [](int32_t b, const Token& t) { return b < t.span.begin; });
    return static_cast<int32_t>(it - tokens.begin()) - 1;
  }

  // "Deputy Minister of Higher Education" serves the organization named
  // "... Ministry of Higher Education", "Permanent Secretary for Education
  // Services" the "Ministry of Education": the first word of the field the
  // title names, after "ministry of" or "department of" in a name.
  int32_t MinistryOfTitle(absl::string_view title) const {
    const std::string lower = LowerAscii(title);
    size_t pos = lower.rfind(" of ");
    if (const size_t f = lower.rfind(" for ");
        f != std::string::npos && (pos == std::string::npos || f > pos)) {
      pos = f + 1;
    }
    if (pos == std::string::npos) return -1;
    absl::string_view field(lower);
    field.remove_prefix(pos + 4);
    if (absl::StartsWith(field, "the ")) field.remove_prefix(4);
    field = field.substr(0, field.find(' '));
    if (field.empty()) return -1;
    const auto& orgs = c_.entities().orgs;
    for (size_t i = 0; i < orgs.size(); ++i) {
      if (orgs[i].kind != OrgKind::kGovernment) continue;
      const std::string name = LowerAscii(orgs[i].name);
      for (absl::string_view body : {"ministry of ", "department of "}) {
        if (absl::StrContains(name, absl::StrCat(body, field, " ")) ||
            absl::EndsWith(name, absl::StrCat(body, field))) {
          return static_cast<int32_t>(i);
        }
      }
    }
    return -1;
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
      key.push_back(
          c == '-' ? ' ' : absl::ascii_tolower(static_cast<unsigned char>(c)));
    }
    return key;
  }

  const RelationContext& c_;
  const TokenView& v_;
  std::vector<int32_t> main_orgs_;
  std::vector<PositionRelation> out_;
  // (person, title) pairs whose title serves a kind of body the article
  // does not name.
  absl::flat_hash_set<std::pair<int32_t, std::string>> unplaced_;
  // Persons already handled as the second of "P1 and P2, T".
  int32_t covered_until_ = -1;
  // The organization of the latest list item with one.
  CarriedOrg list_;
  // The body of the latest post a sentence elected someone to.
  CarriedOrg appointed_;
};

}  // namespace

std::vector<PositionRelation> ExtractPositions(const RelationContext& context) {
  return PositionScan(context).Run();
}

}  // namespace partnerlens::extraction
