#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_HTML_TEXT_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_HTML_TEXT_H_

// The article text of an HTML page, mapped back to the page's bytes. Part
// of the input stage (input.h).

#include <string>

#include "absl/strings/string_view.h"

#include "ingest_service/extraction/mapped_text.h"

namespace partnerlens::extraction {

struct HtmlText {
  // The article body's text, entities decoded, not yet normalised: "\n"
  // wherever a block starts or ends (p, div, li, h1-h6, td, br, ...), any
  // other whitespace as ' ' (line breaks kept inside <pre>). Anchors map to
  // byte offsets of the HTML, exactly at the start of every text node and
  // after every entity or replaced character.
  MappedText body;
  // Text of the first <title>, else of the first <h1>; not normalised;
  // empty when there is neither.
  std::string title;
};

// Parses `html` with libgumbo (after SimplifyHtml, which bounds the work)
// and keeps the article body:
// - the <article> with the most text, if it holds at least 30% of the
//   page's text; else such a <main>;
// - else the block with the most paragraph text (a <p>'s text counts for
//   its parent and half of it for its grandparent, text directly inside a
//   block for that block), widened to its parent while it holds less than
//   65% of the parent's <p> text (an article split over sibling blocks);
// - when the body holds no h1-h3, it starts at the nearest such headline
//   before it, if that sits under the body's parent or grandparent with at
//   most 400 bytes of text in between (the dateline a later stage reads).
// Inside the body, nav, aside, footer and header (unless inside an
// <article>) are skipped. Linear time and memory; thread-safe.
HtmlText ExtractHtmlText(absl::string_view html);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_HTML_TEXT_H_
