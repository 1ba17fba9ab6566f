#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_TOKEN_VIEW_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_TOKEN_VIEW_H_

// Read access to the tokens of one article, for the mention and relation
// stages. A view holds references: it must not outlive the text and tokens
// it was made from. Thread-compatible.

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"

#include "ingest_service/extraction/tokenizer.h"
#include "ingest_service/extraction/types.h"
#include "ingest_service/extraction/word_lists.h"

namespace partnerlens::extraction {

class TokenView {
 public:
  TokenView(absl::string_view text, const TokenizedText& tokenized)
      : text_(text), tokenized_(tokenized) {}

  absl::string_view text() const { return text_; }
  int32_t size() const {
    return static_cast<int32_t>(tokenized_.tokens.size());
  }
  const Token& token(int32_t i) const { return tokenized_.tokens[i]; }
  absl::string_view word(int32_t i) const {
    return SpanText(text_, tokenized_.tokens[i].span);
  }
  // Lower-cased ASCII of token i.
  std::string lower(int32_t i) const;
  bool Is(int32_t i, absl::string_view word) const {
    return i >= 0 && i < size() && this->word(i) == word;
  }
  // Case-insensitive comparison with a lower-case word.
  bool IsLower(int32_t i, absl::string_view lower_word) const;
  // Whether token i, ASCII-lower-cased, is one of `lower_words`.
  bool IsLowerIn(int32_t i, const WordSet& lower_words) const {
    return i >= 0 && i < size() && lower_words.contains(lower(i));
  }
  // Whether token i, as written, is one of `words`.
  bool IsIn(int32_t i, const WordSet& words) const {
    return i >= 0 && i < size() && words.contains(word(i));
  }
  bool Has(int32_t i, uint32_t flag) const {
    return i >= 0 && i < size() && (tokenized_.tokens[i].flags & flag) != 0;
  }
  bool IsCapitalized(int32_t i) const { return Has(i, kTokenCapitalized); }
  bool IsWord(int32_t i) const { return Has(i, kTokenWord); }
  bool IsPunct(int32_t i) const { return Has(i, kTokenPunct); }
  // Byte span of tokens [first, end).
  Span SpanOf(int32_t first, int32_t end) const {
    return Span{tokenized_.tokens[first].span.begin,
                tokenized_.tokens[end - 1].span.end};
  }
  absl::string_view TextOf(int32_t first, int32_t end) const {
    return SpanText(text_, SpanOf(first, end));
  }
  // Whether tokens i and i+1 touch (no space between them).
  bool Touch(int32_t i) const {
    return i + 1 < size() &&
           tokenized_.tokens[i].span.end == tokenized_.tokens[i + 1].span.begin;
  }

 private:
  absl::string_view text_;
  const TokenizedText& tokenized_;
};

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_TOKEN_VIEW_H_
