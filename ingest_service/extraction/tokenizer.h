#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_TOKENIZER_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_TOKENIZER_H_

// Stage 2: tokens and sentences with byte offsets into the normalised text.
//
// Tokens are words (letters and digits, with inner hyphens, apostrophes,
// periods and ampersands: "Yat-sen", "O'Neil", "U.S", "R&D", "3.5"), a
// possessive "'s" of its own, or single punctuation characters. Bytes of
// multi-byte UTF-8 characters count as letters, except a few punctuation
// marks (。、·•…《》【】). Sentences end at ".", "!", "?" and "。" unless
// the period belongs to an abbreviation, at every line break, and after
// max_sentence_tokens tokens, which keeps later stages linear.

#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {

// Words whose final period is part of the word (data/abbreviations.txt).
struct Abbreviations {
  // Word without its period -> true when the period may still end a
  // sentence if a capitalised word follows ("Ltd."), false when it never
  // does ("Dr.").
  absl::flat_hash_map<std::string, bool> words;
  // Legal forms that carry a company name on after such a period ("Co.
  // Ltd"), so that it ends no sentence; exact case
  // (data/org_name_words.txt, FOLLOWING).
  absl::flat_hash_set<std::string> following_legal_forms;
};

// Parses data/abbreviations.txt: "word<TAB>title|word" lines, '#' comments.
// INVALID_ARGUMENT names the bad line.
absl::StatusOr<Abbreviations> ParseAbbreviations(absl::string_view contents);

// Splits `text` into tokens and sentences. Linear in the text size.
TokenizedText Tokenize(absl::string_view text,
                       const Abbreviations& abbreviations,
                       int max_sentence_tokens);

// The text of a token or span.
inline absl::string_view SpanText(absl::string_view text, Span span) {
  return text.substr(span.begin, span.end - span.begin);
}

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_TOKENIZER_H_
