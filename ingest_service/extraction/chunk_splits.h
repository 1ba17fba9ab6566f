#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_CHUNK_SPLITS_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_CHUNK_SPLITS_H_

// Where a name chunk (name_chunker.h) holds more than one name: the token at
// which it splits into parts that are names of their own. The chunk
// classifier (chunk_classifier.h) tries these in a fixed order; each answers
// from the words and lexicons alone (name_shapes.h) and changes nothing.
// Ranges are tokens [first, end) of one sentence. Pure; thread-compatible
// like the NameShapes passed in.

#include <cstdint>
#include <optional>
#include <utility>

#include "absl/strings/string_view.h"

#include "ingest_service/extraction/name_shapes.h"

namespace partnerlens::extraction {

// [first, end) without leading connectors, punctuation and "the", and
// without trailing connectors and punctuation (a ")" and the period of
// "Co." stay). Empty (first >= end) when nothing is left.
std::pair<int32_t, int32_t> TrimRange(const NameShapes& shapes, int32_t first,
                                      int32_t end);

// The first top-level (outside parentheses) token equal to `word` in
// (first, end - 1), or nullopt. For `word` "(" the first top-level "(".
std::optional<int32_t> FindWord(const NameShapes& shapes, int32_t first,
                                int32_t end, absl::string_view word);

// A coordination ("and", "&") that joins two names of their own, not the
// words of one name ("Huawei and Jinan", not "Organization and Human
// Resources Department"): its token, or nullopt.
std::optional<int32_t> FindAndSplit(const NameShapes& shapes, int32_t first,
                                    int32_t end);

// A caption run on past a name ("Lenovo Research Institute
// School-enterprise cooperation ..."): the end of the name after its last
// head that is not weak, or nullopt.
std::optional<int32_t> RunOnAfterHead(const NameShapes& shapes, int32_t first,
                                      int32_t end);

// "Vice Chairman of the Wujiang District Chamber of Industry and Commerce
// Zhao Jun": where a person name of 2-3 words closing a named body starts,
// or nullopt.
std::optional<int32_t> TrailingPersonStart(const NameShapes& shapes,
                                           int32_t first, int32_t end);

// "Cao Zejun of Huawei China": the end of a person name of 2-3 words that
// is followed by "of" and more, or nullopt.
std::optional<int32_t> LeadingPersonEnd(const NameShapes& shapes, int32_t first,
                                        int32_t end);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_CHUNK_SPLITS_H_
