#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_RECORDS_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_RECORDS_H_

// Stage 6: the article's records in the shape of FORMAT.md, organizations
// referred to by name. Drops what is not a record of its own: people
// without a full name, relations whose entities were dropped.

#include "ingest_service/extraction/article_dates.h"
#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {

ArticleRecords BuildRecords(NormalizedText normalized,
                            const ArticleDates& dates,
                            const ResolvedEntities& entities,
                            const Relations& relations);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_RECORDS_H_
