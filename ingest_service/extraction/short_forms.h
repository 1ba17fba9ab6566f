#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_SHORT_FORMS_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_SHORT_FORMS_H_

// Short forms of organization names, for ResolveEntities
// (entity_resolver.h). A mention joins a longer organization (two or more
// words) named in the same article when it is
// - the name without its leading place words ("Hualian Century
//   Bioengineering" for "Shenzhen Hualian Century Bioengineering Co. Ltd");
// - an acronym of it (acronyms.h), alone or before "Group" ("ZJNU", "GJI
//   Group");
// - its first word, for a company ("Huawei" for "Huawei Technologies Co.,
//   Ltd."; of several, the last with a legal suffix), or a body named by
//   that word and its head ("Curtin" for "Curtin University");
// - the name after one owner word ("Jinan Research Institute" for "Huawei
//   Jinan Research Institute").
// Otherwise the first candidate in text order wins. Linear in the number of
// mentions (candidates are bucketed by the words compared), so articles naming
// thousands of bodies stay fast.

#include "ingest_service/extraction/resolution_state.h"

namespace partnerlens::extraction {

// Joins each organization or unknown proper name (anaphors excepted) that
// is a short form of a longer organization to that organization's
// cluster, and makes it an organization.
void JoinAcronymsAndShortForms(ResolutionState& state);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_SHORT_FORMS_H_
