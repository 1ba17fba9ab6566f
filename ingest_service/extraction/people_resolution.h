#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_PEOPLE_RESOLUTION_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_PEOPLE_RESOLUTION_H_

// Which person mentions name the same person, for ResolveEntities
// (entity_resolver.h): mentions with the same person key
// (common/text/name_key.h) are one person, and a lone word ("Jiang", "Ms
// Guo" after the honorific) that is part of a full name used in the article
// resolves to that name.

#include "ingest_service/extraction/resolution_state.h"

namespace partnerlens::extraction {

// Joins person mentions by key, then joins each one-word person or unknown
// proper name to the latest full name before it that contains the word
// (else the first after it), making it a person.
void JoinPeople(ResolutionState& state);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_PEOPLE_RESOLUTION_H_
