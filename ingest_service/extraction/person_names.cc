#include "ingest_service/extraction/person_names.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"

#include "ingest_service/extraction/lexicon.h"

namespace partnerlens::extraction {
namespace {

// Longest pinyin syllable, in letters ("zhuang", "shuang").
constexpr int kMaxSyllable = 6;

// Lower-case letters of `word` without inner hyphens/apostrophes; empty when
// it holds anything else.
std::string PinyinLetters(absl::string_view word) {
  std::string out;
  for (char c : word) {
    if (c == '-' || c == '\'') continue;
    if (!absl::ascii_isalpha(static_cast<unsigned char>(c))) return "";
    out.push_back(absl::ascii_tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

bool IsCapitalizedWord(const TokenView& view, int32_t i) {
  return view.IsWord(i) && view.IsCapitalized(i) && !view.Has(i, kTokenAllCaps);
}

NameConfidence ChineseShape(const TokenView& view, int32_t first, int32_t end,
                            const ExtractionResources& r) {
  const int32_t n = end - first;
  if (n < 2 || n > 3 || !r.IsChineseSurname(view.word(first))) {
    return NameConfidence::kNone;
  }
  for (int32_t i = first + 1; i < end; ++i) {
    if (!IsCapitalizedWord(view, i) || !IsPinyinGivenName(view.word(i), r) ||
        !IsNameToken(view, i, r)) {
      return NameConfidence::kNone;
    }
  }
  // Pairs of common English words ("Long March") are names only in
  // context; "Zhao Gang" is one by itself.
  if (r.IsCommonWord(view.word(first)) &&
      r.IsCommonWord(view.word(first + 1)) &&
      !r.IsGivenName(view.word(first + 1))) {
    return NameConfidence::kWeak;
  }
  // "Tan Wei Ming": a surname and two syllables no English word spells.
  const bool syllables_only = n == 3 && !r.IsCommonWord(view.word(first + 1)) &&
                              !r.IsCommonWord(view.word(first + 2));
  return n == 2 || syllables_only ? NameConfidence::kStrong
                                  : NameConfidence::kWeak;
}

// The words of a name without the periods of initials ("P. Simmons").
std::vector<int32_t> NameWords(const TokenView& view, int32_t first,
                               int32_t end) {
  std::vector<int32_t> words;
  for (int32_t i = first; i < end; ++i) {
    if (!view.Is(i, ".")) words.push_back(i);
  }
  return words;
}

// The number of initials `words` start with ("P. J. Simmons"); the last
// word never counts.
size_t LeadingInitials(const TokenView& view,
                       const std::vector<int32_t>& words) {
  size_t i = 0;
  while (i + 1 < words.size() && IsInitial(view, words[i])) ++i;
  return i;
}

// Whether words[from...] are all capitalised words that may be in a name.
bool AreNameWords(const TokenView& view, const std::vector<int32_t>& words,
                  size_t from, const ExtractionResources& r) {
  for (size_t j = from; j < words.size(); ++j) {
    if (!IsCapitalizedWord(view, words[j]) || !IsNameToken(view, words[j], r)) {
      return false;
    }
  }
  return true;
}

// How sure a name with first word `given` and last word `last` is a
// person's; after initials only the surname can tell.
NameConfidence WesternConfidence(absl::string_view given,
                                 absl::string_view last, bool initials,
                                 const ExtractionResources& r) {
  // "Newmont Africa": a place is no family name.
  const bool known_surname = r.IsSurname(last) && !r.IsCommonWord(last) &&
                             !r.locations().Contains(last);
  if (initials) {
    return known_surname ? NameConfidence::kStrong : NameConfidence::kWeak;
  }
  if (r.IsGivenName(given) && !r.IsAmbiguousGivenName(given)) {
    return NameConfidence::kStrong;
  }
  if (known_surname && !r.IsCommonWord(given)) return NameConfidence::kStrong;
  return r.IsGivenName(given) || r.IsSurname(last) ? NameConfidence::kWeak
                                                   : NameConfidence::kNone;
}

NameConfidence WesternShape(const TokenView& view, int32_t first, int32_t end,
                            const ExtractionResources& r) {
  const std::vector<int32_t> words = NameWords(view, first, end);
  const size_t n = words.size();
  if (n < 2 || n > 4) return NameConfidence::kNone;
  const size_t initials = LeadingInitials(view, words);
  if (!AreNameWords(view, words, initials > 0 ? initials : 1, r)) {
    return NameConfidence::kNone;
  }
  // "Grace Road": a place, not a family name.
  if (view.IsLowerIn(words[n - 1], r.place_words().landmarks)) {
    return NameConfidence::kNone;
  }
  const absl::string_view last = view.word(words[n - 1]);
  return WesternConfidence(view.word(words[0]), last, initials > 0, r);
}

}  // namespace

bool IsInitial(const TokenView& view, int32_t i) {
  const absl::string_view w = view.word(i);
  return w.size() == 1 && absl::ascii_isupper(static_cast<unsigned char>(w[0]));
}

bool IsPinyinGivenName(absl::string_view word,
                       const ExtractionResources& resources) {
  const std::string letters = PinyinLetters(word);
  const int n = static_cast<int>(letters.size());
  if (n == 0 || n > 3 * kMaxSyllable) return false;
  // syllables[i]: fewest syllables covering letters[0, i); 99 = impossible.
  std::array<int, 3 * kMaxSyllable + 1> syllables{};
  syllables.fill(99);
  syllables[0] = 0;
  for (int i = 1; i <= n; ++i) {
    for (int len = 1; len <= kMaxSyllable && len <= i; ++len) {
      if (syllables[i - len] < 99 &&
          resources.IsPinyinSyllable(letters.substr(i - len, len))) {
        syllables[i] = std::min(syllables[i], syllables[i - len] + 1);
      }
    }
  }
  return syllables[n] <= 3;
}

NameConfidence PersonNameShape(const TokenView& view, int32_t first,
                               int32_t end,
                               const ExtractionResources& resources) {
  const NameConfidence chinese = ChineseShape(view, first, end, resources);
  if (chinese == NameConfidence::kStrong) return chinese;
  const NameConfidence western = WesternShape(view, first, end, resources);
  return std::max(chinese, western);
}

bool IsNameToken(const TokenView& view, int32_t i,
                 const ExtractionResources& resources) {
  if (!view.IsWord(i)) return false;
  if (IsInitial(view, i)) return true;
  if (!IsCapitalizedWord(view, i)) return false;
  const auto head = resources.org_heads().Find(view.word(i), -1);
  return head < 0 && !resources.titles().Contains(view.word(i));
}

}  // namespace partnerlens::extraction
