#include "ingest_service/extraction/relation_extractor.h"

#include "ingest_service/extraction/relation_context.h"
#include "ingest_service/extraction/relation_parts.h"

namespace partnerlens::extraction {

Relations ExtractRelations(absl::string_view text,
                           const TokenizedText& tokenized,
                           const Mentions& mentions,
                           const ResolvedEntities& entities,
                           const ExtractionResources& resources) {
  const RelationContext context(text, tokenized, mentions, entities, resources);
  Relations out;
  out.positions = ExtractPositions(context);
  out.events = ExtractEvents(context);
  out.partnerships = ExtractPartnerships(context, out.positions);
  return out;
}

}  // namespace partnerlens::extraction
