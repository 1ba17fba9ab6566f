#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_ENTITY_OUTPUT_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_ENTITY_OUTPUT_H_

// The last step of ResolveEntities (entity_resolver.h): one entity per
// cluster of organization or person mentions, named by its longest
// mention (the others, distinct, become aliases, in first-use order).
// An organization's kind comes from the mention that names it; a place
// made a government is one. A unit belongs to the entity its phrase states
// (Mention::parent), else to a company or university whose name or alias
// its name starts with ("Huawei Jinan Research Institute"). A person known
// by one word only is no entity: its mentions become proper names.

#include "ingest_service/extraction/resolution_state.h"
#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {

// The entities of `state`'s clusters, in the order of their first
// mentions. Non-const only for the union-find's path compression.
ResolvedEntities BuildResolvedEntities(ResolutionState& state);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_ENTITY_OUTPUT_H_
