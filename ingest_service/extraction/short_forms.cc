#include "ingest_service/extraction/short_forms.h"

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"

#include "common/text/name_key.h"
#include "ingest_service/extraction/acronyms.h"

namespace partnerlens::extraction {
namespace {

using Buckets = absl::flat_hash_map<absl::string_view, std::vector<int32_t>>;

const std::vector<int32_t>& Bucket(const Buckets& map, absl::string_view key) {
  static const auto* const empty = new std::vector<int32_t>();
  auto it = map.find(key);
  return it == map.end() ? *empty : it->second;
}

// Long organizations bucketed by the words the short-form rules compare,
// each bucket in text order, so that a rule looks only at candidates that
// can match. Exact while JoinAcronymsAndShortForms runs, which changes no
// kinds.
struct ShortFormIndex {
  // The long organizations that start with place words, by the key of
  // their name without them. A key costs a Unicode normalisation, too much
  // to repeat per mention pair.
  absl::flat_hash_map<std::string, std::vector<int32_t>> by_core_name;
  // FirstWordTarget: by the first word (for companies, after place words).
  Buckets by_first_word;
  // OwnerPrefixedTarget: by the word after a possible owner word (first
  // words that are common or places excluded).
  Buckets by_owned_word;
  // AcronymTarget: by each capital its first letter may come from.
  absl::flat_hash_map<std::string, std::vector<int32_t>> by_initial;
  // Words of each long organization, by mention index.
  absl::flat_hash_map<int32_t, std::vector<absl::string_view>> words;
};

// How many long names one acronym is tried against.
constexpr size_t kMaxAcronymCandidates = 64;

class ShortFormJoiner {
 public:
  explicit ShortFormJoiner(ResolutionState& state)
      : state_(state), view_(state.view), items_(state.items) {}

  void Run() {
    for (int32_t candidate : LongOrgs()) AddToIndex(candidate);
    for (int32_t i = 0; i < state_.size(); ++i) {
      if ((!state_.OrgAt(i) && state_.types[i] != MentionType::kProperName) ||
          items_[i].anaphor) {
        continue;
      }
      // "Huashu Group" again, already joined to the company it stands for,
      // must not join another "Huashu ..." too.
      if (resolved_.contains(state_.clusters.Find(i))) continue;
      const int32_t target = ShortFormTarget(i);
      if (target < 0) continue;
      state_.types[i] = MentionType::kOrganization;
      state_.clusters.Join(target, i);
      resolved_.insert(state_.clusters.Find(i));
    }
  }

 private:
  // Organization mentions with multi-word names, in text order.
  std::vector<int32_t> LongOrgs() const {
    std::vector<int32_t> out;
    for (int32_t i = 0; i < state_.size(); ++i) {
      if (state_.OrgAt(i) && items_[i].end_token - items_[i].first_token >= 2) {
        out.push_back(i);
      }
    }
    return out;
  }

  void AddToIndex(int32_t candidate) {
    const Mention& c = items_[candidate];
    AddCoreName(candidate);
    int32_t t = c.first_token;
    const bool company = state_.kinds[candidate] == OrgKind::kCompany;
    while (company && t < c.end_token - 1 &&
           state_.IsPlaceWord(view_.word(t))) {
      ++t;
    }
    index_.by_first_word[view_.word(t)].push_back(candidate);
    const absl::string_view first = view_.word(c.first_token);
    if (!state_.resources.IsCommonWord(first) && !state_.IsPlaceWord(first)) {
      index_.by_owned_word[view_.word(c.first_token + 1)].push_back(candidate);
    }
    std::vector<absl::string_view>& words = index_.words[candidate];
    words = MentionWords(candidate);
    for (const std::string& initial :
         AcronymInitials(words, state_.resources)) {
      index_.by_initial[initial].push_back(candidate);
    }
  }

  void AddCoreName(int32_t candidate) {
    const Mention& c = items_[candidate];
    int32_t t = c.first_token;
    while (t < c.end_token - 1 && state_.IsPlaceWord(view_.word(t))) ++t;
    if (t == c.first_token || c.end_token - t < 2) return;
    index_
        .by_core_name[text::OrganizationKey(
            SpanText(view_.text(), view_.SpanOf(t, c.end_token)))]
        .push_back(candidate);
  }

  int32_t ShortFormTarget(int32_t i) {
    if (const int32_t core = CoreNameTarget(i); core >= 0) return core;
    const Mention& m = items_[i];
    const int32_t n = m.end_token - m.first_token;
    if (n == 1 && view_.Has(m.first_token, kTokenAllCaps)) {
      return AcronymTarget(i);
    }
    if (n == 1) return FirstWordTarget(view_.word(m.first_token), i);
    if (n == 2 &&
        view_.IsIn(m.first_token + 1,
                   state_.resources.org_name_words().short_name_heads)) {
      if (view_.Has(m.first_token, kTokenAllCaps)) {
        return AcronymTarget(i);  // "GJI Group"
      }
      return FirstWordTarget(view_.word(m.first_token), i);
    }
    if (const int32_t prefix = CompanyPrefixTarget(i); prefix >= 0) {
      return prefix;
    }
    if (const int32_t owned = OwnerPrefixedTarget(i); owned >= 0) {
      return owned;
    }
    if (const int32_t dropped = DroppedWordTarget(i); dropped >= 0) {
      return dropped;
    }
    return SubsequenceTarget(i);
  }

  // "Prairie Ridge Community College, Riverbend Health launch ...": a
  // headline's first word, taken for mere capitalisation, was the name's
  // first word when a name of the same kind reads so elsewhere.
  int32_t DroppedWordTarget(int32_t i) {
    const Mention& m = items_[i];
    const int32_t before = m.first_token - 1;
    if (before < 0 || !view_.IsCapitalized(before)) return -1;
    const std::vector<absl::string_view> words = MentionWords(i);
    return FirstCandidate(
        view_.word(before), i, state_.kinds[i], [&](int32_t candidate) {
          const std::vector<absl::string_view>& full =
              index_.words.at(candidate);
          return full.size() == words.size() + 1 &&
                 std::equal(words.begin(), words.end(), full.begin() + 1);
        });
  }

  // The words of mention i, punctuation left out.
  std::vector<absl::string_view> MentionWords(int32_t i) const {
    std::vector<absl::string_view> words;
    for (int32_t t = items_[i].first_token; t < items_[i].end_token; ++t) {
      if (view_.IsWord(t)) words.push_back(view_.word(t));
    }
    return words;
  }

  // The first name filed under `word` (at most kMaxAcronymCandidates of
  // them) that is of `kind`, not yet mention i's, and `fits`; -1 if none.
  template <typename Fits>
  int32_t FirstCandidate(absl::string_view word, int32_t i, OrgKind kind,
                         const Fits& fits) {
    const std::vector<int32_t>& candidates = Bucket(index_.by_first_word, word);
    const size_t limit = std::min(candidates.size(), kMaxAcronymCandidates);
    for (size_t k = 0; k < limit; ++k) {
      const int32_t candidate = candidates[k];
      if (!SameCluster(candidate, i) && state_.kinds[candidate] == kind &&
          fits(candidate)) {
        return candidate;
      }
    }
    return -1;
  }

  // "China Mobile Zhejiang Company" for "China Mobile Communications Group
  // Zhejiang Co., Ltd.": a company's words, its head and legal words set
  // aside, in order inside a longer company name filed under the same
  // first word. Looks at most at kMaxAcronymCandidates names.
  int32_t SubsequenceTarget(int32_t i) {
    if (state_.kinds[i] != OrgKind::kCompany) return -1;
    const Mention& m = items_[i];
    std::vector<absl::string_view> core;
    std::vector<absl::string_view> heads;
    int32_t t = m.first_token;
    while (t < m.end_token - 1 && state_.IsPlaceWord(view_.word(t))) ++t;
    const absl::string_view first = view_.word(t);
    for (t = m.first_token; t < m.end_token; ++t) {
      if (!view_.IsWord(t)) continue;
      (IsHeadOrLegal(view_.word(t)) ? heads : core).push_back(view_.word(t));
    }
    if (core.size() < 2) return -1;
    return FirstCandidate(first, i, OrgKind::kCompany, [&](int32_t candidate) {
      const std::vector<absl::string_view>& words = index_.words.at(candidate);
      // "... Development Group Co., Ltd." is not "... Development
      // Technology Park Development Co., Ltd.": a head word must recur.
      return words.size() > core.size() + 1 && IsSubsequence(core, words) &&
             HeadsRecur(heads, words, candidate);
    });
  }

  bool IsHeadOrLegal(absl::string_view word) const {
    const int32_t value = state_.resources.org_heads().Find(word, -1);
    return (value >= 0 &&
            UnpackOrgHead(value).strength == HeadStrength::kStrong) ||
           state_.resources.org_name_words().registered_legal_forms.contains(
               word);
  }

  // Each head word recurs in `words`; "Company" also as a legal form.
  bool HeadsRecur(const std::vector<absl::string_view>& heads,
                  const std::vector<absl::string_view>& words,
                  int32_t candidate) const {
    const WordSet& legal =
        state_.resources.org_name_words().registered_legal_forms;
    for (absl::string_view head : heads) {
      if (legal.contains(head)) continue;
      const bool recurs =
          std::find(words.begin(), words.end(), head) != words.end();
      if (!recurs && !(head == "Company" && HasLegalSuffix(candidate))) {
        return false;
      }
    }
    return true;
  }

  static bool IsSubsequence(const std::vector<absl::string_view>& part,
                            const std::vector<absl::string_view>& whole) {
    size_t k = 0;
    for (absl::string_view w : whole) {
      if (k < part.size() && w == part[k]) ++k;
    }
    return k == part.size();
  }

  // "Zhongke Xinchuang" for "Zhongke Xinchuang Semiconductor Co., Ltd.": the
  // first words of a company's name (after place words), when they carry no
  // head word of their own. Looks at most at kMaxAcronymCandidates names.
  int32_t CompanyPrefixTarget(int32_t i) {
    const Mention& m = items_[i];
    const int32_t n = m.end_token - m.first_token;
    if (n < 2 || HasHeadWord(m.first_token, m.end_token)) return -1;
    return FirstCandidate(view_.word(m.first_token), i, OrgKind::kCompany,
                          [&](int32_t candidate) {
                            return StartsWithWords(candidate, m.first_token, n);
                          });
  }

  bool HasHeadWord(int32_t first, int32_t end) const {
    for (int32_t t = first; t < end; ++t) {
      const int32_t value =
          state_.resources.org_heads().Find(view_.word(t), -1);
      if (value >= 0 && UnpackOrgHead(value).strength != HeadStrength::kWeak) {
        return true;
      }
    }
    return false;
  }

  // Whether the name of `candidate`, after place words, starts with the n
  // words from token `first` and goes on after them.
  bool StartsWithWords(int32_t candidate, int32_t first, int32_t n) const {
    const Mention& c = items_[candidate];
    int32_t t = c.first_token;
    while (t < c.end_token - 1 && state_.IsPlaceWord(view_.word(t))) ++t;
    if (c.end_token - t <= n) return false;
    for (int32_t k = 0; k < n; ++k) {
      if (view_.word(t + k) != view_.word(first + k)) return false;
    }
    return true;
  }

  bool SameCluster(int32_t a, int32_t b) {
    return state_.clusters.Find(a) == state_.clusters.Find(b);
  }

  // "Hualian Century Bioengineering" for "Shenzhen Hualian Century
  // Bioengineering Co. Ltd": the name without its leading place words.
  int32_t CoreNameTarget(int32_t i) {
    const std::string key = state_.OrgKeyOf(i);
    if (key.empty()) return -1;
    auto it = index_.by_core_name.find(key);
    if (it == index_.by_core_name.end()) return -1;
    for (int32_t candidate : it->second) {
      if (!SameCluster(candidate, i)) return candidate;
    }
    return -1;
  }

  // "Jinan Research Institute" for "Huawei Jinan Research Institute": the
  // same name after one owner word.
  int32_t OwnerPrefixedTarget(int32_t i) {
    const Mention& m = items_[i];
    const int32_t n = m.end_token - m.first_token;
    for (int32_t candidate :
         Bucket(index_.by_owned_word, view_.word(m.first_token))) {
      const Mention& c = items_[candidate];
      if (c.end_token - c.first_token != n + 1 || SameCluster(candidate, i)) {
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

  // The first long name the acronym spells. Each acronym is looked up once
  // per article, over at most kMaxAcronymCandidates names, which keeps an
  // article of a thousand acronyms and names linear.
  int32_t AcronymTarget(int32_t i) {
    const absl::string_view acronym = view_.word(items_[i].first_token);
    auto [cached, inserted] =
        acronym_targets_.try_emplace(std::string(acronym), -1);
    if (!inserted) {
      return cached->second >= 0 && !SameCluster(cached->second, i)
                 ? cached->second
                 : -1;
    }
    auto it = index_.by_initial.find(acronym.substr(0, 1));
    if (it == index_.by_initial.end()) return -1;
    const size_t limit = std::min(it->second.size(), kMaxAcronymCandidates);
    for (size_t k = 0; k < limit; ++k) {
      const int32_t candidate = it->second[k];
      if (SameCluster(candidate, i)) continue;
      if (SpellsInitials(acronym, index_.words.at(candidate),
                         state_.resources)) {
        cached->second = candidate;
        return candidate;
      }
    }
    return -1;
  }

  // The company whose name starts (after place words) with `word`:
  // "Huawei" -> "Huawei Technologies Co., Ltd.".
  int32_t FirstWordTarget(absl::string_view word, int32_t i) {
    if (state_.IsPlaceWord(word)) return -1;
    // "Raincoat" for "Raincoat Roofing Systems": a common word only when it
    // is capitalised inside a sentence.
    if (state_.resources.IsCommonWord(word) &&
        state_.IsSentenceStart(items_[i].first_token)) {
      return -1;
    }
    // "Tencent" names Tencent itself, not "Tencent Cloud and Smart
    // Industries Group": a well-known name only stands for its own legal
    // or group form.
    const bool known = state_.resources.known_orgs().Contains(word) &&
                       items_[i].end_token - items_[i].first_token == 1;
    int32_t best = -1;
    for (int32_t candidate : Bucket(index_.by_first_word, word)) {
      if (!IsFirstWordCandidate(word, i, candidate)) continue;
      if (known && !HasLegalSuffix(candidate) &&
          !IsWordAndHeads(word, candidate)) {
        continue;
      }
      if (best < 0 || Better(candidate, best)) best = candidate;
    }
    return best;
  }

  // "Zhejiang Geely Holding Group" for "Geely": the word, after place
  // words, followed by nothing but head words.
  bool IsWordAndHeads(absl::string_view word, int32_t candidate) const {
    const Mention& c = items_[candidate];
    int32_t t = c.first_token;
    while (t < c.end_token && state_.IsPlaceWord(view_.word(t))) ++t;
    if (t + 1 >= c.end_token || view_.word(t) != word) return false;
    for (++t; t < c.end_token; ++t) {
      if (!state_.resources.org_heads().Contains(view_.word(t))) return false;
    }
    return true;
  }

  // Companies by their first word; other bodies only when the name is that
  // word and its head ("Curtin" for "Curtin University"), and not for a
  // common word.
  bool IsFirstWordCandidate(absl::string_view word, int32_t i,
                            int32_t candidate) {
    if (SameCluster(candidate, i)) return false;
    if (state_.kinds[candidate] == OrgKind::kCompany) return true;
    const Mention& c = items_[candidate];
    const bool word_and_head =
        items_[i].end_token - items_[i].first_token == 1 &&
        c.end_token - c.first_token == 2 &&
        state_.resources.org_heads().Contains(view_.word(c.first_token + 1));
    return word_and_head && !state_.resources.IsCommonWord(word);
  }

  // A registered name over a trade name, else the fuller name: "Geely"
  // is "Zhejiang Geely Holding Group" more than "Geely Auto".
  bool Better(int32_t candidate, int32_t best) const {
    const bool legal = HasLegalSuffix(candidate);
    if (legal != HasLegalSuffix(best)) return legal;
    return Length(candidate) > Length(best);
  }

  int32_t Length(int32_t i) const {
    return items_[i].end_token - items_[i].first_token;
  }

  bool HasLegalSuffix(int32_t i) const {
    const Mention& m = items_[i];
    const WordSet& forms =
        state_.resources.org_name_words().registered_legal_forms;
    for (int32_t t = m.first_token; t < m.end_token; ++t) {
      if (view_.IsIn(t, forms)) return true;
    }
    return false;
  }

  ResolutionState& state_;
  // Acronym -> the long name it spells, or -1.
  absl::flat_hash_map<std::string, int32_t> acronym_targets_;
  // Cluster roots a short form has already been joined into.
  absl::flat_hash_set<int32_t> resolved_;
  const TokenView& view_;
  const std::vector<Mention>& items_;
  ShortFormIndex index_;
};

}  // namespace

void JoinAcronymsAndShortForms(ResolutionState& state) {
  ShortFormJoiner(state).Run();
}

}  // namespace partnerlens::extraction
