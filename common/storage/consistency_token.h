#ifndef PARTNERLENS_COMMON_STORAGE_CONSISTENCY_TOKEN_H_
#define PARTNERLENS_COMMON_STORAGE_CONSISTENCY_TOKEN_H_

// The consistency token the ingest service returns with every write: the
// RocksDB sequence number the write reached, so that the query service can
// wait until its secondary instance has caught up to it. Opaque to clients:
// "v1." followed by 16 lower-case hex digits.

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace partnerlens::storage {

// Token for sequence number `sequence`.
std::string EncodeConsistencyToken(uint64_t sequence);

// The sequence number of a token; INVALID_ARGUMENT naming the problem when
// `token` is not one EncodeConsistencyToken made.
absl::StatusOr<uint64_t> DecodeConsistencyToken(absl::string_view token);

}  // namespace partnerlens::storage

#endif  // PARTNERLENS_COMMON_STORAGE_CONSISTENCY_TOKEN_H_
