// Partnerships: relation cues with two or more parties in one sentence.

#include <algorithm>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

#include "ingest_service/extraction/relation_parts.h"

namespace partnerlens::extraction {
namespace {

struct Cue {
  PartnershipKind kind;
  Span span;
  bool weak;  // a bare "cooperation" or "agreement"
  // For a cue inside a laboratory's name ("X Joint Laboratory of A and
  // B"): the laboratory, which is the relation's object, not a party.
  int32_t lab = -1;
};

class PartnershipScan {
 public:
  PartnershipScan(const RelationContext& c,
                  const std::vector<PositionRelation>& positions)
      : c_(c), v_(c.view()), positions_(positions), main_(MainParties(c)) {}

  // The article's main organizations that can be parties: a lab or centre
  // is what partners make, not one of them.
  static std::vector<int32_t> MainParties(const RelationContext& c) {
    std::vector<int32_t> main = MainOrganizations(c);
    main.erase(std::remove_if(main.begin(), main.end(),
                              [&](int32_t org) {
                                return IsFacilityName(
                                    c, c.entities().orgs[org].name);
                              }),
               main.end());
    return main;
  }

  std::vector<PartnershipRelation> Run() {
    for (int32_t s = 0; s < c_.sentence_count(); ++s) ScanSentence(s);
    DropParentRecords();
    return std::move(out_);
  }

 private:
  // Clauses split at ";": "A and B will ...; A and C have established ...".
  void ScanSentence(int32_t s_index) {
    const Sentence& sentence = c_.tokenized().sentences[s_index];
    Sentence clause = sentence;
    for (int32_t t = sentence.first_token; t <= sentence.end_token; ++t) {
      if (t < sentence.end_token && !v_.Is(t, ";")) continue;
      clause.end_token = t;
      if (clause.end_token > clause.first_token) {
        clause.span = v_.SpanOf(clause.first_token, clause.end_token);
        ScanClause(s_index, clause);
      }
      clause.first_token = t + 1;
    }
  }

  void ScanClause(int32_t s_index, const Sentence& s) {
    std::vector<Cue> cues = FindCues(s);
    if (cues.empty()) return;
    std::vector<int32_t> parties = Parties(s_index, s);
    if (parties.size() < 2 && !main_.empty()) AddMainParty(parties, 1);
    if (parties.size() < 2) return;
    const std::string date = SentenceDate(s_index);
    const bool has_strong = std::any_of(cues.begin(), cues.end(),
                                        [](const Cue& q) { return !q.weak; });
    std::vector<int32_t> made = CreatedIn(s_index, s);
    for (const Cue& cue : cues) {
      if (cue.weak && has_strong) continue;
      // An alliance founded is one its members join: it stays a party.
      std::vector<int32_t> objects = cue.kind == PartnershipKind::kMembership
                                         ? std::vector<int32_t>()
                                         : made;
      if (cue.lab >= 0) objects.push_back(cue.lab);
      AddForCue(cue, objects.empty() ? parties : Without(parties, objects), s,
                date);
    }
  }

  std::vector<int32_t> Without(std::vector<int32_t> parties,
                               const std::vector<int32_t>& objects) const {
    for (int32_t object : objects) {
      parties.erase(std::remove(parties.begin(), parties.end(), object),
                    parties.end());
    }
    if (parties.size() < 2) AddMainParty(parties, 1);
    return parties;
  }

  // The bodies clause s names as what is being made ("set up the X Joint
  // Laboratory", "unveiled the plaque of the X Centre"): the object of a
  // partnership, not a party to it.
  std::vector<int32_t> CreatedIn(int32_t s_index, const Sentence& s) const {
    std::vector<int32_t> made;
    for (int32_t m : c_.InSentence(s_index)) {
      if (c_.TypeOf(m) != MentionType::kOrganization || c_.EntityOf(m) < 0 ||
          c_.mention(m).first_token < s.first_token ||
          c_.mention(m).first_token >= s.end_token) {
        continue;
      }
      // Labs, centres and units are made; a school or an alliance built
      // stays a party ("Lenovo contracted to build the Luohu Future School").
      const OrgKind kind = c_.entities().orgs[c_.EntityOf(m)].kind;
      const bool made_kind = kind == OrgKind::kResearchInstitute ||
                             kind == OrgKind::kDepartment ||
                             kind == OrgKind::kOther;
      if (made_kind && IsCreationObject(c_.mention(m).first_token)) {
        AddUnique(c_.EntityOf(m), made);
      }
    }
    return made;
  }

  // Whether a creation verb governs the noun phrase starting at token t.
  bool IsCreationObject(int32_t t) const {
    int32_t k = SkipObjectModifiers(t - 1);
    // "the plaque of the X", "the opening ceremony of the X".
    if (v_.IsLower(k, "of") || v_.IsLower(k, "for")) {
      const int32_t noun = k - 1;
      if (v_.IsLower(noun, "plaque") || v_.IsLower(noun, "nameplate")) {
        k = SkipObjectModifiers(noun - 1);
      } else if (v_.IsLower(noun, "ceremony")) {
        k = noun - 1;
      }
    }
    if (v_.IsLower(k, "up")) --k;  // "set up"
    return v_.IsLowerIn(k, c_.resources().relation_words().creation);
  }

  // Back past "the", "a", "new", "jointly" ... to the verb before them.
  int32_t SkipObjectModifiers(int32_t k) const {
    while (k >= 0 &&
           (v_.IsLower(k, "the") || v_.IsLower(k, "a") || v_.IsLower(k, "an") ||
            v_.IsLower(k, "new") || v_.IsLower(k, "jointly") ||
            v_.IsLower(k, "joint") || v_.IsLower(k, "officially") ||
            v_.IsLower(k, "formally") || v_.IsLower(k, "their") ||
            v_.IsLower(k, "its"))) {
      --k;
    }
    return k;
  }

  void AddForCue(const Cue& cue, const std::vector<int32_t>& parties,
                 const Sentence& s, const std::string& date) {
    const PartnershipStatus status = Status(s, cue);
    if (cue.kind == PartnershipKind::kMembership) {
      AddMemberships(parties, cue, status, date);
    } else if (IsPairwise(s)) {
      for (size_t i = 1; i < parties.size(); ++i) {
        Add({parties[0], parties[i]}, cue, status, date);
      }
    } else {
      Add(parties, cue, status, date);
    }
  }

  std::vector<Cue> FindCues(const Sentence& s) const {
    std::vector<Cue> cues;
    const auto& lexicon = c_.resources().partnership_cues();
    for (int32_t t = s.first_token; t < s.end_token; ++t) {
      const PhraseLexicon::Match m =
          lexicon.LongestAt(v_.text(), c_.tokenized().tokens, t, s.end_token);
      if (m.length == 0) continue;
      const auto kind = static_cast<PartnershipKind>(m.value);
      // Inside an organization's name a cue counts only when the name says
      // the laboratory is joint: "Intelligent Sensing Joint Laboratory of A".
      const int32_t inside = OrgContaining(t);
      const bool lab =
          inside >= 0 && kind == PartnershipKind::kJointLab &&
          v_.IsLower(t, "joint") &&
          c_.entities().orgs[inside].kind == OrgKind::kResearchInstitute;
      if (inside >= 0 && !lab) continue;
      const bool weak = kind == PartnershipKind::kStrategicCooperation &&
                        !IsExplicitStrategic(t, t + m.length);
      cues.push_back(
          Cue{kind, v_.SpanOf(t, t + m.length), weak, lab ? inside : -1});
      t += m.length - 1;
    }
    return cues;
  }

  // "strategic cooperation", "framework agreement": a general agreement by
  // name; "an agreement", "an MoU" only when nothing more specific is said.
  bool IsExplicitStrategic(int32_t first, int32_t end) const {
    for (int32_t t = first; t < end; ++t) {
      if (v_.IsLowerIn(t, c_.resources().relation_words().strategic)) {
        return true;
      }
    }
    return false;
  }

  // The organization whose mention covers token t, or -1.
  int32_t OrgContaining(int32_t t) const {
    for (int32_t m : c_.InSentence(c_.SentenceOf(t))) {
      if (c_.TypeOf(m) == MentionType::kOrganization &&
          c_.mention(m).first_token <= t && t < c_.mention(m).end_token) {
        return c_.EntityOf(m);
      }
    }
    return -1;
  }

  // Organizations of the sentence that act as parties, in text order.
  std::vector<int32_t> Parties(int32_t s_index, const Sentence& s) const {
    std::vector<int32_t> parties;
    for (int32_t m : c_.InSentence(s_index)) {
      const int32_t org = PartyOf(m, s_index, s);
      if (org >= 0) AddUnique(org, parties);
    }
    if (c_.MentionsBothParties(s.first_token, s.end_token)) {
      for (int32_t org : BothParties(s_index)) AddUnique(org, parties);
    }
    if (parties.size() < 2) AddTitleOrgs(s, parties);
    return parties;
  }

  // The organization mention m of sentence s names when it acts as a
  // party, or -1.
  int32_t PartyOf(int32_t m, int32_t s_index, const Sentence& s) const {
    if (c_.TypeOf(m) != MentionType::kOrganization ||
        c_.mention(m).first_token < s.first_token ||
        c_.mention(m).first_token >= s.end_token || IsLocative(m)) {
      return -1;
    }
    const int32_t org = c_.EntityOf(m);
    if (org < 0 || c_.entities().orgs[org].kind == OrgKind::kMedia) return -1;
    if (IsTitleOrg(m) || IsInsideOtherOrg(m, s_index) ||
        IsOwnerInApposition(m)) {
      return -1;
    }
    // "signed the implementation agreement on the centre": the thing made.
    if (c_.mention(m).anaphor &&
        v_.IsLowerIn(c_.mention(m).first_token,
                     c_.resources().relation_words().facilities)) {
      return -1;
    }
    return org;
  }

  static void AddUnique(int32_t org, std::vector<int32_t>& parties) {
    if (std::find(parties.begin(), parties.end(), org) == parties.end()) {
      parties.push_back(org);
    }
  }

  // "Both sides": the article's main organization and the other party most
  // recently named (in this or the two sentences before).
  std::vector<int32_t> BothParties(int32_t s_index) const {
    std::vector<int32_t> out;
    if (main_.empty()) return out;
    out.push_back(main_[0]);
    for (int32_t s = s_index; s >= 0 && s >= s_index - 2 && out.size() < 2;
         --s) {
      const int32_t org = LatestPartyIn(s);
      if (org >= 0) out.push_back(org);
    }
    if (out.size() < 2 && main_.size() > 1) out.push_back(main_[1]);
    return out;
  }

  // The organization named last in sentence s that could be the other
  // party: not the main one or its unit, not a medium, and not a body
  // someone in that sentence holds a title in ("Deputy General Manager of
  // Huashu Technology, ... how Huashu Technology supports ...").
  int32_t LatestPartyIn(int32_t s) const {
    const absl::Span<const int32_t> in = c_.InSentence(s);
    absl::flat_hash_set<int32_t> title_bodies;
    for (int32_t m : in) {
      if (c_.TypeOf(m) == MentionType::kOrganization && IsTitleOrg(m)) {
        title_bodies.insert(c_.EntityOf(m));
      }
    }
    for (auto it = in.rbegin(); it != in.rend(); ++it) {
      const int32_t org = c_.EntityOf(*it);
      if (c_.TypeOf(*it) != MentionType::kOrganization || org < 0 ||
          org == main_[0] || title_bodies.contains(org) ||
          c_.entities().orgs[org].kind == OrgKind::kMedia ||
          c_.entities().orgs[org].parent == main_[0]) {
        continue;
      }
      // "students of the College of Engineering. The two institutions":
      // a unit stands for the body it belongs to.
      const int32_t parent = c_.entities().orgs[org].parent;
      return parent >= 0 ? parent : org;
    }
    return -1;
  }

  // "X, MD of Huawei Egypt, and Y, Deputy Minister of ..., signed": the
  // bodies the signers speak for are the parties.
  void AddTitleOrgs(const Sentence& s, std::vector<int32_t>& parties) const {
    for (const PositionRelation& p : positions_) {
      if (p.org < 0 || p.evidence.begin < s.span.begin ||
          p.evidence.begin >= s.span.end ||
          c_.entities().orgs[p.org].kind == OrgKind::kMedia) {
        continue;
      }
      AddUnique(p.org, parties);
    }
  }

  // "held its founding ceremony in Guiyang": a place named as a place.
  bool IsLocative(int32_t m) const {
    const int32_t before = c_.mention(m).first_token - 1;
    // "signed ... at the Party-Masses Service Center": a venue. A university
    // or company after "at" is still a party ("a base at NUAA").
    const int32_t org = c_.EntityOf(m);
    const bool venue_like =
        org >= 0 && c_.TypeOf(m) == MentionType::kOrganization &&
        c_.entities().orgs[org].kind != OrgKind::kUniversity &&
        c_.entities().orgs[org].kind != OrgKind::kCompany;
    // "unveiled in the Academic Exchange Centre" likewise.
    const bool at_or_in = v_.IsLower(before, "at") || v_.IsLower(before, "in");
    const bool the_after =
        v_.IsLower(before, "the") &&
        (v_.IsLower(before - 1, "at") || v_.IsLower(before - 1, "in"));
    if (venue_like && (at_or_in || the_after)) return true;
    if (c_.mention(m).type != MentionType::kLocation) return false;
    return v_.IsLower(before, "in") || v_.IsLower(before, "at") ||
           v_.IsLower(before, "to") || v_.IsLower(before, "from");
  }

  // A mention nested in a longer organization mention ("Zhejiang University
  // of Technology" inside "School of Computer Science at ...") names a
  // parent, not a party.
  bool IsInsideOtherOrg(int32_t m, int32_t s_index) const {
    const Mention& inner = c_.mention(m);
    for (int32_t o : c_.InSentence(s_index)) {
      if (o == m || c_.TypeOf(o) != MentionType::kOrganization) continue;
      const Mention& outer = c_.mention(o);
      if (outer.span.begin <= inner.span.begin &&
          inner.span.end <= outer.span.end && outer.span != inner.span) {
        return true;
      }
    }
    return false;
  }

  // "Tengjing Cloud, the cloud computing unit of Tengjing Group, and ...":
  // the owner named in an apposition describes the party before it.
  bool IsOwnerInApposition(int32_t m) const {
    constexpr int32_t kMaxAppositionWords = 6;
    int32_t k = c_.mention(m).first_token - 1;
    if (IsArticle(k)) --k;
    if (!v_.IsLower(k, "of")) return false;
    for (int32_t t = k - 1; t >= 0 && k - t <= kMaxAppositionWords; --t) {
      if (v_.Is(t, ",")) {
        return IsArticle(t + 1) &&
               c_.EndingBefore(t, MentionType::kOrganization) >= 0;
      }
      if (!v_.IsWord(t)) return false;
    }
    return false;
  }

  bool IsArticle(int32_t t) const {
    return v_.IsLower(t, "the") || v_.IsLower(t, "a") || v_.IsLower(t, "an");
  }

  // "vice president of Lenovo Group", "SUSTech President": the body of
  // someone's title.
  bool IsTitleOrg(int32_t m) const {
    int32_t k = c_.mention(m).first_token - 1;
    if (v_.IsLower(k, "the")) --k;
    if ((v_.IsLower(k, "of") || v_.IsLower(k, "at")) &&
        c_.EndingBefore(k, MentionType::kTitle) >= 0) {
      return true;
    }
    return c_.StartingAt(c_.mention(m).end_token, MentionType::kTitle) >= 0 &&
           c_.StartingAt(c_.mention(m).end_token + 1, MentionType::kPerson) >=
               0;
  }

  // Adds the most central organization that is neither a party nor a
  // unit or owner of one.
  void AddMainParty(std::vector<int32_t>& parties, size_t want) const {
    const auto& orgs = c_.entities().orgs;
    for (int32_t org : main_) {
      if (parties.size() > want) break;
      const bool related =
          std::any_of(parties.begin(), parties.end(), [&](int32_t p) {
            return p == org || orgs[p].parent == org || orgs[org].parent == p;
          });
      if (!related) {
        parties.push_back(org);
        return;
      }
    }
  }

  // "signed cooperation agreements with A and B", "respectively": one
  // relation with each partner. "According to the agreements" refers back
  // and says nothing of how many.
  bool IsPairwise(const Sentence& s) const {
    for (int32_t t = s.first_token; t < s.end_token; ++t) {
      if (v_.IsLowerIn(t, c_.resources().relation_words().pairwise) &&
          !v_.IsLower(t - 1, "the") && !v_.IsLower(t - 1, "these") &&
          !v_.IsLower(t - 1, "those")) {
        return true;
      }
    }
    return false;
  }

  // The status cue nearest to the relation cue in its clause; AGREED when
  // the clause has none ("After the talks, they unveiled the base": the
  // unveiling, not the talks, fixes the base).
  PartnershipStatus Status(const Sentence& s, const Cue& cue) const {
    if (FollowsIntent(s, cue)) return PartnershipStatus::kDiscussed;
    const auto& lexicon = c_.resources().status_cues();
    PartnershipStatus best = PartnershipStatus::kAgreed;
    int32_t best_distance = INT32_MAX;
    for (int32_t t = s.first_token; t < s.end_token; ++t) {
      const PhraseLexicon::Match m =
          lexicon.LongestAt(v_.text(), c_.tokenized().tokens, t, s.end_token);
      if (m.length == 0) continue;
      const Span span = v_.SpanOf(t, t + m.length);
      const int32_t distance = span.end <= cue.span.begin
                                   ? cue.span.begin - span.end
                                   : std::max(0, span.begin - cue.span.end);
      if (distance < best_distance) {
        best_distance = distance;
        best = static_cast<PartnershipStatus>(m.value);
      }
      t += m.length - 1;
    }
    return best;
  }

  // "hoped to set up an internship base": a word of intent before the cue
  // in its clause.
  bool FollowsIntent(const Sentence& s, const Cue& cue) const {
    const auto& lexicon = c_.resources().intent_cues();
    for (int32_t t = s.first_token; t < s.end_token; ++t) {
      if (v_.token(t).span.begin >= cue.span.begin) break;
      const PhraseLexicon::Match m =
          lexicon.LongestAt(v_.text(), c_.tokenized().tokens, t, s.end_token);
      if (m.length > 0) return true;
    }
    return false;
  }

  std::string SentenceDate(int32_t s) const {
    for (int32_t m : c_.InSentence(s)) {
      if (c_.TypeOf(m) == MentionType::kDate &&
          !c_.mention(m).date_value.empty()) {
        return c_.mention(m).date_value;
      }
    }
    return "";
  }

  // Each member with the alliance; the alliance is the ALLIANCE party, or
  // the article's main alliance.
  void AddMemberships(const std::vector<int32_t>& parties, const Cue& cue,
                      PartnershipStatus status, const std::string& date) {
    int32_t alliance = -1;
    for (int32_t org : parties) {
      if (c_.entities().orgs[org].kind == OrgKind::kAlliance) alliance = org;
    }
    if (alliance < 0) alliance = MainAlliance();
    if (alliance < 0) return;
    for (int32_t org : parties) {
      // "Tsinghua University (Yanqi Lake Institute ...)": the unit joined.
      if (org == alliance || IsParentOfAnother(org, parties)) continue;
      Add({org, alliance}, cue, status, date);
    }
  }

  bool IsParentOfAnother(int32_t org,
                         const std::vector<int32_t>& parties) const {
    return std::any_of(parties.begin(), parties.end(), [&](int32_t other) {
      return c_.entities().orgs[other].parent == org;
    });
  }

  int32_t MainAlliance() const {
    for (int32_t org : main_) {
      if (c_.entities().orgs[org].kind == OrgKind::kAlliance) return org;
    }
    return -1;
  }

  // A unit of another party is no party of its own ("Huawei" and "Huawei
  // Jinan Research Institute"; the polytechnic and its business unit).
  void DropUnitsOfParties(std::vector<int32_t>& sorted,
                          std::vector<int32_t>& orgs) const {
    auto is_unit = [&](int32_t org) {
      const int32_t parent = c_.entities().orgs[org].parent;
      return parent >= 0 &&
             std::binary_search(sorted.begin(), sorted.end(), parent);
    };
    std::vector<int32_t> units;
    for (int32_t org : sorted) {
      if (is_unit(org)) units.push_back(org);
    }
    for (int32_t unit : units) {
      sorted.erase(std::find(sorted.begin(), sorted.end(), unit));
      orgs.erase(std::remove(orgs.begin(), orgs.end(), unit), orgs.end());
    }
  }

  bool HasGovernment(const std::vector<int32_t>& orgs) const {
    return std::any_of(orgs.begin(), orgs.end(), [&](int32_t org) {
      return c_.entities().orgs[org].kind == OrgKind::kGovernment;
    });
  }

  void Add(std::vector<int32_t> orgs, const Cue& cue, PartnershipStatus status,
           const std::string& date) {
    std::vector<int32_t> sorted = orgs;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    DropUnitsOfParties(sorted, orgs);
    if (sorted.size() < 2) return;
    // An investment settles in a place: one party is its government.
    if (cue.kind == PartnershipKind::kInvestment && !HasGovernment(sorted)) {
      return;
    }
    const std::string key = absl::StrCat(absl::StrJoin(sorted, ","), "|",
                                         static_cast<int>(cue.kind));
    if (!seen_.insert(key).second) return;
    PartnershipRelation p;
    p.orgs = std::move(orgs);
    p.kind = cue.kind;
    p.status = status;
    p.date = date;
    p.evidence = cue.span;
    out_.push_back(std::move(p));
  }

  // "The School of Clinical Medicine and the hospital will train ..." and
  // "the university and the hospital will train ...": one relation, held by
  // the unit, when two records of a kind differ only in a unit and its
  // parent; a record of another kind with the parent moves to the unit.
  // Pairs are compared only while the records are few.
  void DropParentRecords() {
    constexpr size_t kMaxRecordsCompared = 256;
    if (out_.size() > kMaxRecordsCompared) return;
    std::vector<bool> drop(out_.size(), false);
    for (size_t a = 0; a < out_.size(); ++a) {
      for (size_t b = 0; b < out_.size(); ++b) {
        if (a != b && !drop[a] && !drop[b]) MergeUnitRecords(a, b, drop);
      }
    }
    MarkDuplicates(drop);
    size_t kept = 0;
    for (size_t i = 0; i < out_.size(); ++i) {
      if (drop[i]) continue;
      if (kept != i) out_[kept] = std::move(out_[i]);
      ++kept;
    }
    out_.resize(kept);
  }

  // Records a and b when a has the parent where b has its unit.
  void MergeUnitRecords(size_t a, size_t b, std::vector<bool>& drop) {
    const int32_t unit = ReplacedUnit(out_[a].orgs, out_[b].orgs);
    if (unit < 0) return;
    // A school or department acts for itself; a lab or centre made under
    // its owner does not.
    const bool unit_acts =
        c_.entities().orgs[unit].kind == OrgKind::kDepartment &&
        !IsFacilityName(c_, c_.entities().orgs[unit].name);
    if (out_[a].kind == out_[b].kind) {
      drop[unit_acts ? a : b] = true;
    } else if (unit_acts) {
      // The unit in play is the party of the story's other relations with
      // the same partners too.
      std::replace(out_[a].orgs.begin(), out_[a].orgs.end(),
                   c_.entities().orgs[unit].parent, unit);
    }
  }

  // Marks every record but the first of each organization set and kind.
  void MarkDuplicates(std::vector<bool>& drop) const {
    absl::flat_hash_set<std::string> kept_keys;
    for (size_t i = 0; i < out_.size(); ++i) {
      std::vector<int32_t> sorted = out_[i].orgs;
      std::sort(sorted.begin(), sorted.end());
      const std::string key = absl::StrCat(absl::StrJoin(sorted, ","), "|",
                                           static_cast<int>(out_[i].kind));
      if (!drop[i] && !kept_keys.insert(key).second) drop[i] = true;
    }
  }

  // "Intelligent Sensing Joint Laboratory of X": a name whose head word (or
  // the word before its "of") is a facility noun.
  static bool IsFacilityName(const RelationContext& c, absl::string_view name) {
    const std::string lower = LowerAscii(name);
    absl::string_view head(lower);
    if (const size_t of = head.find(" of "); of != absl::string_view::npos) {
      head = head.substr(0, of);
    }
    head = head.substr(head.rfind(' ') + 1);
    return c.resources().relation_words().facilities.contains(head);
  }

  // The unit of `units` that `parents` has replaced by its parent, when
  // that is their only difference; else -1.
  int32_t ReplacedUnit(const std::vector<int32_t>& parents,
                       const std::vector<int32_t>& units) const {
    if (parents.size() != units.size()) return -1;
    int32_t replaced = -1;
    for (int32_t unit : units) {
      if (std::find(parents.begin(), parents.end(), unit) != parents.end()) {
        continue;
      }
      const int32_t parent = c_.entities().orgs[unit].parent;
      if (replaced >= 0 || parent < 0 ||
          std::find(parents.begin(), parents.end(), parent) == parents.end()) {
        return -1;
      }
      replaced = unit;
    }
    return replaced;
  }

  const RelationContext& c_;
  const TokenView& v_;
  const std::vector<PositionRelation>& positions_;
  std::vector<int32_t> main_;
  absl::flat_hash_set<std::string> seen_;
  std::vector<PartnershipRelation> out_;
};

}  // namespace

std::vector<int32_t> MainOrganizations(const RelationContext& context) {
  const ResolvedEntities& e = context.entities();
  const auto& items = context.mentions().items;
  std::vector<int32_t> count(e.orgs.size(), 0);
  std::vector<int32_t> first(e.orgs.size(), INT32_MAX);
  int32_t outer_end = -1;  // end of the latest organization mention
  for (size_t m = 0; m < items.size(); ++m) {
    if (e.mention_type[m] != MentionType::kOrganization) continue;
    const int32_t org = e.mention_entity[m];
    // Names nested in a longer name ("X" in "School of Y at X") count for
    // the longer one only.
    const bool nested = items[m].span.end <= outer_end;
    outer_end = std::max(outer_end, items[m].span.end);
    if (org < 0 || nested) continue;
    ++count[org];
    first[org] = std::min(first[org], static_cast<int32_t>(m));
  }
  std::vector<int32_t> order;
  for (size_t i = 0; i < e.orgs.size(); ++i) {
    if (e.orgs[i].kind != OrgKind::kMedia && count[i] > 0) {
      order.push_back(static_cast<int32_t>(i));
    }
  }
  std::stable_sort(order.begin(), order.end(), [&](int32_t a, int32_t b) {
    if (count[a] != count[b]) return count[a] > count[b];
    return first[a] < first[b];
  });
  return order;
}

std::vector<PartnershipRelation> ExtractPartnerships(
    const RelationContext& context,
    const std::vector<PositionRelation>& positions) {
  return PartnershipScan(context, positions).Run();
}

}  // namespace partnerlens::extraction
