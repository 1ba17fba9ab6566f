#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_LEXICON_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_LEXICON_H_

// Phrase lexicons: multi-word entries looked up over a token sequence,
// case-insensitively, longest match first. Entries are split into tokens by
// the same tokenizer as articles, so "Co., Ltd." matches its five tokens
// "Co" "." "," "Ltd" ".".
//
// Built once while loading ExtractionResources; immutable and thread-safe
// afterwards. Lookup cost is one hash probe per candidate length, and only
// for tokens that start some entry.

#include <cstdint>
#include <functional>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"

#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {

// ASCII lower case of `s`; other bytes unchanged.
std::string LowerAscii(absl::string_view s);

class PhraseLexicon {
 public:
  struct Match {
    int32_t length = 0;  // tokens covered; 0 when nothing matched
    int32_t value = 0;
  };

  // Adds `phrase` with `value`; a repeated phrase keeps the last value.
  void Add(absl::string_view phrase, int32_t value);

  // The longest entry that starts at token `first` and ends before token
  // `limit` of `tokens` (which index into `text`).
  Match LongestAt(absl::string_view text, absl::Span<const Token> tokens,
                  int32_t first, int32_t limit) const;

  // The value of an exact entry (case-insensitive), or `fallback`.
  int32_t Find(absl::string_view phrase, int32_t fallback) const;
  bool Contains(absl::string_view phrase) const;

  size_t size() const { return entries_.size(); }

 private:
  // Keys: lower-cased token texts joined by ' '.
  absl::flat_hash_map<std::string, int32_t> entries_;
  // First token of some entry -> the most tokens of an entry starting so.
  absl::flat_hash_map<std::string, int32_t> longest_from_first_;
};

// Parses a lexicon file: one entry per line, '#' comments, blank lines
// skipped. With `columns` 1 every entry gets value 1 (anything after a tab is
// ignored); with 2 the line is "phrase<TAB>VALUE", VALUE being the rest of
// the line, and `parse_value` turns it into a number (or fails).
// Errors are INVALID_ARGUMENT naming `file_name` and the line.
absl::StatusOr<PhraseLexicon> ParseLexicon(
    absl::string_view file_name, absl::string_view contents, int columns,
    const std::function<absl::StatusOr<int32_t>(absl::string_view)>&
        parse_value = {});

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_LEXICON_H_
