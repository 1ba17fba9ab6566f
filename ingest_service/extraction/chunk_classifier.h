#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_CHUNK_CLASSIFIER_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_CHUNK_CLASSIFIER_H_

// What a name chunk (name_chunker.h) names. A chunk is split where it holds
// names of their own (chunk_splits.h: coordinations, "at", possessives,
// "of", parentheses, people before or after a body), each part classified
// the same way, and the parts linked: a unit to the body it belongs to
// (Mention::parent), a parenthesised acronym or name to what it renames
// (Mention::same_as). A part that no longer splits is classified by
// name_classifier.h.

#include <cstdint>

#include "ingest_service/extraction/mention_scan.h"
#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {

// Classifies tokens [first, end) of `sentence`, adding the mentions found
// to `scan`. Returns the index (in scan.mentions) of the main mention made
// (the organization of "X of Y" units, the left part of a coordination),
// or -1 when it made none. Recursion depth is bounded by the chunk length.
int32_t ClassifyChunk(int32_t first, int32_t end, const Sentence& sentence,
                      MentionScan& scan);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_CHUNK_CLASSIFIER_H_
