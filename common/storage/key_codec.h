#ifndef PARTNERLENS_COMMON_STORAGE_KEY_CODEC_H_
#define PARTNERLENS_COMMON_STORAGE_KEY_CODEC_H_

// Pure functions that build and parse the keys of common/storage/schema.h.
// Thread-safe; no allocation beyond the returned strings.

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

#include "common/storage/schema.h"

namespace partnerlens::storage {

// Key of a fact row: entity id, kSep, article id.
std::string FactKey(absl::string_view entity_id, absl::string_view article_id);

// Prefix of every fact row of one entity: entity id, kSep.
std::string FactPrefix(absl::string_view entity_id);

// The two components of a fact key.
struct FactKeyParts {
  absl::string_view entity_id;
  absl::string_view article_id;
};

// Splits a fact key; INVALID_ARGUMENT (DATA_LOSS at callers) when malformed.
// The views point into `key`.
absl::StatusOr<FactKeyParts> ParseFactKey(absl::string_view key);

// Key of a three-component index entry: tag, a, kSep, b, kSep, article id.
std::string IndexKey(IndexTag tag, absl::string_view a, absl::string_view b,
                     absl::string_view article_id);

// Prefix of the index entries under (tag, a): tag, a, kSep.
std::string IndexPrefix(IndexTag tag, absl::string_view a);

// Key of a request id entry: kRequest tag, request id.
std::string RequestKey(absl::string_view request_id);

// The components of an index key.
struct IndexKeyParts {
  IndexTag tag;
  absl::string_view a;
  absl::string_view b;
  absl::string_view article_id;
};

// Splits a three-component index key; INVALID_ARGUMENT when malformed. The
// views point into `key`.
absl::StatusOr<IndexKeyParts> ParseIndexKey(absl::string_view key);

// The smallest key greater than every key that starts with `prefix`; empty
// when there is none (the prefix is all 0xff bytes).
std::string PrefixSuccessor(absl::string_view prefix);

}  // namespace partnerlens::storage

#endif  // PARTNERLENS_COMMON_STORAGE_KEY_CODEC_H_
