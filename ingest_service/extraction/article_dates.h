#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_ARTICLE_DATES_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_ARTICLE_DATES_H_

// The dates of one article, resolved to ISO 8601 values (date_finder.h finds
// the expressions). The publication date is the caller's, else the one the
// text shows. Resolution keeps what the text fixes and no more:
// - a month and day without a year take the year stated in the same
//   sentence; else, for a re-posted story, the year the story names
//   (date_finder.h StoryReference); else the year within six months of
//   the publication date (the caller's, else the one the page shows:
//   "December 28" published 2020-01-05 is 2019-12-28); else none
//   ("--04-17");
// - relative years ("this year", "In September this year") take the
//   publication year (for a story re-posted later, the year the story
//   itself names: date_finder.h StoryReference); without a publication
//   date, the latest year the prose stated before them ("the 2022 Tech
//   World ... In September this year" is 2022-09).
// Pure; linear in the text size.

#include <string>
#include <vector>

#include "absl/strings/string_view.h"

#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {

struct DatedSpan {
  Span span;
  std::string value;  // ISO 8601 as far as fixed; empty when unknown
};

struct ArticleDates {
  // The caller's date, else the text's, else empty.
  std::string published_date;
  // Every date expression in text order.
  std::vector<DatedSpan> dates;
};

// `tokenized` gives the sentences of `text`; `requested_date` is the
// caller's publication date (ISO 8601, possibly partial) or empty.
ArticleDates FindArticleDates(absl::string_view text,
                              const TokenizedText& tokenized,
                              absl::string_view requested_date);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_ARTICLE_DATES_H_
