#include "ingest_service/extraction/acronyms.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

#include "ingest_service/extraction/lexicon.h"

namespace partnerlens::extraction {
namespace {

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

// SpellsInitials from word w on.
// `skips` content words may be left out ("CSG" for "China Southern Power
// Grid"), but not the first word.
bool SpellsInitialsFrom(absl::string_view acronym,
                        const std::vector<absl::string_view>& words, size_t w,
                        int skips, const ExtractionResources& r) {
  if (acronym.empty()) return w == words.size();
  if (w == words.size()) return false;
  const std::string lower = LowerAscii(words[w]);
  if (IsSkippableWord(lower, r) &&
      SpellsInitialsFrom(acronym, words, w + 1, skips, r)) {
    return true;
  }
  for (const std::string& initials : InitialsOfWord(words[w], r)) {
    if (absl::StartsWith(acronym, initials) &&
        SpellsInitialsFrom(acronym.substr(initials.size()), words, w + 1, skips,
                           r)) {
      return true;
    }
  }
  return skips > 0 && w > 0 &&
         SpellsInitialsFrom(acronym, words, w + 1, skips - 1, r);
}

}  // namespace

bool IsSkippableWord(absl::string_view lower,
                     const ExtractionResources& resources) {
  return resources.name_connectors().acronym_skips.contains(lower) ||
         resources.org_name_words().acronym_skips.contains(lower);
}

bool SpellsInitials(absl::string_view acronym,
                    const std::vector<absl::string_view>& words,
                    const ExtractionResources& resources) {
  // One word may go unspelled in an acronym of three letters or more.
  const int skips = acronym.size() >= 3 ? 1 : 0;
  return SpellsInitialsFrom(acronym, words, 0, skips, resources);
}

std::vector<std::string> AcronymInitials(
    const std::vector<absl::string_view>& words,
    const ExtractionResources& resources) {
  std::vector<std::string> out;
  for (absl::string_view word : words) {
    std::string initial(
        1, absl::ascii_toupper(static_cast<unsigned char>(word[0])));
    if (std::find(out.begin(), out.end(), initial) == out.end()) {
      out.push_back(initial);
    }
    if (!IsSkippableWord(LowerAscii(word), resources)) break;
  }
  return out;
}

}  // namespace partnerlens::extraction
