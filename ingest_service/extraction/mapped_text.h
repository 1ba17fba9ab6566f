#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_MAPPED_TEXT_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_MAPPED_TEXT_H_

// Text that remembers which bytes of the submitted content it came from.
// The input stage's steps (HTML extraction, normalisation, boilerplate
// removal) pass it along, so that the final NormalizedText can map every
// offset back to the submitted content.

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"

#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {

// A text and the map of its bytes back to the submitted content.
struct MappedText {
  std::string text;
  // Sorted by `normalized` (offsets into `text`), the first one at 0; byte
  // n of `text` came from source byte `source + (n - normalized)` of the
  // last anchor at or before n (see OffsetAnchor).
  std::vector<OffsetAnchor> anchors;
};

// Maps `offset` through `anchors` (sorted by `normalized`) as OffsetAnchor
// describes. An offset before the first anchor maps through the first one;
// with no anchors an offset maps to itself. O(log anchors).
int32_t MapOffset(absl::Span<const OffsetAnchor> anchors, int32_t offset);

// Builds a MappedText left to right, adding an anchor only where the
// distance between text and source offsets changes. Not thread-safe.
class MappedTextBuilder {
 public:
  // Appends `bytes`; the first came from source byte `source`, each later
  // one from the source byte after its predecessor's.
  void Append(absl::string_view bytes, int32_t source);
  // Appends `bytes` as the continuation of what precedes them (the rest of
  // a character that normalisation expanded, a separator): no new anchor.
  void AppendContinuation(absl::string_view bytes);
  // Appends from.text[begin, end), mapping each byte as `from` maps it.
  void AppendRange(const MappedText& from, int32_t begin, int32_t end);

  int32_t size() const { return static_cast<int32_t>(out_.text.size()); }
  bool empty() const { return out_.text.empty(); }
  char back() const { return out_.text.back(); }

  // The text built so far; its anchors hold at least {0, 0}.
  MappedText Finish() &&;

 private:
  MappedText out_;
  // source - normalized of the last anchor.
  int32_t delta_ = 0;
};

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_MAPPED_TEXT_H_
