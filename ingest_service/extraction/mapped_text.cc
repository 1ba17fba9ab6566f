#include "ingest_service/extraction/mapped_text.h"

#include <algorithm>
#include <utility>

namespace partnerlens::extraction {
namespace {

// The last anchor at or before `offset`, or the first one.
const OffsetAnchor* AnchorAt(absl::Span<const OffsetAnchor> anchors,
                             int32_t offset) {
  auto after = std::upper_bound(
      anchors.begin(), anchors.end(), offset,
      [](int32_t n, const OffsetAnchor& a) { return n < a.normalized; });
  return after == anchors.begin() ? anchors.begin() : after - 1;
}

}  // namespace

int32_t MapOffset(absl::Span<const OffsetAnchor> anchors, int32_t offset) {
  if (anchors.empty()) return offset;
  const OffsetAnchor* anchor = AnchorAt(anchors, offset);
  return anchor->source + (offset - anchor->normalized);
}

void MappedTextBuilder::Append(absl::string_view bytes, int32_t source) {
  if (bytes.empty()) return;
  const int32_t delta = source - size();
  if (out_.anchors.empty() || delta != delta_) {
    out_.anchors.push_back({size(), source});
    delta_ = delta;
  }
  out_.text.append(bytes.data(), bytes.size());
}

void MappedTextBuilder::AppendContinuation(absl::string_view bytes) {
  if (bytes.empty()) return;
  if (out_.anchors.empty()) out_.anchors.push_back({size(), 0});
  out_.text.append(bytes.data(), bytes.size());
}

void MappedTextBuilder::AppendRange(const MappedText& from, int32_t begin,
                                    int32_t end) {
  absl::Span<const OffsetAnchor> anchors = from.anchors;
  if (anchors.empty()) {
    Append(absl::string_view(from.text).substr(begin, end - begin), begin);
    return;
  }
  const OffsetAnchor* anchor = AnchorAt(anchors, begin);
  int32_t pos = begin;
  while (pos < end) {
    const OffsetAnchor* next = anchor + 1;
    int32_t stop = end;
    if (next != anchors.end() && next->normalized < end) {
      stop = next->normalized;
    }
    Append(absl::string_view(from.text).substr(pos, stop - pos),
           anchor->source + (pos - anchor->normalized));
    pos = stop;
    if (next != anchors.end() && next->normalized == stop) anchor = next;
  }
}

MappedText MappedTextBuilder::Finish() && {
  if (out_.anchors.empty()) out_.anchors.push_back({0, 0});
  return std::move(out_);
}

}  // namespace partnerlens::extraction
