#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_TEXT_NORMALIZER_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_TEXT_NORMALIZER_H_

// Unicode and whitespace normalisation of article text, keeping the map
// back to the submitted content. Part of the input stage (input.h).

#include "absl/strings/string_view.h"
#include "absl/types/span.h"

#include "ingest_service/extraction/mapped_text.h"
#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {

// Normalises `raw`, whose byte i came from source byte
// MapOffset(raw_anchors, i):
// - each invalid UTF-8 sequence (maximal subpart) becomes U+FFFD;
// - CR LF and CR end a line like LF, as do VT, FF, NEL, U+2028 and U+2029;
// - Unicode NFKC (utf8proc), then curly quotes and the like become ' and ",
//   hyphens, dashes and minus signs '-', tabs and Unicode spaces ' ';
//   other control and format characters (zero-width ones) are dropped;
// - runs of spaces collapse to one, lines are trimmed, empty lines dropped.
// The result's lines are joined by one "\n", with no trailing newline; its
// anchors map to source bytes, exactly at the start of every character
// whose length did not change and at the start of every line. Linear time
// and memory in raw.size(). Thread-safe (no shared state).
MappedText NormalizeLines(absl::string_view raw,
                          absl::Span<const OffsetAnchor> raw_anchors);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_TEXT_NORMALIZER_H_
