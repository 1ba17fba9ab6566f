#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_RELATION_PARTS_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_RELATION_PARTS_H_

// The three extractors behind ExtractRelations, one file each. Internal to
// the extraction library.

#include <vector>

#include "ingest_service/extraction/relation_context.h"
#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {

std::vector<PositionRelation> ExtractPositions(const RelationContext& context);

std::vector<EventRelation> ExtractEvents(const RelationContext& context);

// Organizations a sentence names only as the body of someone's title are no
// parties, unless the sentence names no others: then `positions` tell whom
// the signers speak for.
std::vector<PartnershipRelation> ExtractPartnerships(
    const RelationContext& context,
    const std::vector<PositionRelation>& positions);

// Organization indexes ordered by how central they are to the article
// (mention count, then first mention); media excluded.
std::vector<int32_t> MainOrganizations(const RelationContext& context);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_RELATION_PARTS_H_
