#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_ENTITY_RESOLVER_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_ENTITY_RESOLVER_H_

// Stage 4: which mentions name the same organization or person within one
// article. Organization mentions merge when their names normalise alike
// (common/text/name_key.h), when the phrase itself renames one as the other
// ("Vocational Training Council (VTC)"), when an acronym spells the
// initials of a name ("ZJNU" for "Zhejiang Normal University", pinyin
// syllables counted), and when a short form keeps the distinctive first
// word of a company name ("Huashu Group", "Huawei"). A city acting as a
// party ("Huawei and Jinan", "mayor of Tianjin") becomes a government body.
// Person mentions merge by full name, and a lone surname or given name
// ("Jiang", "Ms Guo") resolves to the full name it abbreviates.
//
// Pure; linear in the number of mentions times the entities per article.

#include "absl/strings/string_view.h"

#include "ingest_service/extraction/resources.h"
#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {

ResolvedEntities ResolveEntities(absl::string_view text,
                                 const TokenizedText& tokenized,
                                 const Mentions& mentions,
                                 const ExtractionResources& resources);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_ENTITY_RESOLVER_H_
