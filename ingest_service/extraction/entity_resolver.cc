#include "ingest_service/extraction/entity_resolver.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <numeric>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

#include "common/text/name_key.h"
#include "ingest_service/extraction/person_names.h"
#include "ingest_service/extraction/token_view.h"

namespace partnerlens::extraction {
namespace {

constexpr size_t kOrgKindCount = static_cast<size_t>(OrgKind::kOther) + 1;

// Union-find over mention indexes.
class Clusters {
 public:
  explicit Clusters(size_t n) : parent_(n) {
    std::iota(parent_.begin(), parent_.end(), 0);
  }
  int32_t Find(int32_t i) {
    while (parent_[i] != i) {
      parent_[i] = parent_[parent_[i]];
      i = parent_[i];
    }
    return i;
  }
  // Joins the clusters of a and b; the earlier mention stays the root.
  void Join(int32_t a, int32_t b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return;
    if (b < a) std::swap(a, b);
    parent_[b] = a;
  }

 private:
  std::vector<int32_t> parent_;
};

// Capital letters an acronym may take from one word: its first letter, or
// the first letters of its pinyin syllables ("Zhejiang" -> "ZJ").
std::vector<std::string> InitialsOfWord(absl::string_view word,
                                        const ExtractionResources& r) {
  std::vector<std::string> out;
  if (word.empty()) return out;
  out.emplace_back(1, absl::ascii_toupper(static_cast<unsigned char>(word[0])));
  const std::string lower = LowerAscii(word);
  // Greedy longest-syllable split; good enough for place names.
  std::string initials;
  size_t pos = 0;
  while (pos < lower.size()) {
    size_t len = std::min<size_t>(6, lower.size() - pos);
    while (len > 0 && !r.IsPinyinSyllable(lower.substr(pos, len))) --len;
    if (len == 0) return out;
    initials.push_back(
        absl::ascii_toupper(static_cast<unsigned char>(lower[pos])));
    pos += len;
  }
  if (initials.size() > 1) out.push_back(initials);
  return out;
}

// Words an acronym may leave out: connectors and legal forms ("GJI Group"
// for "Guangjin International Group").
bool IsSkippableWord(absl::string_view lower) {
  return lower == "of" || lower == "and" || lower == "the" || lower == "for" ||
         lower == "&" || lower == "at" || lower == "in" || lower == "group" ||
         lower == "co" || lower == "ltd" || lower == "company" ||
         lower == "corporation" || lower == "limited" || lower == "inc";
}

// Whether `acronym` spells initials of `words` in order, each word giving
// its first letter, its syllable initials, or (connectors only) nothing.
bool SpellsInitials(absl::string_view acronym,
                    const std::vector<absl::string_view>& words, size_t w,
                    const ExtractionResources& r) {
  if (acronym.empty()) return w == words.size();
  if (w == words.size()) return false;
  const std::string lower = LowerAscii(words[w]);
  if (IsSkippableWord(lower) && SpellsInitials(acronym, words, w + 1, r)) {
    return true;
  }
  for (const std::string& initials : InitialsOfWord(words[w], r)) {
    if (absl::StartsWith(acronym, initials) &&
        SpellsInitials(acronym.substr(initials.size()), words, w + 1, r)) {
      return true;
    }
  }
  return false;
}

class Resolver {
 public:
  Resolver(absl::string_view text, const TokenizedText& tokenized,
           const Mentions& mentions, const ExtractionResources& r)
      : view_(text, tokenized),
        tokenized_(tokenized),
        items_(mentions.items),
        r_(r),
        clusters_(mentions.items.size()),
        types_(mentions.items.size()),
        kinds_(mentions.items.size()) {
    starting_.resize(tokenized.tokens.size() + 1);
    ending_.resize(tokenized.tokens.size() + 1);
    for (size_t i = 0; i < items_.size(); ++i) {
      types_[i] = items_[i].type;
      kinds_[i] = items_[i].org_kind;
      starting_[items_[i].first_token].push_back(static_cast<int32_t>(i));
      ending_[items_[i].end_token].push_back(static_cast<int32_t>(i));
    }
  }

  ResolvedEntities Run() {
    PromoteGovernments();
    JoinOrgsByKey();
    JoinAcronymsAndShortForms();
    JoinAnaphors();
    JoinPeople();
    return Build();
  }

 private:
  std::string Text(int32_t i) const {
    return std::string(SpanText(view_.text(), items_[i].span));
  }
  bool OrgAt(int32_t i) const {
    return types_[i] == MentionType::kOrganization;
  }

  // --- governments ----------------------------------------------------------

  // A place named as a party or as the body of a title is a government.
  void PromoteGovernments() {
    for (size_t i = 0; i < items_.size(); ++i) {
      if (types_[i] != MentionType::kLocation) continue;
      if (IsTitleBody(static_cast<int32_t>(i)) ||
          IsCoordinatedWithOrg(static_cast<int32_t>(i))) {
        types_[i] = MentionType::kOrganization;
        government_.push_back(static_cast<int32_t>(i));
      }
    }
  }

  bool IsTitleBody(int32_t i) const {
    const int32_t before = items_[i].first_token - 1;
    if (!view_.IsLower(before, "of")) return false;
    return MentionEndingAt(before, MentionType::kTitle) >= 0;
  }

  // "Huawei and Jinan", "cooperation between X and Tianjin", "signed ...
  // with Tianjin": a place coordinated with an organization, or after
  // "with"/"between" in a sentence about cooperation.
  bool IsCoordinatedWithOrg(int32_t i) const {
    const Mention& m = items_[i];
    const int32_t before = m.first_token - 1;
    if (view_.IsLower(before, "and") &&
        MentionEndingAt(before, MentionType::kOrganization) >= 0) {
      return true;
    }
    if (view_.IsLower(m.end_token, "and") &&
        MentionStartingAt(m.end_token + 1, MentionType::kOrganization) >= 0) {
      return true;
    }
    const bool with =
        view_.IsLower(before, "with") || view_.IsLower(before, "between");
    return with && !view_.IsLower(before - 1, "line") &&
           SentenceHasCooperationCue(m.first_token);
  }

  bool SentenceHasCooperationCue(int32_t token) const {
    auto it = std::upper_bound(
        tokenized_.sentences.begin(), tokenized_.sentences.end(), token,
        [](int32_t t, const Sentence& s) { return t < s.first_token; });
    if (it == tokenized_.sentences.begin()) return false;
    const Sentence& s = *(it - 1);
    for (int32_t t = s.first_token; t < s.end_token; ++t) {
      if (r_.partnership_cues()
              .LongestAt(view_.text(), tokenized_.tokens, t, s.end_token)
              .length > 0) {
        return true;
      }
    }
    return false;
  }

  int32_t MentionEndingAt(int32_t token_before, MentionType type) const {
    if (token_before < 0 ||
        token_before >= static_cast<int32_t>(ending_.size())) {
      return -1;
    }
    for (int32_t i : ending_[token_before]) {
      if (items_[i].type == type) return i;
    }
    return -1;
  }

  int32_t MentionStartingAt(int32_t token, MentionType type) const {
    if (token < 0 || token >= static_cast<int32_t>(starting_.size())) return -1;
    for (int32_t i : starting_[token]) {
      if (items_[i].type == type) return i;
    }
    return -1;
  }

  // --- organizations --------------------------------------------------------

  // "Tianjin City", "Tianjin Government" and "Tianjin" are one government.
  std::string OrgKeyOf(int32_t i) const {
    std::string name = Text(i);
    for (absl::string_view suffix :
         {" Municipal People's Government", " Provincial People's Government",
          " People's Government", " Municipal Government",
          " Provincial Government", " Government", " City", " Province",
          " Municipality"}) {
      if (!absl::EndsWith(name, suffix)) continue;
      const std::string place = name.substr(0, name.size() - suffix.size());
      if (r_.locations().Contains(place)) name = place;
      break;
    }
    return text::OrganizationKey(name);
  }

  bool IsGovernmentPlace(int32_t i) const {
    return std::find(government_.begin(), government_.end(), i) !=
           government_.end();
  }

  void JoinOrgsByKey() {
    absl::flat_hash_map<std::string, int32_t> first_with_key;
    for (size_t i = 0; i < items_.size(); ++i) {
      const auto index = static_cast<int32_t>(i);
      if (!OrgAt(index) || items_[i].anaphor) continue;
      if (items_[i].same_as >= 0) clusters_.Join(index, items_[i].same_as);
      const std::string key = OrgKeyOf(index);
      if (key.empty()) continue;
      auto [it, inserted] = first_with_key.emplace(key, index);
      if (!inserted) clusters_.Join(it->second, index);
    }
    // Places and unknown names spelled like an organization are it.
    for (size_t i = 0; i < items_.size(); ++i) {
      if (types_[i] != MentionType::kProperName &&
          types_[i] != MentionType::kLocation) {
        continue;
      }
      auto it = first_with_key.find(OrgKeyOf(static_cast<int32_t>(i)));
      if (it == first_with_key.end()) continue;
      types_[i] = MentionType::kOrganization;
      clusters_.Join(it->second, static_cast<int32_t>(i));
    }
  }

  // Organization clusters' representative mentions with multi-word names.
  std::vector<int32_t> LongOrgRoots() {
    std::vector<int32_t> out;
    for (size_t i = 0; i < items_.size(); ++i) {
      const auto index = static_cast<int32_t>(i);
      if (OrgAt(index) && items_[i].end_token - items_[i].first_token >= 2) {
        out.push_back(index);
      }
    }
    return out;
  }

  void JoinAcronymsAndShortForms() {
    const std::vector<int32_t> long_orgs = LongOrgRoots();
    core_name_targets_ = CoreNameTargets(long_orgs);
    for (size_t i = 0; i < items_.size(); ++i) {
      const auto index = static_cast<int32_t>(i);
      if ((!OrgAt(index) && types_[i] != MentionType::kProperName) ||
          items_[i].anaphor) {
        continue;
      }
      const int32_t target = ShortFormTarget(index, long_orgs);
      if (target < 0) continue;
      types_[i] = MentionType::kOrganization;
      clusters_.Join(target, index);
    }
  }

  int32_t ShortFormTarget(int32_t i, const std::vector<int32_t>& long_orgs) {
    if (const int32_t core = CoreNameTarget(i); core >= 0) return core;
    const Mention& m = items_[i];
    const int32_t n = m.end_token - m.first_token;
    if (n == 1 && view_.Has(m.first_token, kTokenAllCaps)) {
      return AcronymTarget(i, long_orgs);
    }
    if (n == 1) return FirstWordTarget(view_.word(m.first_token), long_orgs, i);
    if (n == 2 && IsCompanyWord(view_.word(m.first_token + 1))) {
      if (view_.Has(m.first_token, kTokenAllCaps)) {
        return AcronymTarget(i, long_orgs);  // "GJI Group"
      }
      return FirstWordTarget(view_.word(m.first_token), long_orgs, i);
    }
    return OwnerPrefixedTarget(i, long_orgs);
  }

  // "Hualian Century Bioengineering" for "Shenzhen Hualian Century
  // Bioengineering Co. Ltd": the name without its leading place words.
  int32_t CoreNameTarget(int32_t i) {
    const std::string key = OrgKeyOf(i);
    if (key.empty()) return -1;
    auto it = core_name_targets_.find(key);
    if (it == core_name_targets_.end()) return -1;
    for (int32_t candidate : it->second) {
      if (clusters_.Find(candidate) != clusters_.Find(i)) return candidate;
    }
    return -1;
  }

  // The long organizations that start with place words, by the key of
  // their name without them, in text order. Built once per article: a key
  // costs a Unicode normalisation, too much to repeat per mention pair.
  absl::flat_hash_map<std::string, std::vector<int32_t>> CoreNameTargets(
      const std::vector<int32_t>& long_orgs) const {
    absl::flat_hash_map<std::string, std::vector<int32_t>> targets;
    for (int32_t candidate : long_orgs) {
      const Mention& c = items_[candidate];
      int32_t t = c.first_token;
      while (t < c.end_token - 1 && IsPlaceWord(view_.word(t))) ++t;
      if (t == c.first_token || c.end_token - t < 2) continue;
      targets[text::OrganizationKey(
                  SpanText(view_.text(), view_.SpanOf(t, c.end_token)))]
          .push_back(candidate);
    }
    return targets;
  }

  // "Jinan Research Institute" for "Huawei Jinan Research Institute": the
  // same name after one owner word.
  int32_t OwnerPrefixedTarget(int32_t i,
                              const std::vector<int32_t>& long_orgs) {
    const Mention& m = items_[i];
    const int32_t n = m.end_token - m.first_token;
    for (int32_t candidate : long_orgs) {
      const Mention& c = items_[candidate];
      if (c.end_token - c.first_token != n + 1 ||
          clusters_.Find(candidate) == clusters_.Find(i) ||
          r_.IsCommonWord(view_.word(c.first_token)) ||
          IsPlaceWord(view_.word(c.first_token))) {
        continue;
      }
      bool same = true;
      for (int32_t k = 0; k < n && same; ++k) {
        same =
            view_.word(m.first_token + k) == view_.word(c.first_token + 1 + k);
      }
      if (same) return candidate;
    }
    return -1;
  }

  int32_t AcronymTarget(int32_t i, const std::vector<int32_t>& long_orgs) {
    const absl::string_view acronym = view_.word(items_[i].first_token);
    for (int32_t candidate : long_orgs) {
      if (clusters_.Find(candidate) == clusters_.Find(i)) continue;
      std::vector<absl::string_view> words;
      for (int32_t t = items_[candidate].first_token;
           t < items_[candidate].end_token; ++t) {
        if (view_.IsWord(t)) words.push_back(view_.word(t));
      }
      if (SpellsInitials(acronym, words, 0, r_)) return candidate;
    }
    return -1;
  }

  static bool IsCompanyWord(absl::string_view w) {
    return w == "Group" || w == "Company" || w == "Corporation" || w == "Co";
  }

  // The company whose name starts (after place words) with `word`:
  // "Huawei" -> "Huawei Technologies Co., Ltd.".
  int32_t FirstWordTarget(absl::string_view word,
                          const std::vector<int32_t>& long_orgs, int32_t i) {
    if (IsPlaceWord(word)) return -1;
    // "Raincoat" for "Raincoat Roofing Systems": a common word only when it
    // is capitalised inside a sentence.
    if (r_.IsCommonWord(word) && IsSentenceStart(items_[i].first_token)) {
      return -1;
    }
    int32_t best = -1;
    for (int32_t candidate : long_orgs) {
      const Mention& c = items_[candidate];
      if (clusters_.Find(candidate) == clusters_.Find(i)) continue;
      // Companies by their first word; other bodies only when the name is
      // that word and its head ("Curtin" for "Curtin University").
      const bool company = kinds_[candidate] == OrgKind::kCompany;
      const bool word_and_head =
          items_[i].end_token - items_[i].first_token == 1 &&
          c.end_token - c.first_token == 2 &&
          r_.org_heads().Contains(view_.word(c.first_token + 1));
      if (!company && !word_and_head) continue;
      if (r_.IsCommonWord(word) && !company) continue;
      int32_t t = c.first_token;
      while (company && t < c.end_token - 1 && IsPlaceWord(view_.word(t))) ++t;
      if (view_.word(t) != word) continue;
      if (best < 0 || HasLegalSuffix(candidate)) best = candidate;
    }
    return best;
  }

  bool IsSentenceStart(int32_t token) const {
    auto it = std::upper_bound(
        tokenized_.sentences.begin(), tokenized_.sentences.end(), token,
        [](int32_t t, const Sentence& s) { return t < s.first_token; });
    return it != tokenized_.sentences.begin() && (it - 1)->first_token == token;
  }

  bool HasLegalSuffix(int32_t i) const {
    const Mention& m = items_[i];
    for (int32_t t = m.first_token; t < m.end_token; ++t) {
      const absl::string_view w = view_.word(t);
      if (w == "Ltd" || w == "LTD" || w == "Co" || w == "Inc" ||
          w == "Limited") {
        return true;
      }
    }
    return false;
  }

  bool IsPlaceWord(absl::string_view word) const {
    return r_.locations().Contains(word);
  }

  // "the group" joins the latest named organization of its kind before it,
  // else the first after it; unresolved, it names nothing.
  void JoinAnaphors() {
    std::array<std::vector<int32_t>, kOrgKindCount> named;
    for (size_t j = 0; j < items_.size(); ++j) {
      // Named organizations only; places made governments keep their kind.
      if (items_[j].type == MentionType::kOrganization && !items_[j].anaphor) {
        named[static_cast<size_t>(items_[j].org_kind)].push_back(
            static_cast<int32_t>(j));
      }
    }
    for (size_t i = 0; i < items_.size(); ++i) {
      if (!items_[i].anaphor || !OrgAt(static_cast<int32_t>(i))) continue;
      const auto index = static_cast<int32_t>(i);
      if (IsCityAnaphor(index)) {
        const int32_t city = PromoteMainCity();
        if (city >= 0) {
          clusters_.Join(city, index);
        } else {
          types_[i] = MentionType::kProperName;
        }
        continue;
      }
      int32_t target =
          Preceding(named[static_cast<size_t>(items_[i].org_kind)], index);
      if (target < 0) {
        // "the group" for "XXCIG": a name of unknown kind learns it.
        target = Preceding(named[static_cast<size_t>(OrgKind::kOther)], index);
        if (target >= 0) SetClusterKind(target, items_[i].org_kind);
      }
      if (target < 0 && items_[i].org_kind == OrgKind::kGovernment) {
        target = PromoteMainCity();
      }
      if (target < 0) {
        types_[i] = MentionType::kProperName;
        continue;
      }
      clusters_.Join(target, index);
    }
  }

  // "our city", "the municipality", "the municipal government": the city's
  // own government, not any government body named before.
  bool IsCityAnaphor(int32_t i) const {
    const std::string lower = LowerAscii(Text(i));
    return items_[i].org_kind == OrgKind::kGovernment &&
           (lower == "city" || lower == "municipality" ||
            absl::StrContains(lower, "government"));
  }

  // The latest candidate before `index`, else the first after, else -1.
  static int32_t Preceding(const std::vector<int32_t>& candidates,
                           int32_t index) {
    auto it = std::lower_bound(candidates.begin(), candidates.end(), index);
    if (it != candidates.begin()) return *(it - 1);
    return it == candidates.end() ? -1 : *it;
  }

  void SetClusterKind(int32_t target, OrgKind kind) {
    const int32_t root = clusters_.Find(target);
    for (size_t j = 0; j < items_.size(); ++j) {
      if (clusters_.Find(static_cast<int32_t>(j)) == root) kinds_[j] = kind;
    }
  }

  // "our city": the place the article names most often becomes its
  // government. Returns one of its mentions, or -1.
  int32_t PromoteMainCity() {
    if (!government_.empty()) return government_.front();
    absl::flat_hash_map<std::string, int32_t> count;
    int32_t best = -1;
    for (size_t j = 0; j < items_.size(); ++j) {
      if (types_[j] != MentionType::kLocation) continue;
      const int32_t n = ++count[OrgKeyOf(static_cast<int32_t>(j))];
      if (best < 0 || n > count[OrgKeyOf(best)]) best = static_cast<int32_t>(j);
    }
    if (best < 0) return -1;
    const std::string key = OrgKeyOf(best);
    for (size_t j = 0; j < items_.size(); ++j) {
      if (types_[j] != MentionType::kLocation ||
          OrgKeyOf(static_cast<int32_t>(j)) != key) {
        continue;
      }
      types_[j] = MentionType::kOrganization;
      kinds_[j] = OrgKind::kGovernment;
      government_.push_back(static_cast<int32_t>(j));
      clusters_.Join(best, static_cast<int32_t>(j));
    }
    return best;
  }

  // --- people ---------------------------------------------------------------

  void JoinPeople() {
    absl::flat_hash_map<std::string, int32_t> first_with_key;
    std::vector<int32_t> full_names;
    for (size_t i = 0; i < items_.size(); ++i) {
      const auto index = static_cast<int32_t>(i);
      if (types_[i] != MentionType::kPerson) continue;
      const std::string key = text::PersonKey(Text(index));
      auto [it, inserted] = first_with_key.emplace(key, index);
      if (!inserted) clusters_.Join(it->second, index);
      if (items_[i].end_token - items_[i].first_token >= 2) {
        full_names.push_back(index);
      }
    }
    for (size_t i = 0; i < items_.size(); ++i) {
      const auto index = static_cast<int32_t>(i);
      const bool single = items_[i].end_token - items_[i].first_token == 1;
      if (!single || (types_[i] != MentionType::kPerson &&
                      types_[i] != MentionType::kProperName)) {
        continue;
      }
      const int32_t target = PartOfFullName(index, full_names);
      if (target < 0) continue;
      types_[i] = MentionType::kPerson;
      clusters_.Join(target, index);
    }
  }

  // The latest full name before mention i that contains its word.
  int32_t PartOfFullName(int32_t i,
                         const std::vector<int32_t>& full_names) const {
    const absl::string_view word = view_.word(items_[i].first_token);
    int32_t best = -1;
    for (int32_t candidate : full_names) {
      const Mention& c = items_[candidate];
      for (int32_t t = c.first_token; t < c.end_token; ++t) {
        if (view_.word(t) == word && (best < 0 || candidate < i))
          best = candidate;
      }
    }
    return best;
  }

  // --- output ---------------------------------------------------------------

  ResolvedEntities Build() {
    ResolvedEntities out;
    out.mention_type = types_;
    out.mention_entity.assign(items_.size(), -1);
    absl::flat_hash_map<int32_t, int32_t> org_of_root;
    absl::flat_hash_map<int32_t, int32_t> person_of_root;
    for (size_t i = 0; i < items_.size(); ++i) {
      const auto index = static_cast<int32_t>(i);
      const int32_t root = clusters_.Find(index);
      if (OrgAt(index)) {
        out.mention_entity[i] = EntityFor(root, org_of_root, out.orgs);
        AddOrgMention(out.orgs[out.mention_entity[i]], index);
      } else if (types_[i] == MentionType::kPerson) {
        out.mention_entity[i] = EntityFor(root, person_of_root, out.people);
        AddPersonMention(out.people[out.mention_entity[i]], index);
      }
    }
    for (size_t i = 0; i < items_.size(); ++i) {
      const int32_t parent = items_[i].parent;
      if (!OrgAt(static_cast<int32_t>(i)) || parent < 0) continue;
      const int32_t child = out.mention_entity[i];
      const int32_t owner = out.mention_entity[parent];
      if (owner >= 0 && owner != child) out.orgs[child].parent = owner;
    }
    for (OrgEntity& org : out.orgs) FinishAliases(org);
    AssignOwnersByPrefix(out.orgs);
    DropSingleTokenPeople(out);
    return out;
  }

  template <typename Entity>
  static int32_t EntityFor(int32_t root,
                           absl::flat_hash_map<int32_t, int32_t>& of_root,
                           std::vector<Entity>& entities) {
    auto [it, inserted] =
        of_root.emplace(root, static_cast<int32_t>(entities.size()));
    if (inserted) entities.emplace_back();
    return it->second;
  }

  void AddOrgMention(OrgEntity& org, int32_t i) {
    org.mentions.push_back(items_[i].span);
    if (items_[i].anaphor) return;
    const std::string name = Text(i);
    const bool longer = name.size() > org.name.size();
    if (org.name.empty() || longer) {
      if (!org.name.empty()) org.aliases.push_back(org.name);
      org.name = name;
      if (items_[i].type == MentionType::kOrganization)
        org.kind = kinds_[i];
      else if (IsGovernmentPlace(i))
        org.kind = OrgKind::kGovernment;
    } else {
      org.aliases.push_back(name);
    }
    if (IsGovernmentPlace(i) && org.mentions.size() == 1) {
      org.kind = OrgKind::kGovernment;
    }
  }

  void AddPersonMention(PersonEntity& person, int32_t i) {
    const std::string name = Text(i);
    person.mentions.push_back(items_[i].span);
    if (name.size() > person.name.size()) person.name = name;
  }

  // "Huawei Jinan Research Institute", "Lenovo SSG": a unit named after its
  // owner (a company or university, by name or alias) belongs to it.
  static void AssignOwnersByPrefix(std::vector<OrgEntity>& orgs) {
    for (size_t child = 0; child < orgs.size(); ++child) {
      OrgEntity& c = orgs[child];
      if (c.parent >= 0 || c.kind == OrgKind::kCompany ||
          c.kind == OrgKind::kUniversity || c.kind == OrgKind::kGovernment) {
        continue;
      }
      for (size_t owner = 0; owner < orgs.size() && c.parent < 0; ++owner) {
        const OrgEntity& o = orgs[owner];
        if (owner == child ||
            (o.kind != OrgKind::kCompany && o.kind != OrgKind::kUniversity)) {
          continue;
        }
        if (StartsWithName(c.name, o.name) ||
            std::any_of(o.aliases.begin(), o.aliases.end(),
                        [&](const std::string& a) {
                          return StartsWithName(c.name, a);
                        })) {
          c.parent = static_cast<int32_t>(owner);
        }
      }
    }
  }

  static bool StartsWithName(absl::string_view name, absl::string_view prefix) {
    return prefix.size() >= 2 && name.size() > prefix.size() + 1 &&
           absl::StartsWith(name, prefix) && name[prefix.size()] == ' ';
  }

  // Aliases: distinct, not the name itself, in first-use order.
  static void FinishAliases(OrgEntity& org) {
    std::vector<std::string> unique;
    for (std::string& alias : org.aliases) {
      if (alias == org.name ||
          std::find(unique.begin(), unique.end(), alias) != unique.end()) {
        continue;
      }
      unique.push_back(std::move(alias));
    }
    org.aliases = std::move(unique);
  }

  // A person known only by one word is not a record of its own.
  static void DropSingleTokenPeople(ResolvedEntities& out) {
    std::vector<int32_t> new_index(out.people.size(), -1);
    std::vector<PersonEntity> kept;
    for (size_t i = 0; i < out.people.size(); ++i) {
      if (out.people[i].name.find(' ') == std::string::npos) continue;
      new_index[i] = static_cast<int32_t>(kept.size());
      kept.push_back(std::move(out.people[i]));
    }
    out.people = std::move(kept);
    for (size_t i = 0; i < out.mention_entity.size(); ++i) {
      if (out.mention_type[i] != MentionType::kPerson) continue;
      out.mention_entity[i] = new_index[out.mention_entity[i]];
      if (out.mention_entity[i] < 0)
        out.mention_type[i] = MentionType::kProperName;
    }
  }

  TokenView view_;
  const TokenizedText& tokenized_;
  const std::vector<Mention>& items_;
  const ExtractionResources& r_;
  Clusters clusters_;
  // Mentions by first token and by end token.
  std::vector<std::vector<int32_t>> starting_;
  std::vector<std::vector<int32_t>> ending_;
  std::vector<MentionType> types_;
  // Organization kind per mention; an anaphor can teach a name its kind.
  std::vector<OrgKind> kinds_;
  // CoreNameTargets of the long organizations, while joining short forms.
  absl::flat_hash_map<std::string, std::vector<int32_t>> core_name_targets_;
  std::vector<int32_t> government_;
};

}  // namespace

ResolvedEntities ResolveEntities(absl::string_view text,
                                 const TokenizedText& tokenized,
                                 const Mentions& mentions,
                                 const ExtractionResources& resources) {
  return Resolver(text, tokenized, mentions, resources).Run();
}

}  // namespace partnerlens::extraction
