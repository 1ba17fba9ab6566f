#include "common/text/name_key.h"

#include <utf8proc.h>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <memory>

#include "absl/strings/str_join.h"

namespace partnerlens::text {
namespace {

constexpr std::array<absl::string_view, 12> kLegalWords = {
    "co",   "company",     "ltd", "limited", "inc",  "incorporated",
    "corp", "corporation", "llc", "plc",     "gmbh", "group"};

bool IsLegalWord(absl::string_view word) {
  for (absl::string_view legal : kLegalWords) {
    if (word == legal) return true;
  }
  return false;
}

bool IsApostrophe(utf8proc_int32_t c) {
  return c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x02BC || c == '`' ||
         c == 0xB4;
}

bool IsWordChar(utf8proc_int32_t c) {
  switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
      return true;
    default:
      return false;
  }
}

// NFKC + case fold, as code points; invalid bytes are skipped.
std::vector<utf8proc_int32_t> FoldedCodePoints(absl::string_view text) {
  std::vector<utf8proc_int32_t> out;
  utf8proc_uint8_t* folded = nullptr;
  const auto options = static_cast<utf8proc_option_t>(
      UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
  std::string valid;
  valid.reserve(text.size());
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t pos = 0;
  const auto size = static_cast<utf8proc_ssize_t>(text.size());
  while (pos < size) {
    utf8proc_int32_t c = 0;
    utf8proc_ssize_t n = utf8proc_iterate(bytes + pos, size - pos, &c);
    if (n <= 0) {
      ++pos;
      continue;
    }
    valid.append(text.data() + pos, static_cast<size_t>(n));
    pos += n;
  }
  utf8proc_ssize_t len = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(valid.c_str()),
      static_cast<utf8proc_ssize_t>(valid.size()), &folded, options);
  if (len < 0) return out;
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(folded,
                                                                &std::free);
  pos = 0;
  while (pos < len) {
    utf8proc_int32_t c = 0;
    utf8proc_ssize_t n = utf8proc_iterate(folded + pos, len - pos, &c);
    if (n <= 0) break;
    out.push_back(c);
    pos += n;
  }
  return out;
}

void AppendUtf8(utf8proc_int32_t c, std::string& out) {
  std::array<utf8proc_uint8_t, 4> buf{};
  utf8proc_ssize_t n = utf8proc_encode_char(c, buf.data());
  out.append(reinterpret_cast<const char*>(buf.data()), n);
}

// True when an apostrophe at `i` starts a possessive "'s" ending a word.
bool IsPossessiveAt(const std::vector<utf8proc_int32_t>& cps, size_t i) {
  if (!IsApostrophe(cps[i]) || i + 1 >= cps.size() || cps[i + 1] != 's') {
    return false;
  }
  return i + 2 >= cps.size() || !IsWordChar(cps[i + 2]);
}

}  // namespace

std::vector<std::string> NameWords(absl::string_view text) {
  const std::vector<utf8proc_int32_t> cps = FoldedCodePoints(text);
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (size_t i = 0; i < cps.size(); ++i) {
    if (IsPossessiveAt(cps, i)) {
      ++i;  // skip the apostrophe and the s
      flush();
    } else if (cps[i] == '&') {
      flush();
      words.emplace_back("and");
    } else if (IsWordChar(cps[i])) {
      AppendUtf8(cps[i], word);
    } else {
      flush();
    }
  }
  flush();
  return words;
}

std::string OrganizationKey(absl::string_view name) {
  std::vector<std::string> words = NameWords(name);
  size_t first = (!words.empty() && words.front() == "the") ? 1 : 0;
  size_t last = words.size();
  while (last - first > 1 && IsLegalWord(words[last - 1])) --last;
  std::string key;
  for (size_t i = first; i < last; ++i) key += words[i];
  return key;
}

std::string PersonKey(absl::string_view name) {
  return absl::StrJoin(NameWords(name), "");
}

}  // namespace partnerlens::text
