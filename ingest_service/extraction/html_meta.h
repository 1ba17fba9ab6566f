#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_HTML_META_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_HTML_META_H_

// The publication date a page declares in its markup. Part of the input
// stage (input.h); SimplifyHtml drops <meta>, so this reads the raw page.

#include <string>

#include "absl/strings/string_view.h"

namespace partnerlens::extraction {

// The date of the first <meta> whose property, name or itemprop is a
// publication-date key (Open Graph "article:published_time", schema.org
// "datePublished", Dublin Core "dc.date", "pubdate", ...), as "YYYY-MM-DD"
// or "YYYY-MM"; "" when there is none or its content starts with no such
// date ("2022-08-03T09:12:00Z" gives "2022-08-03"). Tag and attribute
// names match case-insensitively; at most kMaxMetaTags <meta> tags are
// read. Linear time; thread-safe.
std::string FindHtmlPublishedDate(absl::string_view html);

inline constexpr int kMaxMetaTags = 4096;

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_HTML_META_H_
