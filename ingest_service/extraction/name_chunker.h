#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_NAME_CHUNKER_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_NAME_CHUNKER_H_

// Name chunks: maximal stretches of one sentence that can form proper names,
// before anyone decides what they name. A chunk starts at a capitalised word
// (or an all-caps one, or "3D"-like) and runs over capitalised words,
// lower-case connectors between them ("of", "and", "for", "&", "at"), a
// possessive "'s" between names, legal suffixes with their punctuation
// ("Co., Ltd."), parentheses holding names ("(Beijing)", "(ZJNU)") and short
// quoted names inside a name (Jinan "Kunpeng + Shengteng" Ecological
// Innovation Center). Tokens already marked as titles, honorifics or dates
// end a chunk. A capitalised common word at the start of a sentence ("The",
// "During") does not start one.

#include <cstdint>
#include <vector>

#include "ingest_service/extraction/resources.h"
#include "ingest_service/extraction/token_view.h"
#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {

// What an earlier pass made of a token.
enum class TokenRole : uint8_t {
  kFree,
  kTitle,
  kHonorific,
  kDate,
  kName,  // part of a name found by a lexicon ("municipal Party committee")
};

// Tokens [first, end) of one chunk.
struct NameChunk {
  int32_t first = 0;
  int32_t end = 0;
};

// The chunks of `sentence`, left to right, not overlapping. `roles` has one
// entry per token of the article. Linear in the sentence length.
std::vector<NameChunk> FindNameChunks(const TokenView& view,
                                      const Sentence& sentence,
                                      const std::vector<TokenRole>& roles,
                                      const ExtractionResources& resources);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_NAME_CHUNKER_H_
