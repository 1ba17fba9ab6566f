#include "ingest_service/extraction/pipeline.h"

#include <utility>

#include "ingest_service/extraction/article_dates.h"
#include "ingest_service/extraction/entity_resolver.h"
#include "ingest_service/extraction/input.h"
#include "ingest_service/extraction/mention_finder.h"
#include "ingest_service/extraction/records.h"
#include "ingest_service/extraction/relation_extractor.h"
#include "ingest_service/extraction/tokenizer.h"

namespace partnerlens::extraction {

ArticleRecords ExtractArticle(const ArticleInput& input,
                              const ExtractionResources& resources,
                              const ExtractionOptions& options) {
  NormalizedText normalized = NormalizeInput(input, resources.boilerplate());
  const TokenizedText tokens = Tokenize(
      normalized.text, resources.abbreviations(), options.max_sentence_tokens);
  // The caller's date, else the one the page's markup declares.
  const absl::string_view published = input.published_date.empty()
                                          ? normalized.page_date
                                          : input.published_date;
  const ArticleDates dates =
      FindArticleDates(normalized.text, tokens, published);
  const Mentions mentions =
      FindMentions(normalized.text, tokens, dates, resources);
  const ResolvedEntities entities =
      ResolveEntities(normalized.text, tokens, mentions, resources);
  const Relations relations =
      ExtractRelations(normalized.text, tokens, mentions, entities, resources);
  return BuildRecords(std::move(normalized), dates, entities, relations);
}

}  // namespace partnerlens::extraction
