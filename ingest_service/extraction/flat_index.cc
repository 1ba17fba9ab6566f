#include "ingest_service/extraction/flat_index.h"

namespace partnerlens::extraction {

FlatIndex::FlatIndex(int32_t key_count,
                     const std::vector<std::pair<int32_t, int32_t>>& entries)
    : offsets_(static_cast<size_t>(key_count) + 1, 0), values_(entries.size()) {
  for (const auto& [key, value] : entries) ++offsets_[key + 1];
  for (size_t k = 1; k < offsets_.size(); ++k) offsets_[k] += offsets_[k - 1];
  std::vector<int32_t> next(offsets_.begin(), offsets_.end() - 1);
  for (const auto& [key, value] : entries) values_[next[key]++] = value;
}

}  // namespace partnerlens::extraction
