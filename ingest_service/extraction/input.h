#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_INPUT_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_INPUT_H_

// Stage 1 of the extraction: submitted content (plain text or HTML) in,
// NormalizedText out: the story's text, normalised, boilerplate dropped,
// with a map from its offsets back to the submitted bytes.

#include <cstdint>

#include "absl/strings/string_view.h"

#include "ingest_service/extraction/boilerplate.h"
#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {

// Whether content of format kGuess is read as HTML: its first non-blank
// character (after a UTF-8 byte order mark) is '<' followed by a doctype,
// a comment, "<?xml" or a known HTML tag name.
bool LooksLikeHtml(absl::string_view content);

// Reads one article:
// - HTML (format kHtml, or kGuess and LooksLikeHtml) is parsed with
//   libgumbo and its article body kept (see ExtractHtmlText in
//   html_text.h); `title` is the page's <title>, else its first <h1>,
//   normalised like the text, on one line; `page_date` the publication
//   date its <meta> tags declare (html_meta.h);
// - the text is normalised as NormalizeLines (text_normalizer.h)
//   describes: U+FFFD for invalid UTF-8, NFKC, ASCII quotes, dashes and
//   spaces, no control or zero-width characters, spaces collapsed, lines
//   trimmed, paragraphs separated by exactly one "\n";
// - boilerplate lines are dropped (FindBoilerplateLines in boilerplate.h).
// `anchors` map every offset of `text` to the submitted content, exactly at
// the start of every line, every HTML text node and after every place
// where normalisation changed a length. Never fails; linear time and memory
// in the size of the content. Thread-safe for concurrent calls sharing
// `rules`.
NormalizedText NormalizeInput(const ArticleInput& input,
                              const BoilerplateRules& rules);

// The byte offset in the submitted content that `normalized_offset` of
// `text.text` came from (see OffsetAnchor); offsets at or past the end map
// past the last anchor the same way. O(log anchors).
int32_t SourceOffset(const NormalizedText& text, int32_t normalized_offset);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_INPUT_H_
