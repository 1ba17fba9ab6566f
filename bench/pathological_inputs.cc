#include "bench/pathological_inputs.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"

namespace partnerlens::bench {
namespace {

using extraction::ContentFormat;

// A distinct capitalised word per `n` ("Ab", "Ac", ...), so that names do
// not collapse into one entity.
std::string DistinctWord(size_t n) {
  std::string word(1, static_cast<char>('A' + n % 26));
  for (n /= 26; n > 0; n /= 26) word += static_cast<char>('a' + n % 26);
  return word;
}

std::string RepeatedA(size_t bytes) { return std::string(bytes, 'a'); }
std::string RepeatedSpace(size_t bytes) { return std::string(bytes, ' '); }
std::string RepeatedDot(size_t bytes) { return std::string(bytes, '.'); }
std::string RepeatedLt(size_t bytes) { return std::string(bytes, '<'); }

std::string NoSentenceEnd(size_t bytes) {
  return RepeatToSize("signed an agreement with the partner and then ", bytes);
}

std::string InvalidUtf8(size_t bytes) {
  // Lone continuation bytes, overlong forms, truncated sequences, 0xFF.
  return RepeatToSize("\x80\xBF\xC0\xAF\xE2\x82\xF0\x9F\x98\xFF\xFE", bytes);
}

std::string NestedDivs(size_t bytes) {
  const size_t depth = bytes / 12;  // "<div>" + "</div>" is 11 bytes
  std::string html;
  html.reserve(depth * 11 + 8);
  for (size_t i = 0; i < depth; ++i) html += "<div>";
  html += "Text.";
  for (size_t i = 0; i < depth; ++i) html += "</div>";
  return html;
}

std::string RepeatedDr(size_t bytes) { return RepeatToSize("Dr. ", bytes); }

std::string CapitalisedWords(size_t bytes) {
  std::string text;
  for (size_t n = 0;; ++n) {
    const std::string word = absl::StrCat(DistinctWord(n), " ");
    if (text.size() + word.size() > bytes) return text;
    text += word;
  }
}

std::string TheGroup(size_t bytes) { return RepeatToSize("the group ", bytes); }

std::string AprilDates(size_t bytes) {
  return RepeatToSize("April 17 ", bytes);
}

std::string UniversityList(size_t bytes) {
  std::string text;
  for (size_t n = 0;; ++n) {
    const std::string item = absl::StrCat(DistinctWord(n), " University, ");
    if (text.size() + item.size() > bytes) return text;
    text += item;
  }
}

// Acronyms next to distinct institute names: "Abcd Efgh Institute (AEI)
// and AIX." Initials vary, as in real text.
std::string AcronymList(size_t bytes) {
  std::string text;
  for (size_t n = 0;; n += 3) {
    const std::string a = DistinctWord(n * 7919 + 3);
    const std::string b = DistinctWord(n * 104729 + 5);
    const std::string c = DistinctWord(n * 1299709 + 7);
    const std::string item =
        absl::StrCat(a, " ", b, " Institute (", a.substr(0, 1), b.substr(0, 1),
                     "I) and ", a.substr(0, 1), c.substr(0, 1), "X. ");
    if (text.size() + item.size() > bytes) return text;
    text += item;
  }
}

}  // namespace

std::string RepeatToSize(const std::string& unit, size_t bytes) {
  std::string text;
  text.reserve(bytes);
  while (text.size() + unit.size() <= bytes) text += unit;
  return text;
}

const std::vector<PathologicalCase>& PathologicalCases() {
  static const auto* const cases = new std::vector<PathologicalCase>{
      {"repeated_a", ContentFormat::kText, RepeatedA},
      {"repeated_space", ContentFormat::kText, RepeatedSpace},
      {"repeated_dot", ContentFormat::kText, RepeatedDot},
      {"repeated_lt", ContentFormat::kGuess, RepeatedLt},
      {"no_sentence_end", ContentFormat::kText, NoSentenceEnd},
      {"invalid_utf8", ContentFormat::kText, InvalidUtf8},
      {"nested_divs", ContentFormat::kHtml, NestedDivs},
      {"repeated_dr", ContentFormat::kText, RepeatedDr},
      {"capitalised_words", ContentFormat::kText, CapitalisedWords},
      {"the_group", ContentFormat::kText, TheGroup},
      {"april_17", ContentFormat::kText, AprilDates},
      {"university_list", ContentFormat::kText, UniversityList},
      {"acronym_list", ContentFormat::kText, AcronymList},
  };
  return *cases;
}

}  // namespace partnerlens::bench
