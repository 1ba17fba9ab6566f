#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_MENTION_FINDER_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_MENTION_FINDER_H_

// Stage 3: mentions of organizations, people, titles, honorifics,
// locations and dates in the tokenized text.
//
// Sentence by sentence: titles and honorifics are marked first (from the
// title lexicon); the remaining capitalised stretches become name chunks
// ("School of Computer Science at Zhejiang University of Technology and
// Huashu Digital Television Media Group Co., Ltd."), which are split at
// coordinations, "at", possessives, "of" and parentheses where the parts are
// names of their own, and each part is classified by its head word ("...
// University", "... Co., Ltd."), the lexicons of known organizations and
// places, the shape of person names and the context (a title or honorific
// before it). Pure and linear in the number of tokens.

#include "absl/strings/string_view.h"

#include "ingest_service/extraction/article_dates.h"
#include "ingest_service/extraction/resources.h"
#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {

// Finds the mentions of `text`, which `tokenized` tokenizes. `dates` (from
// FindArticleDates on the same text) become date mentions, whose tokens no
// name may use.
Mentions FindMentions(absl::string_view text, const TokenizedText& tokenized,
                      const ArticleDates& dates,
                      const ExtractionResources& resources);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_MENTION_FINDER_H_
