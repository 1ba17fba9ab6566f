#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_FLAT_INDEX_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_FLAT_INDEX_H_

// Values grouped by a dense key (a token or sentence index), stored flat:
// one offset per key and one slot per value, 4 bytes each, where a vector
// of vectors costs 24 bytes per key before any value. The per-token indexes
// of an article use it, so a 1 MiB article of a million one-byte tokens
// stays small. Immutable after construction; thread-compatible.

#include <cstdint>
#include <utility>
#include <vector>

#include "absl/types/span.h"

namespace partnerlens::extraction {

class FlatIndex {
 public:
  FlatIndex() = default;

  // Groups `entries` (key, value) by key; keys lie in [0, key_count). Values
  // of one key keep the order of `entries`.
  FlatIndex(int32_t key_count,
            const std::vector<std::pair<int32_t, int32_t>>& entries);

  // The values of `key`; empty for a key out of range.
  absl::Span<const int32_t> operator[](int32_t key) const {
    if (key < 0 || key + 1 >= static_cast<int32_t>(offsets_.size())) return {};
    return absl::MakeConstSpan(values_.data() + offsets_[key],
                               offsets_[key + 1] - offsets_[key]);
  }

 private:
  std::vector<int32_t> offsets_;  // key_count + 1 entries
  std::vector<int32_t> values_;
};

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_FLAT_INDEX_H_
