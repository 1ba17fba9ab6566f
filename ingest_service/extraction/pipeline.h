#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_PIPELINE_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_PIPELINE_H_

// The whole extraction: article in, records out. Calls the stages in order
// (input, tokenizer, mentions, resolution, relations, records) and does
// nothing else. Pure: reads no clock, flag, file or global; thread-safe for
// concurrent calls sharing one ExtractionResources.

#include "absl/strings/string_view.h"

#include "ingest_service/extraction/resources.h"
#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {

// Version of the rules and lexicons; stored with every article so that a
// newer extractor can tell which articles to re-extract.
inline constexpr absl::string_view kExtractorVersion = "1";

// Tunables of the extraction.
struct ExtractionOptions {
  // A sentence longer than this many tokens is cut into pieces of this size
  // before relation extraction, which keeps the work per article linear in
  // its length. Default 256.
  int max_sentence_tokens = 256;
};

// Extracts the records of one article. Never fails: content that yields
// nothing gives empty record lists. Linear in the size of the content.
ArticleRecords ExtractArticle(const ArticleInput& input,
                              const ExtractionResources& resources,
                              const ExtractionOptions& options = {});

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_PIPELINE_H_
