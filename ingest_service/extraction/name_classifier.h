#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_NAME_CLASSIFIER_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_NAME_CLASSIFIER_H_

// What one name names once the chunk classifier (chunk_classifier.h) has
// split off every other name: an organization (by its head word, the known
// organizations, an acronym's or brand's shape), a place, a person (by
// name shape and context, person_context.h), the body after "<title> of",
// or a proper name of unknown type.

#include <cstdint>

#include "ingest_service/extraction/mention_scan.h"
#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {

// Adds the mention of tokens [first, end) of `sentence` (non-empty) to
// `scan`; returns its index. Scraped text that glues an acronym to a
// person's surname ("USSTZhang Hua") gives two mentions; the
// organization's index is returned.
int32_t ClassifyName(int32_t first, int32_t end, const Sentence& sentence,
                     MentionScan& scan);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_NAME_CLASSIFIER_H_
