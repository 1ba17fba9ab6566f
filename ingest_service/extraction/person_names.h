#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_PERSON_NAMES_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_PERSON_NAMES_H_

// Tests on the shape of person names, from the name lexicons: romanised
// Chinese names (a surname, then a given name made of pinyin syllables) and
// international names (a known given name, then capitalised words). Pure
// functions; thread-safe.

#include <cstdint>

#include "absl/strings/string_view.h"

#include "ingest_service/extraction/resources.h"
#include "ingest_service/extraction/token_view.h"

namespace partnerlens::extraction {

// Whether `word` splits into one to three pinyin syllables ("Xiaoting",
// "Houfengchao", "Jing"). Case-insensitive; hyphens and apostrophes
// between syllables are allowed ("Xiao-ting").
bool IsPinyinGivenName(absl::string_view word,
                       const ExtractionResources& resources);

// How sure a name-shape test is.
enum class NameConfidence {
  kNone = 0,    // not a person name by shape
  kWeak = 1,    // a name only with context (a title, "said", an honorific)
  kStrong = 2,  // a person name on its own
};

// Judges tokens [first, end) as a whole person name.
NameConfidence PersonNameShape(const TokenView& view, int32_t first,
                               int32_t end,
                               const ExtractionResources& resources);

// Whether token `i` is an initial: one capital letter ("K" of "K. K. Pant").
bool IsInitial(const TokenView& view, int32_t i);

// Whether token `i` can be part of a person name at all: a capitalised
// word or an initial, and not a title, org head or month.
bool IsNameToken(const TokenView& view, int32_t i,
                 const ExtractionResources& resources);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_PERSON_NAMES_H_
