#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_HTML_SIMPLIFIER_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_HTML_SIMPLIFIER_H_

// Rewrites HTML so that libgumbo parses it in linear time into a tree of
// bounded depth. Part of the input stage (input.h).
//
// Why: gumbo's tree builder scans its stack of open elements for many tags
// (is a <p> "in button scope"?), so deep nesting costs it time quadratic in
// the depth (20,000 nested <div>s take seconds, 100,000 do not finish), and
// it frees the tree recursively. Limiting the nesting ahead of gumbo needs
// to know what gumbo will nest, which for arbitrary HTML means redoing its
// tree construction. So SimplifyHtml keeps only the markup the body
// extraction reads, a vocabulary whose "in body" rules are simple enough to
// simulate exactly, and drops the tags that would nest past the limit:
// - block containers (div, section, article, main, nav, header, footer,
//   aside, ul, ol, dl, blockquote, figure, pre, ...), p, h1-h6 and title
//   are kept, with their attributes blanked out;
// - table markup (table, tr, td, th, ...) becomes <dl>, and br, hr, li,
//   dd and dt become <br>, so rows, cells and items still end paragraphs;
// - script, style, noscript, iframe, textarea, template, svg, math,
//   select, button, object and media elements, with their content, and
//   comments, doctypes and every other tag (inline markup, forms, html,
//   head, body, ...) become bogus comments <!xxx> of the same length;
// - a container or heading that would open more than `max_depth` levels
//   deep becomes such a comment too (its content stays, one level up).
// The result has the same length as `html` and every byte of text where it
// was, so gumbo's source positions are offsets into `html`; gumbo's stack
// of open elements never exceeds max_depth + 4 (html, body, p, title).
// Linear time; thread-safe.

#include <string>

#include "absl/strings/string_view.h"

namespace partnerlens::extraction {

// Default for SimplifyHtml's max_depth: far deeper than real pages nest
// block elements, small enough to keep gumbo's scans cheap.
inline constexpr int kMaxHtmlDepth = 256;

std::string SimplifyHtml(absl::string_view html, int max_depth = kMaxHtmlDepth);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_HTML_SIMPLIFIER_H_
