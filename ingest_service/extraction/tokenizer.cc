#include "ingest_service/extraction/tokenizer.h"

#include <utf8proc.h>

#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace partnerlens::extraction {
namespace {

bool IsAsciiAlnum(unsigned char c) { return absl::ascii_isalnum(c); }

// Length of the UTF-8 sequence starting with lead byte `c` (1 for ASCII or
// stray continuation bytes).
int Utf8Length(unsigned char c) {
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

// Decodes the code point at `pos`; -1 when malformed.
int32_t CodePointAt(absl::string_view text, size_t pos, int* length) {
  utf8proc_int32_t cp = -1;
  const auto n = utf8proc_iterate(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
      static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
  *length = n > 0 ? static_cast<int>(n) : 1;
  return n > 0 ? cp : -1;
}

bool IsCjkPunctuation(int32_t cp) {
  switch (cp) {
    case 0x3001:  // 、
    case 0x3002:  // 。
    case 0x00B7:  // ·
    case 0x2022:  // •
    case 0x2026:  // …
    case 0x300A:  // 《
    case 0x300B:  // 》
    case 0x3010:  // 【
    case 0x3011:  // 】
    case 0xFFFD:  // replacement character
      return true;
    default:
      return false;
  }
}

bool IsUpperCodePoint(int32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU ||
         utf8proc_category(cp) == UTF8PROC_CATEGORY_LT;
}

bool IsLowerCodePoint(int32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

// True when the character at `pos` can be part of a word.
bool IsWordCharAt(absl::string_view text, size_t pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return IsAsciiAlnum(c);
  int length = 0;
  const int32_t cp = CodePointAt(text, pos, &length);
  return cp > 0 && !IsCjkPunctuation(cp) &&
         utf8proc_category(cp) != UTF8PROC_CATEGORY_ZS;
}

bool IsInnerJoiner(char c) {
  return c == '-' || c == '\'' || c == '.' || c == '&';
}

// Whether the non-word character at `i` of a word that started at `pos`
// joins it to what follows: a thousands separator ("1,000") or an inner
// joiner before a word character ("Hong-Kong", "U.S."), but not the
// apostrophe of a possessive 's, which ends the word ("Xiaomi's").
bool JoinsWord(absl::string_view text, size_t pos, size_t i) {
  const bool thousands =
      text[i] == ',' && i > pos && absl::ascii_isdigit(text[i - 1]) &&
      i + 1 < text.size() && absl::ascii_isdigit(text[i + 1]);
  const bool joined =
      thousands || (IsInnerJoiner(text[i]) && i + 1 < text.size() &&
                    IsWordCharAt(text, i + 1));
  const bool possessive = text[i] == '\'' && i + 1 < text.size() &&
                          (text[i + 1] == 's' || text[i + 1] == 'S') &&
                          (i + 2 >= text.size() || !IsWordCharAt(text, i + 2));
  return joined && !possessive;
}

// End of the word starting at `pos`.
size_t WordEnd(absl::string_view text, size_t pos) {
  size_t i = pos;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80 ? IsWordCharAt(text, i) : IsAsciiAlnum(c)) {
      i += c >= 0x80 ? Utf8Length(c) : 1;
      continue;
    }
    if (!JoinsWord(text, pos, i)) break;
    i += 1;
  }
  return i > text.size() ? text.size() : i;
}

// The letters and digits of a word, counted.
struct LetterCounts {
  int letters = 0;
  int uppers = 0;
  int digits = 0;
  // The first letter is upper case and no digit comes before it, or the
  // word is a brand spelt "iFlytek", "eBay": one lower-case letter, an
  // upper-case one, then lower case again.
  bool capitalized = false;
};

LetterCounts CountLetters(absl::string_view word) {
  LetterCounts counts;
  bool brand_shape = false;  // a lower-case letter, then an upper-case one
  for (size_t i = 0; i < word.size();) {
    int length = 1;
    const int32_t cp = CodePointAt(word, i, &length);
    i += length;
    if (cp >= '0' && cp <= '9') {
      ++counts.digits;
      continue;
    }
    const bool upper = IsUpperCodePoint(cp);
    if (!upper && !IsLowerCodePoint(cp)) continue;
    if (counts.letters == 0) counts.capitalized = upper && counts.digits == 0;
    if (counts.letters == 1 && upper && counts.uppers == 0 &&
        counts.digits == 0) {
      brand_shape = true;
    }
    if (counts.letters >= 2 && !upper && brand_shape && counts.uppers == 1) {
      counts.capitalized = true;
    }
    ++counts.letters;
    if (upper) ++counts.uppers;
  }
  return counts;
}

uint32_t WordFlags(absl::string_view word) {
  const LetterCounts counts = CountLetters(word);
  uint32_t flags = kTokenWord;
  if (counts.capitalized) flags |= kTokenCapitalized;
  if (counts.letters == 0 && counts.digits > 0) flags = kTokenNumber;
  if (counts.letters >= 2 && counts.uppers == counts.letters) {
    flags |= kTokenAllCaps;
  }
  return flags;
}

class TokenizerRun {
 public:
  TokenizerRun(absl::string_view text, const Abbreviations& abbreviations,
               int max_sentence_tokens)
      : text_(text),
        abbreviations_(abbreviations),
        max_sentence_tokens_(max_sentence_tokens > 0 ? max_sentence_tokens
                                                     : 1) {}

  TokenizedText Run() {
    size_t pos = 0;
    bool paragraph_start = true;
    while (pos < text_.size()) {
      const char c = text_[pos];
      if (c == '\n') {
        EndSentence();
        paragraph_start = true;
        ++pos;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\r') {
        ++pos;
        continue;
      }
      pos = ReadToken(pos, paragraph_start);
      paragraph_start = false;
    }
    EndSentence();
    return std::move(out_);
  }

 private:
  size_t ReadToken(size_t pos, bool paragraph_start) {
    size_t end = pos;
    uint32_t flags = 0;
    if (text_[pos] == '\'' && pos + 1 < text_.size() &&
        (text_[pos + 1] == 's' || text_[pos + 1] == 'S') &&
        (pos + 2 >= text_.size() || !IsWordCharAt(text_, pos + 2)) &&
        !out_.tokens.empty() &&
        static_cast<size_t>(out_.tokens.back().span.end) == pos) {
      end = pos + 2;  // possessive 's
      flags = kTokenWord;
    } else if (IsWordCharAt(text_, pos)) {
      end = WordEnd(text_, pos);
      flags = WordFlags(text_.substr(pos, end - pos));
    } else {
      int length = 1;
      CodePointAt(text_, pos, &length);
      end = pos + length;
      flags = kTokenPunct;
    }
    if (paragraph_start) flags |= kTokenParagraphStart;
    out_.tokens.push_back(Token{
        Span{static_cast<int32_t>(pos), static_cast<int32_t>(end)}, flags});
    const bool full = static_cast<int>(out_.tokens.size()) - sentence_first_ >=
                      max_sentence_tokens_;
    if (((flags & kTokenPunct) && EndsSentence(out_.tokens.size() - 1, end)) ||
        full) {
      EndSentence();
    }
    return end;
  }

  // Whether the punctuation token at `index` (ending at byte `end`) ends the
  // sentence.
  bool EndsSentence(size_t index, size_t end) const {
    const absl::string_view punct = SpanText(text_, out_.tokens[index].span);
    if (punct == "!" || punct == "?" || punct == "\xE3\x80\x82") return true;
    if (punct != ".") return false;
    if (index == 0 ||
        out_.tokens[index - 1].span.end != out_.tokens[index].span.begin) {
      return true;
    }
    const Token& prev = out_.tokens[index - 1];
    const absl::string_view word = SpanText(text_, prev.span);
    const bool initial = word.size() == 1 && absl::ascii_isupper(word[0]);
    const bool dotted =
        (prev.flags & kTokenWord) && absl::StrContains(word, '.');
    auto it = abbreviations_.words.find(std::string(word));
    if (initial || (dotted && it == abbreviations_.words.end())) return false;
    if (it == abbreviations_.words.end()) return true;
    return it->second && NextIsCapitalized(end) && !NextIsLegalForm(end);
  }

  // "Geely Holding Group Co. Ltd": a legal form after "Co." continues the
  // name, capitalised as it is.
  bool NextIsLegalForm(size_t pos) const {
    while (pos < text_.size() && (text_[pos] == ' ' || text_[pos] == '\t')) {
      ++pos;
    }
    const absl::string_view rest = text_.substr(pos);
    for (absl::string_view form : abbreviations_.following_legal_forms) {
      if (absl::StartsWith(rest, form) &&
          (rest.size() == form.size() ||
           !absl::ascii_isalpha(
               static_cast<unsigned char>(rest[form.size()])))) {
        return true;
      }
    }
    return false;
  }

  bool NextIsCapitalized(size_t pos) const {
    while (pos < text_.size() && (text_[pos] == ' ' || text_[pos] == '\t')) {
      ++pos;
    }
    if (pos >= text_.size() || text_[pos] == '\n') return true;
    int length = 1;
    return IsUpperCodePoint(CodePointAt(text_, pos, &length));
  }

  void EndSentence() {
    const int end = static_cast<int>(out_.tokens.size());
    if (end > sentence_first_) {
      Sentence sentence;
      sentence.first_token = sentence_first_;
      sentence.end_token = end;
      sentence.span = Span{out_.tokens[sentence_first_].span.begin,
                           out_.tokens[end - 1].span.end};
      out_.sentences.push_back(sentence);
    }
    sentence_first_ = end;
  }

  absl::string_view text_;
  const Abbreviations& abbreviations_;
  int max_sentence_tokens_;
  int sentence_first_ = 0;
  TokenizedText out_;
};

}  // namespace

absl::StatusOr<Abbreviations> ParseAbbreviations(absl::string_view contents) {
  Abbreviations out;
  int line_number = 0;
  for (absl::string_view line : absl::StrSplit(contents, '\n')) {
    ++line_number;
    line = absl::StripAsciiWhitespace(line);
    if (line.empty() || line[0] == '#') continue;
    std::vector<absl::string_view> fields = absl::StrSplit(line, '\t');
    if (fields.size() != 2 || (fields[1] != "title" && fields[1] != "word")) {
      return absl::InvalidArgumentError(absl::StrCat(
          "abbreviations.txt:", line_number, ": expected WORD<TAB>title|word"));
    }
    out.words[std::string(fields[0])] = fields[1] == "word";
  }
  return out;
}

TokenizedText Tokenize(absl::string_view text,
                       const Abbreviations& abbreviations,
                       int max_sentence_tokens) {
  return TokenizerRun(text, abbreviations, max_sentence_tokens).Run();
}

}  // namespace partnerlens::extraction
