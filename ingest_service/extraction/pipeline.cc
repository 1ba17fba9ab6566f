#include "ingest_service/extraction/pipeline.h"

namespace partnerlens::extraction {

// TODO(#3): the real stages; this placeholder keeps the text only.
ArticleRecords ExtractArticle(const ArticleInput& input,
                              const ExtractionResources& /*resources*/,
                              const ExtractionOptions& /*options*/) {
  ArticleRecords records;
  records.text = input.content;
  records.anchors.push_back({0, 0});
  records.published_date = input.published_date;
  return records;
}

}  // namespace partnerlens::extraction
