#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_RELATION_EXTRACTOR_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_RELATION_EXTRACTOR_H_

// Stage 5: relations between the resolved entities of one article.
// - Positions: a person and the titles stated next to the name, each with
//   the organization it is held in ("X, vice president of A and general
//   manager of B"; "SUSTech President X"; "Deputy Dean of OECE, X").
// - Events: meetings, signings, ceremonies, forums and visits the text
//   reports as held, with a date, place and participants.
// - Partnerships: sentences with a relation cue (data/partnership_cues.txt)
//   and two or more parties, with kind, status and evidence.
// Pure; linear in the number of tokens and mentions.

#include "absl/strings/string_view.h"

#include "ingest_service/extraction/resources.h"
#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {

Relations ExtractRelations(absl::string_view text,
                           const TokenizedText& tokenized,
                           const Mentions& mentions,
                           const ResolvedEntities& entities,
                           const ExtractionResources& resources);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_RELATION_EXTRACTOR_H_
