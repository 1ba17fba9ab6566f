#include "ingest_service/extraction/mention_finder.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

#include "ingest_service/extraction/name_chunker.h"
#include "ingest_service/extraction/person_names.h"
#include "ingest_service/extraction/token_view.h"

namespace partnerlens::extraction {
namespace {

constexpr std::array<absl::string_view, 13> kLocationSuffixes = {
    "city", "province", "district", "county", "town",   "village",   "zone",
    "park", "area",     "region",   "state",  "island", "prefecture"};

bool IsLocationSuffix(absl::string_view lower) {
  return std::find(kLocationSuffixes.begin(), kLocationSuffixes.end(), lower) !=
         kLocationSuffixes.end();
}

// Words after a name that make it a person: "X said", "X told".
constexpr std::array<absl::string_view, 12> kSpeechVerbs = {
    "said",    "says",   "told",      "added",  "noted",      "stressed",
    "pointed", "stated", "explained", "argued", "emphasized", "remarked"};

bool IsSpeechVerb(absl::string_view lower) {
  return std::find(kSpeechVerbs.begin(), kSpeechVerbs.end(), lower) !=
         kSpeechVerbs.end();
}

// Whether the token is an inner capital word of a brand ("TapTechNews",
// "SUSTech", "DayDayNews"): upper case after a lower-case letter, or an
// all-caps run followed by a capitalised word inside one token.
bool IsCamelCase(absl::string_view word) {
  if (word.size() < 4 ||
      !absl::ascii_isupper(static_cast<unsigned char>(word[0]))) {
    return false;
  }
  if (absl::StartsWith(word, "Mc") || absl::StartsWith(word, "Mac")) {
    return false;
  }
  for (size_t i = 2; i + 1 < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    const auto prev = static_cast<unsigned char>(word[i - 1]);
    const auto next = static_cast<unsigned char>(word[i + 1]);
    if (absl::ascii_isupper(c) && absl::ascii_islower(next) &&
        (absl::ascii_islower(prev) || absl::ascii_isupper(prev))) {
      return true;
    }
  }
  return false;
}

class MentionScanner {
 public:
  MentionScanner(absl::string_view text, const TokenizedText& tokenized,
                 const ExtractionResources& resources)
      : view_(text, tokenized),
        tokenized_(tokenized),
        r_(resources),
        roles_(tokenized.tokens.size(), TokenRole::kFree) {}

  Mentions Run(const ArticleDates& dates) {
    for (const DatedSpan& date : dates.dates) MarkDate(date);
    for (const Sentence& sentence : tokenized_.sentences) {
      MarkTitlesAndHonorifics(sentence);
      MarkGovernmentBodies(sentence);
      MarkAnaphors(sentence);
      const bool results = IsResultsLine(sentence);
      for (const NameChunk& chunk :
           FindNameChunks(view_, sentence, roles_, r_)) {
        if (results && view_.Has(chunk.end, kTokenNumber) &&
            PersonNameShape(view_, chunk.first, chunk.end, r_) !=
                NameConfidence::kStrong) {
          // "Wigan 42 Bradford Bulls 36": a team.
          AddOrg(chunk.first, chunk.end, OrgKind::kOther);
          continue;
        }
        ClassifyRange(chunk.first, chunk.end, sentence);
      }
      LinkHereinafter(sentence);
    }
    return SortedMentions();
  }

 private:
  // --- dates ------------------------------------------------------------

  void MarkDate(const DatedSpan& date) {
    const auto& tokens = tokenized_.tokens;
    auto it = std::lower_bound(
        tokens.begin(), tokens.end(), date.span.begin,
        [](const Token& t, int32_t pos) { return t.span.end <= pos; });
    const auto first = static_cast<int32_t>(it - tokens.begin());
    int32_t end = first;
    while (end < view_.size() && tokens[end].span.begin < date.span.end) ++end;
    if (end == first) return;
    for (int32_t i = first; i < end; ++i) roles_[i] = TokenRole::kDate;
    const int32_t index = Add(MentionType::kDate, first, end);
    items_[index].date_value = date.value;
  }

  // A line of a results table: names and scores only, at least two names
  // each followed by a number ("Seattle 9 Baltimore 6").
  bool IsResultsLine(const Sentence& s) const {
    int32_t scored_names = 0;
    for (int32_t i = s.first_token; i < s.end_token; ++i) {
      if (view_.IsWord(i) && !view_.Has(i, kTokenNumber) &&
          !view_.IsCapitalized(i) && !view_.Has(i, kTokenAllCaps)) {
        return false;  // prose
      }
      if (view_.IsCapitalized(i) && view_.Has(i + 1, kTokenNumber) &&
          i + 1 < s.end_token) {
        ++scored_names;
      }
    }
    return scored_names >= 2;
  }

  // --- anaphors ------------------------------------------------------------

  // "the group", "the community": the noun refers back to an organization.
  void MarkAnaphors(const Sentence& s) {
    for (int32_t i = s.first_token + 1; i < s.end_token; ++i) {
      const bool determiner = view_.IsLower(i - 1, "the") ||
                              view_.IsLower(i - 1, "our") ||
                              view_.IsLower(i - 1, "this");
      if (!determiner || view_.IsCapitalized(i) ||
          roles_[i] != TokenRole::kFree) {
        continue;
      }
      const int32_t kind = r_.anaphors().Find(view_.word(i), -1);
      if (kind < 0 || !EndsNounPhrase(i + 1, s)) continue;
      const int32_t index = AddOrg(i, i + 1, static_cast<OrgKind>(kind));
      items_[index].anaphor = true;
    }
  }

  // "the municipal Party committee", "Jiangmen municipal Party committee",
  // "the municipal government" (the city's own government).
  void MarkGovernmentBodies(const Sentence& s) {
    for (int32_t i = s.first_token; i < s.end_token; ++i) {
      if (roles_[i] != TokenRole::kFree || view_.IsCapitalized(i)) continue;
      const PhraseLexicon::Match m = r_.government_bodies().LongestAt(
          view_.text(), tokenized_.tokens, i, s.end_token);
      if (m.length == 0) continue;
      int32_t first = i;
      if (i > s.first_token && roles_[i - 1] == TokenRole::kFree &&
          IsLocation(i - 1, i)) {
        first = i - 1;
      }
      const int32_t end = i + m.length;
      for (int32_t t = first; t < end; ++t) roles_[t] = TokenRole::kName;
      const int32_t index = AddOrg(first, end, OrgKind::kGovernment);
      items_[index].anaphor =
          m.value == static_cast<int32_t>(GovernmentBodyRole::kCity);
      i = end - 1;
    }
  }

  // Whether token i cannot continue a noun phrase: punctuation, the end, or
  // a function word or auxiliary ("the group will ...", "the group and").
  bool EndsNounPhrase(int32_t i, const Sentence& s) const {
    static constexpr std::array<absl::string_view, 18> kAfterNoun = {
        "and", "will", "would", "has",  "have", "had", "is", "was",   "also",
        "to",  "in",   "for",   "with", "on",   "at",  "'s", "shall", "can"};
    if (i >= s.end_token || view_.IsPunct(i)) return true;
    const std::string w = view_.lower(i);
    return std::find(kAfterNoun.begin(), kAfterNoun.end(), w) !=
           kAfterNoun.end();
  }

  // --- titles and honorifics -------------------------------------------

  void MarkTitlesAndHonorifics(const Sentence& s) {
    for (int32_t i = s.first_token; i < s.end_token; ++i) {
      if (roles_[i] != TokenRole::kFree) continue;
      if (int32_t end = HonorificEnd(i, s.end_token); end > i) {
        Mark(i, end, TokenRole::kHonorific, MentionType::kHonorific);
        i = end - 1;
        continue;
      }
      if (int32_t end = TitleEnd(i, s.end_token); end > i) {
        end = ExtendTitleWithBody(end, s.end_token);
        Mark(i, end, TokenRole::kTitle, MentionType::kTitle);
        i = end - 1;
      }
    }
  }

  // End of an honorific ("Dr", "Prof.") at i that stands before a name.
  int32_t HonorificEnd(int32_t i, int32_t limit) const {
    const PhraseLexicon::Match m =
        r_.honorifics().LongestAt(view_.text(), tokenized_.tokens, i, limit);
    if (m.length == 0 || !view_.IsCapitalized(i)) return i;
    int32_t end = i + m.length;
    if (view_.Is(end, ".")) ++end;
    return end < limit && IsNameToken(view_, end, r_) ? end : i;
  }

  // End of a title (modifiers then one or more heads) at i, or i.
  int32_t TitleEnd(int32_t i, int32_t limit) const {
    int32_t j = i;
    int32_t head_end = i;
    while (j < limit) {
      const PhraseLexicon::Match m =
          r_.titles().LongestAt(view_.text(), tokenized_.tokens, j, limit);
      if (m.length == 0) break;
      j += m.length;
      if (UnpackTitleEntry(m.value).role == TitleRole::kHead) head_end = j;
    }
    return head_end;
  }

  // "Secretary" + "of the Party Committee": a generic body stays in the
  // title; a qualified one ("of the Jinan Municipal Party Committee") is an
  // organization and does not.
  int32_t ExtendTitleWithBody(int32_t end, int32_t limit) const {
    if (!view_.IsLower(end, "of") && !view_.IsLower(end, "for")) return end;
    int32_t k = end + 1;
    if (view_.IsLower(k, "the")) ++k;
    const PhraseLexicon::Match body =
        r_.title_bodies().LongestAt(view_.text(), tokenized_.tokens, k, limit);
    if (body.length == 0) return end;
    const int32_t after = k + body.length;
    if (after < limit && view_.IsCapitalized(after) &&
        !r_.titles().Contains(view_.word(after))) {
      return end;
    }
    return after;
  }

  void Mark(int32_t first, int32_t end, TokenRole role, MentionType type) {
    for (int32_t i = first; i < end; ++i) roles_[i] = role;
    Add(type, first, end);
  }

  // --- chunk classification ----------------------------------------------

  // Classifies tokens [first, end) of one name chunk; returns the index of
  // the main mention made, or -1.
  int32_t ClassifyRange(int32_t first, int32_t end, const Sentence& s) {
    std::tie(first, end) = TrimRange(first, end);
    if (first >= end) return -1;
    // "ED (CT&TPF)": a parenthesis after a title belongs to the title.
    if (view_.Is(first - 1, "(") && first >= 2 &&
        roles_[first - 2] == TokenRole::kTitle) {
      return -1;
    }
    if (std::optional<int32_t> split = TrailingPersonStart(first, end)) {
      const int32_t org = ClassifyRange(first, *split, s);
      Add(MentionType::kPerson, *split, end);
      return org;
    }
    if (std::optional<int32_t> person_end = LeadingPersonEnd(first, end)) {
      // "President Cao Zejun of Huawei China Strategic MKT".
      const int32_t person = Add(MentionType::kPerson, first, *person_end);
      ClassifyRange(*person_end + 1, end, s);
      return person;
    }
    if (std::optional<int32_t> k = FindAndSplit(first, end)) {
      const int32_t left = ClassifyRange(first, *k, s);
      ClassifyRange(*k + 1, end, s);
      return left;
    }
    // "X of China, Ltd. (COMAC)": a closing parenthesis renames the whole.
    if (view_.Is(end - 1, ")")) {
      const int32_t open = MatchingOpen(first, end - 1);
      if (open > first) {
        if (std::optional<int32_t> result =
                ClassifyParenthesis(first, open, end, s)) {
          return *result;
        }
      }
    }
    if (std::optional<int32_t> at = FindWord(first, end, "at")) {
      if (IsCompleteOrg(*at + 1, end) && HeadOf(first, *at)) {
        return AddSubUnit(first, *at, end, ClassifyRange(*at + 1, end, s));
      }
    }
    if (std::optional<int32_t> k = FindWord(first, end, "'s")) {
      if (HeadOf(*k + 1, end)) {
        const int32_t owner = ClassifyRange(first, *k, s);
        return AddUnitOfOwner(first, *k + 1, end, owner);
      }
    }
    if (std::optional<int32_t> of = FindWord(first, end, "of")) {
      if (std::optional<int32_t> made = ClassifyOf(first, *of, end, s)) {
        return *made;
      }
    }
    if (std::optional<int32_t> open = FindWord(first, end, "(")) {
      if (std::optional<int32_t> result =
              ClassifyParenthesis(first, *open, end, s)) {
        return *result;
      }
    }
    if (std::optional<int32_t> head_end = RunOnAfterHead(first, end)) {
      const int32_t org = ClassifyRange(first, *head_end, s);
      ClassifyRange(*head_end, end, s);
      return org;
    }
    return ClassifySimple(first, end, s);
  }

  // "X of Y" where Y is an organization of its own: a unit of Y when X
  // has a head ("Human Resources Department of Huashu Group", "Division of
  // Lenovo"), else X is no part of Y's name ("Establishment of the X
  // Community", "Innovation City of the Chinese Academy of Sciences").
  std::optional<int32_t> ClassifyOf(int32_t first, int32_t of, int32_t end,
                                    const Sentence& s) {
    int32_t y = of + 1;
    if (view_.IsLower(y, "the")) ++y;
    // "School of Mechatronics and Vehicle Engineering": a head word and its
    // complement are one name.
    if (of - first == 1 && HeadAt(first)) return std::nullopt;
    const std::optional<OrgHead> x_head = HeadOf(first, of);
    // "Commercial Aircraft Corporation of China, Ltd.": a place and a legal
    // suffix are the end of one name, not an owner.
    if (IsPlaceWithLegalSuffix(y, end)) return std::nullopt;
    if (x_head &&
        (IsCompleteOrg(y, end) ||
         (x_head->strength == HeadStrength::kUnit && IsProperWord(y, end)))) {
      return AddSubUnit(first, of, end, ClassifyRange(y, end, s));
    }
    if (!x_head && IsCompleteOrg(y, end)) {
      ClassifyRange(first, of, s);
      return ClassifyRange(y, end, s);
    }
    return std::nullopt;
  }

  // "Vice Chairman of the Wujiang District Chamber of Industry and Commerce
  // Zhao Jun": a chunk that runs from a name with a head into a person.
  std::optional<int32_t> TrailingPersonStart(int32_t first, int32_t end) const {
    for (int32_t n = 2; n <= 3; ++n) {
      const int32_t start = end - n;
      if (start - first < 2) break;
      if (PersonNameShape(view_, start, end, r_) != NameConfidence::kStrong) {
        continue;
      }
      int32_t before = start;
      if (view_.Is(before - 1, ".")) --before;  // "Co. Wang Shanshui"
      if (HeadOf(first, before) || IsKnownOrg(first, before)) return start;
    }
    return std::nullopt;
  }

  std::optional<int32_t> LeadingPersonEnd(int32_t first, int32_t end) const {
    for (int32_t n = 3; n >= 2; --n) {
      const int32_t stop = first + n;
      if (stop + 1 >= end || !view_.IsLower(stop, "of")) continue;
      if (PersonNameShape(view_, first, stop, r_) == NameConfidence::kStrong) {
        return stop;
      }
    }
    return std::nullopt;
  }

  bool IsPlaceWithLegalSuffix(int32_t first, int32_t end) const {
    int32_t last = end;
    while (last > first &&
           (view_.IsPunct(last - 1) || IsLegalWord(view_.word(last - 1)) ||
            view_.Is(last - 1, "Limited"))) {
      --last;
    }
    return last < end && last > first && IsLocation(first, last);
  }

  // A single capitalised word that is no common word: "Lenovo".
  bool IsProperWord(int32_t first, int32_t end) const {
    return end - first == 1 && view_.IsCapitalized(first) &&
           !r_.IsCommonWord(view_.word(first)) && !IsLocation(first, end);
  }

  bool IsStrongOrg(int32_t first, int32_t end) const {
    std::optional<OrgHead> head = HeadOf(first, end);
    return head && head->strength == HeadStrength::kStrong &&
           IsCompleteOrg(first, end);
  }

  // A caption run on past a name: "Lenovo Research Institute School-enterprise
  // cooperation ..." -> the end of the name after its last strong head.
  std::optional<int32_t> RunOnAfterHead(int32_t first, int32_t end) const {
    if (HeadOf(first, end)) return std::nullopt;
    for (int32_t i = end - 2; i > first; --i) {
      std::optional<OrgHead> head = HeadAt(i);
      if (!head || head->strength == HeadStrength::kWeak) continue;
      if (IsConnector(i + 1) || view_.Is(i + 1, "(") || view_.Is(i + 1, "'s")) {
        return std::nullopt;
      }
      return i + 1;
    }
    return std::nullopt;
  }

  std::pair<int32_t, int32_t> TrimRange(int32_t first, int32_t end) const {
    while (first < end && (IsConnector(first) || view_.IsPunct(first) ||
                           view_.IsLower(first, "the"))) {
      ++first;
    }
    while (end > first && (IsConnector(end - 1) ||
                           (view_.IsPunct(end - 1) && !view_.Is(end - 1, ")") &&
                            !IsLegalPeriod(end - 1)))) {
      --end;
    }
    return {first, end};
  }

  bool IsLegalPeriod(int32_t i) const {
    return view_.Is(i, ".") && i > 0 && IsLegalWord(view_.word(i - 1));
  }

  static bool IsLegalWord(absl::string_view w) {
    return w == "Co" || w == "Ltd" || w == "LTD" || w == "Inc" || w == "Corp" ||
           w == "Bros" || w == "Plc";
  }

  bool IsConnector(int32_t i) const {
    static constexpr std::array<absl::string_view, 5> kConnectors = {
        "of", "and", "for", "&", "at"};
    const std::string w = view_.lower(i);
    return std::find(kConnectors.begin(), kConnectors.end(), w) !=
               kConnectors.end() &&
           !view_.IsCapitalized(i);
  }

  // First top-level (outside parentheses) token equal to `word` in
  // (first, end), or nullopt.
  std::optional<int32_t> FindWord(int32_t first, int32_t end,
                                  absl::string_view word) const {
    int depth = 0;
    for (int32_t i = first + 1; i < end - 1; ++i) {
      if (view_.Is(i, "(")) {
        if (word == "(" && depth == 0) return i;
        ++depth;
      } else if (view_.Is(i, ")")) {
        --depth;
      } else if (depth == 0 && view_.word(i) == word) {
        return i;
      }
    }
    return std::nullopt;
  }

  // A coordination that joins two names of their own, not the words of one
  // name ("Huawei and Jinan", not "Organization and Human Resources
  // Department").
  std::optional<int32_t> FindAndSplit(int32_t first, int32_t end) const {
    int depth = 0;
    for (int32_t k = first + 1; k < end - 1; ++k) {
      if (view_.Is(k, "(")) ++depth;
      if (view_.Is(k, ")")) --depth;
      if (depth != 0 || !(view_.IsLower(k, "and") || view_.Is(k, "&"))) {
        continue;
      }
      if (view_.IsLower(k + 1, "the") && IsStrongOrg(k + 2, end)) return k;
      // "University of Water Resources and Hydropower": inside an "of"
      // complement only a whole organization starts a new name.
      if (HasOfComplement(first, k) && !ContainsStrongHead(k + 1, end) &&
          !EndsWithPlaceComplement(first, k)) {
        continue;
      }
      if (IsCompleteName(first, k) &&
          (StartsOwnName(k + 1, end) ||
           (IsStrongOrg(first, k) && IsStrongOrg(k + 1, end)))) {
        return k;  // "... Technology Laboratory and Automation Instrument
                   // Laboratory"
      }
    }
    return std::nullopt;
  }

  // Whether the first name of [first, end) (up to a top-level "and", ","
  // or "(") has a strong head after its first word.
  bool ContainsStrongHead(int32_t first, int32_t end) const {
    for (int32_t i = first + 1; i < end; ++i) {
      if (view_.IsLower(i, "and") || view_.Is(i, ",") || view_.Is(i, "(")) {
        return false;
      }
      std::optional<OrgHead> head = HeadAt(i);
      if (head && head->strength != HeadStrength::kWeak) return true;
    }
    return false;
  }

  // "University of Nairobi": the complement is a whole place, so an "and"
  // after it starts another name.
  bool EndsWithPlaceComplement(int32_t first, int32_t end) const {
    for (int32_t i = end - 1; i > first; --i) {
      if (view_.IsLower(i, "of")) return i + 1 < end && IsLocation(i + 1, end);
    }
    return false;
  }

  bool HasOfComplement(int32_t first, int32_t end) const {
    for (int32_t i = first + 1; i < end; ++i) {
      if (view_.IsLower(i, "of")) return true;
    }
    return false;
  }

  bool StartsOwnName(int32_t first, int32_t end) const {
    if (first >= end) return false;
    const absl::string_view w = view_.word(first);
    const int32_t head = r_.org_heads().Find(w, -1);
    if (head >= 0 && UnpackOrgHead(head).strength != HeadStrength::kWeak) {
      return true;
    }
    return !r_.IsCommonWord(w) && !r_.titles().Contains(w);
  }

  bool IsCompleteName(int32_t first, int32_t end) const {
    if (first >= end) return false;
    if (HeadOf(first, end) || IsKnownOrg(first, end) ||
        IsLocation(first, end)) {
      return true;
    }
    if (end - first == 1) {
      return !r_.IsCommonWord(view_.word(first)) || IsAcronym(first);
    }
    return PersonNameShape(view_, first, end, r_) == NameConfidence::kStrong;
  }

  bool IsCompleteOrg(int32_t first, int32_t end) const {
    if (first >= end) return false;
    if (std::optional<OrgHead> head = HeadOf(first, end)) {
      return head->strength == HeadStrength::kStrong ||
             (head->strength == HeadStrength::kWeak &&
              IsWeakHeadName(first, end));
    }
    return IsKnownOrg(first, end) || (end - first == 1 && IsAcronym(first));
  }

  bool IsKnownOrg(int32_t first, int32_t end) const {
    return r_.known_orgs()
               .LongestAt(view_.text(), tokenized_.tokens, first, end)
               .length == end - first;
  }

  bool IsLocation(int32_t first, int32_t end) const {
    if (r_.locations()
            .LongestAt(view_.text(), tokenized_.tokens, first, end)
            .length == end - first) {
      return true;
    }
    return end - first >= 2 && view_.IsCapitalized(end - 1) &&
           IsLocationSuffix(view_.lower(end - 1)) &&
           !r_.IsCommonWord(view_.word(first));
  }

  bool IsAcronym(int32_t i) const {
    const absl::string_view w = view_.word(i);
    return view_.Has(i, kTokenAllCaps) && w.size() <= 10 &&
           !r_.IsStopAcronym(w) && !r_.titles().Contains(w) &&
           !(w.size() >= 3 && r_.IsCommonWord(w)) && !IsLocation(i, i + 1);
  }

  // The head word that decides whether [first, end) is an organization: the
  // last word, or the word before the first "of" ("Ministry of Education").
  std::optional<OrgHead> HeadOf(int32_t first, int32_t end) const {
    // "Zhejiang University of Technology": a strong head before "of" wins
    // over a weak one at the end.
    for (int32_t i = first + 1; i < end; ++i) {
      if (view_.Is(i, "(")) break;
      if (!view_.IsLower(i, "of")) continue;
      std::optional<OrgHead> head = HeadAt(i - 1);
      if (head && head->strength != HeadStrength::kWeak) return head;
      break;
    }
    int32_t last = end - 1;
    while (last > first &&
           (view_.IsPunct(last) || IsLegalWord(view_.word(last)))) {
      if (IsLegalWord(view_.word(last))) return HeadAt(last);
      last = view_.Is(last, ")") ? MatchingOpen(first, last) - 1 : last - 1;
    }
    // A head word alone ("Group", "University") names no one body.
    if (last <= first) return std::nullopt;
    return HeadAt(last);
  }

  std::optional<OrgHead> HeadAt(int32_t i) const {
    const int32_t value = r_.org_heads().Find(view_.word(i), -1);
    if (value < 0 || !view_.IsCapitalized(i)) return std::nullopt;
    return UnpackOrgHead(value);
  }

  int32_t MatchingOpen(int32_t first, int32_t close) const {
    for (int32_t i = close - 1; i >= first; --i) {
      if (view_.Is(i, "(")) return i;
    }
    return first;
  }

  int32_t MatchingClose(int32_t open, int32_t end) const {
    for (int32_t i = open + 1; i < end; ++i) {
      if (view_.Is(i, ")")) return i;
    }
    return -1;
  }

  // "X (ZJNU)", "X (Wuhan)", "X (Party and Mass Work Department)",
  // "Tsinghua University (Yanqi Lake Institute of Applied Mathematics)".
  std::optional<int32_t> ClassifyParenthesis(int32_t first, int32_t open,
                                             int32_t end, const Sentence& s) {
    const int32_t close = MatchingClose(open, end);
    if (close < 0) return std::nullopt;
    // "Geely Holding (Group) Co., Ltd.": a head word in parentheses is part
    // of the name.
    if (close == open + 2 && HeadAt(open + 1)) return std::nullopt;
    if (IsLocation(open + 1, close)) {
      // "China University of Geosciences (Wuhan)", "Huawei (Jinan) Software
      // ...": part of the name; "Tim Henman (Britain)": a name and a place.
      if (HeadOf(first, open) || close + 1 < end) return std::nullopt;
      const int32_t outer = ClassifyRange(first, open, s);
      Add(MentionType::kLocation, open + 1, close);
      return outer;
    }
    const int32_t outer = ClassifyRange(first, open, s);
    if (close + 1 < end) ClassifyRange(close + 1, end, s);
    if (outer < 0 || items_[outer].type != MentionType::kOrganization) {
      // "IndianOil-IIT Roorkee (IOIITR) research fellowships": the acronym
      // of something that is no organization is none either.
      const int32_t inner = ClassifyRange(open + 1, close, s);
      if (inner >= 0 && close - open == 2 &&
          items_[inner].type == MentionType::kOrganization) {
        items_[inner].type = MentionType::kProperName;
      }
      return outer;
    }
    const std::optional<OrgHead> inner_head = HeadOf(open + 1, close);
    const int32_t inner = ClassifyRange(open + 1, close, s);
    if (inner < 0) return outer;
    Mention& m = items_[inner];
    if (close - open == 2 || !inner_head ||
        inner_head->kind == items_[outer].org_kind) {
      m.type = MentionType::kOrganization;
      m.same_as = outer;
    } else if (m.type == MentionType::kOrganization) {
      m.parent = outer;
    }
    return outer;
  }

  int32_t AddSubUnit(int32_t first, int32_t split, int32_t end,
                     int32_t parent) {
    const int32_t full = AddOrg(first, end, OrgKind::kDepartment);
    items_[full].parent = parent;
    int32_t unit_end = split;
    if (std::optional<int32_t> open = FindWord(first, split, "(")) {
      // "Human Resources Department (Party and Mass Work Department) of X":
      // the parenthesis renames the unit.
      const int32_t close = MatchingClose(*open, split);
      if (close > *open + 1) {
        const int32_t other =
            AddOrg(*open + 1, close, UnitKind(*open + 1, close));
        items_[other].same_as = full;
        unit_end = *open;
      }
    }
    const int32_t unit = AddOrg(first, unit_end, UnitKind(first, unit_end));
    items_[unit].same_as = full;
    items_[full].org_kind = items_[unit].org_kind;
    return full;
  }

  int32_t AddUnitOfOwner(int32_t first, int32_t unit_first, int32_t end,
                         int32_t owner) {
    const int32_t full = AddOrg(first, end, UnitKind(unit_first, end));
    items_[full].parent = owner;
    const int32_t unit = AddOrg(unit_first, end, items_[full].org_kind);
    items_[unit].same_as = full;
    return full;
  }

  OrgKind UnitKind(int32_t first, int32_t end) const {
    std::optional<OrgHead> head = HeadOf(first, end);
    if (!head) return OrgKind::kDepartment;
    if (head->strength == HeadStrength::kUnit) return OrgKind::kDepartment;
    return head->kind;
  }

  int32_t ClassifySimple(int32_t first, int32_t end, const Sentence& s) {
    if (std::optional<int32_t> org = SplitGluedName(first, end)) return *org;
    if (IsGenericBody(first, end)) {
      // "the Party Committee" alone names no one body.
      return Add(MentionType::kProperName, first, end);
    }
    if (std::optional<OrgHead> head = HeadOf(first, end)) {
      if (int32_t org = OrgFromHead(first, end, *head); org >= 0) return org;
    }
    if (IsKnownOrg(first, end)) {
      return AddOrg(first, end,
                    static_cast<OrgKind>(
                        r_.known_orgs().Find(view_.TextOf(first, end), 0)));
    }
    if (end - first == 1 &&
        (IsAcronym(first) || IsCamelCase(view_.word(first)))) {
      return AddOrg(first, end, GuessKindOfName(view_.word(first)));
    }
    const bool location = IsLocation(first, end);
    if (location && !HasPersonContext(first, end, s)) {
      return Add(MentionType::kLocation, first, end);
    }
    if (IsPerson(first, end, s)) return Add(MentionType::kPerson, first, end);
    if (location) return Add(MentionType::kLocation, first, end);
    if (AfterTitleOf(first) && HasProperWord(first, end)) {
      // "Vice President of Huawei China": the body of a title.
      return AddOrg(first, end, OrgKind::kDepartment);
    }
    return Add(MentionType::kProperName, first, end);
  }

  int32_t OrgFromHead(int32_t first, int32_t end, OrgHead head) {
    if (head.strength == HeadStrength::kWeak && !IsWeakHeadName(first, end)) {
      return -1;
    }
    if (head.strength == HeadStrength::kUnit) {
      // "Luohu Future School" is a school; "School of Education" a unit.
      const bool named_school = head.kind == OrgKind::kSchool &&
                                !view_.IsLower(first + 1, "of") &&
                                !r_.IsCommonWord(view_.word(first));
      return AddOrg(first, end,
                    named_school ? OrgKind::kSchool : OrgKind::kDepartment);
    }
    return AddOrg(first, end, head.kind);
  }

  // "Huashu Technology", "Raincoat Roofing Systems": a weak head names an
  // organization after a proper word, or closing three capitalised words.
  bool IsWeakHeadName(int32_t first, int32_t end) const {
    if (end - first < 2) return false;
    if (!r_.IsCommonWord(view_.word(first))) return true;
    if (end - first < 3) return false;
    for (int32_t i = first; i < end; ++i) {
      if (!view_.IsCapitalized(i)) return false;
    }
    return true;
  }

  static OrgKind GuessKindOfName(absl::string_view word) {
    if (absl::StrContains(word, "News") || absl::StrContains(word, "Daily")) {
      return OrgKind::kMedia;
    }
    return OrgKind::kOther;
  }

  // "Vice president of USSTZhang Hua": scraped text glues an acronym to the
  // surname after it. Returns the acronym's organization mention.
  std::optional<int32_t> SplitGluedName(int32_t first, int32_t end) {
    if (end - first != 2) return std::nullopt;
    const absl::string_view word = view_.word(first);
    size_t caps = 0;
    while (caps < word.size() &&
           absl::ascii_isupper(static_cast<unsigned char>(word[caps]))) {
      ++caps;
    }
    if (caps < 3 || caps >= word.size()) return std::nullopt;
    const absl::string_view surname = word.substr(caps - 1);
    if (!r_.IsChineseSurname(surname) ||
        !IsPinyinGivenName(view_.word(first + 1), r_)) {
      return std::nullopt;
    }
    const int32_t begin = view_.token(first).span.begin;
    const auto split = static_cast<int32_t>(begin + caps - 1);
    const int32_t org = AddOrg(first, first + 1, OrgKind::kOther);
    items_[org].span = Span{begin, split};
    const int32_t person = Add(MentionType::kPerson, first, end);
    items_[person].span.begin = split;
    return org;
  }

  bool IsGenericBody(int32_t first, int32_t end) const {
    return r_.title_bodies()
               .LongestAt(view_.text(), tokenized_.tokens, first, end)
               .length == end - first;
  }

  // "<title> of [the] <here>".
  // "<title> of [the] <here>", "<person> of <here>".
  bool AfterTitleOf(int32_t first) const {
    int32_t k = first - 1;
    if (view_.IsLower(k, "the")) --k;
    if (!(view_.IsLower(k, "of") || view_.IsLower(k, "at") ||
          view_.IsLower(k, "from")) ||
        k <= 0) {
      return false;
    }
    if (roles_[k - 1] == TokenRole::kTitle) return true;
    const int32_t before = LatestMentionEndingAt(k);
    return before >= 0 && items_[before].type == MentionType::kPerson;
  }

  int32_t LatestMentionEndingAt(int32_t end_token) const {
    for (int32_t i = static_cast<int32_t>(items_.size()) - 1; i >= 0; --i) {
      if (items_[i].end_token == end_token) return i;
      if (items_[i].end_token < end_token - 8) break;
    }
    return -1;
  }

  bool HasProperWord(int32_t first, int32_t end) const {
    for (int32_t i = first; i < end; ++i) {
      if (view_.IsWord(i) && !r_.IsCommonWord(view_.word(i)) &&
          !IsConnector(i)) {
        return true;
      }
    }
    return false;
  }

  bool IsPerson(int32_t first, int32_t end, const Sentence& s) const {
    const NameConfidence shape = PersonNameShape(view_, first, end, r_);
    if (shape == NameConfidence::kStrong) return true;
    const bool context = HasPersonContext(first, end, s);
    if (shape == NameConfidence::kWeak) return context;
    if (!context || end - first > 4) return false;
    for (int32_t i = first; i < end; ++i) {
      if (!IsNameToken(view_, i, r_) || r_.IsCommonWord(view_.word(i))) {
        return false;
      }
    }
    return true;
  }

  // A title or honorific just before, ", <title>" or a speech verb after.
  bool HasPersonContext(int32_t first, int32_t end, const Sentence& s) const {
    int32_t before = first - 1;
    if (before >= s.first_token && view_.Is(before, ",")) --before;
    if (before >= s.first_token && (roles_[before] == TokenRole::kTitle ||
                                    roles_[before] == TokenRole::kHonorific)) {
      return true;
    }
    if (end < s.end_token && IsSpeechVerb(view_.lower(end))) return true;
    // Results lists: "Sjeng Schalken (Netherlands) beat ...".
    if (view_.Is(end, "(")) {
      const int32_t close = MatchingClose(end, s.end_token);
      if (close > end + 1 && IsLocation(end + 1, close)) return true;
    }
    if (before >= s.first_token && IsSpeechVerb(view_.lower(before))) {
      return true;
    }
    if (!view_.Is(end, ",")) return false;
    int32_t after = end + 1;
    if (view_.IsLower(after, "a") || view_.IsLower(after, "the")) ++after;
    return after < s.end_token && roles_[after] == TokenRole::kTitle;
  }

  // "China State Construction Corporation (hereinafter referred to as
  // "CSCEC")": the short name renames the organization before it.
  void LinkHereinafter(const Sentence& s) {
    for (int32_t t = s.first_token + 2; t < s.end_token; ++t) {
      if (!view_.IsLower(t, "hereinafter") || !view_.Is(t - 1, "(")) continue;
      const int32_t owner = LatestOrgEndingAt(t - 1);
      int32_t k = t + 1;
      while (k < s.end_token &&
             (view_.IsLower(k, "referred") || view_.IsLower(k, "to") ||
              view_.IsLower(k, "as") || view_.IsLower(k, "called") ||
              view_.IsLower(k, "the") || view_.Is(k, "\"") ||
              view_.Is(k, ","))) {
        ++k;
      }
      int32_t close = k;
      while (close < s.end_token && close - k < 8 && !view_.Is(close, ")"))
        ++close;
      int32_t last = close;
      while (last > k && view_.IsPunct(last - 1)) --last;
      if (owner < 0 || last <= k || close >= s.end_token) continue;
      const int32_t alias = MentionCovering(k, last);
      const int32_t target =
          alias >= 0 ? alias : AddOrg(k, last, items_[owner].org_kind);
      items_[target].type = MentionType::kOrganization;
      items_[target].anaphor = false;
      items_[target].same_as = owner;
    }
  }

  int32_t MentionCovering(int32_t first, int32_t end) const {
    for (int32_t i = static_cast<int32_t>(items_.size()) - 1; i >= 0; --i) {
      if (items_[i].first_token == first && items_[i].end_token == end)
        return i;
    }
    return -1;
  }

  // --- output ------------------------------------------------------------

  int32_t AddOrg(int32_t first, int32_t end, OrgKind kind) {
    const int32_t index = Add(MentionType::kOrganization, first, end);
    items_[index].org_kind = kind;
    // "the polytechnic's Business Development Unit": the owner comes first.
    if (view_.Is(first - 1, "'s") && !items_.empty()) {
      const int32_t owner = LatestOrgEndingAt(first - 1);
      if (owner >= 0) items_[index].parent = owner;
    }
    return index;
  }

  int32_t LatestOrgEndingAt(int32_t end_token) const {
    for (int32_t i = static_cast<int32_t>(items_.size()) - 1; i >= 0; --i) {
      if (items_[i].end_token == end_token &&
          items_[i].type == MentionType::kOrganization) {
        return i;
      }
      if (items_[i].end_token < end_token - 8) break;
    }
    return -1;
  }

  int32_t Add(MentionType type, int32_t first, int32_t end) {
    Mention m;
    m.type = type;
    m.first_token = first;
    m.end_token = end;
    m.span = view_.SpanOf(first, end);
    items_.push_back(std::move(m));
    return static_cast<int32_t>(items_.size()) - 1;
  }

  Mentions SortedMentions() {
    std::vector<int32_t> order(items_.size());
    for (size_t i = 0; i < order.size(); ++i)
      order[i] = static_cast<int32_t>(i);
    std::stable_sort(order.begin(), order.end(), [&](int32_t a, int32_t b) {
      if (items_[a].span.begin != items_[b].span.begin) {
        return items_[a].span.begin < items_[b].span.begin;
      }
      return items_[a].span.end > items_[b].span.end;
    });
    std::vector<int32_t> new_index(items_.size());
    for (size_t i = 0; i < order.size(); ++i)
      new_index[order[i]] = static_cast<int32_t>(i);
    Mentions out;
    out.items.reserve(items_.size());
    for (int32_t old : order) {
      Mention m = std::move(items_[old]);
      if (m.parent >= 0) m.parent = new_index[m.parent];
      if (m.same_as >= 0) m.same_as = new_index[m.same_as];
      out.items.push_back(std::move(m));
    }
    return out;
  }

  TokenView view_;
  const TokenizedText& tokenized_;
  const ExtractionResources& r_;
  std::vector<TokenRole> roles_;
  std::vector<Mention> items_;
};

}  // namespace

Mentions FindMentions(absl::string_view text, const TokenizedText& tokenized,
                      const ArticleDates& dates,
                      const ExtractionResources& resources) {
  Mentions out = MentionScanner(text, tokenized, resources).Run(dates);
  out.text_published_date = dates.published_date;
  return out;
}

}  // namespace partnerlens::extraction
