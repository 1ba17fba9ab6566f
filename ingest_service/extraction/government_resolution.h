#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_GOVERNMENT_RESOLUTION_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_GOVERNMENT_RESOLUTION_H_

// Places that act as governments, for ResolveEntities (entity_resolver.h):
// a city named as a party ("Huawei and Jinan", "signed ... with Tianjin")
// or as the body of a title ("mayor of Tianjin"), and the city an article
// means by "our city" or "the municipal government". A promoted place
// becomes an organization mention and is recorded in
// ResolutionState::government.

#include <cstdint>

#include "ingest_service/extraction/resolution_state.h"

namespace partnerlens::extraction {

// Makes each place mention that is coordinated with an organization, named
// after "with"/"between" in a sentence about cooperation, or after
// "<title> of", a government.
void PromoteGovernments(ResolutionState& state);

// The article's own city: the first place already made a government, else
// the place named most often (the earliest among equals), whose mentions
// all become one government now. Returns one of its mentions, or -1 when
// the article names no place.
int32_t PromoteMainCity(ResolutionState& state);

// "our city", "the municipality", "the municipal government": an anaphor
// for the city's own government, not for any government body named before
// (data/government_words.txt, CITY_ANAPHOR and CITY_ANAPHOR_PART).
bool IsCityAnaphor(const ResolutionState& state, int32_t i);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_GOVERNMENT_RESOLUTION_H_
