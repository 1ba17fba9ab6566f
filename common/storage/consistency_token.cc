#include "common/storage/consistency_token.h"

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"

namespace partnerlens::storage {
namespace {

constexpr absl::string_view kPrefix = "v1.";
constexpr size_t kHexDigits = 16;

bool IsLowerHex(absl::string_view s) {
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace

std::string EncodeConsistencyToken(uint64_t sequence) {
  return absl::StrCat(kPrefix, absl::Hex(sequence, absl::kZeroPad16));
}

absl::StatusOr<uint64_t> DecodeConsistencyToken(absl::string_view token) {
  if (!absl::StartsWith(token, kPrefix) ||
      token.size() != kPrefix.size() + kHexDigits ||
      !IsLowerHex(token.substr(kPrefix.size()))) {
    return absl::InvalidArgumentError(
        "consistency_token is not a token returned by the ingest service");
  }
  uint64_t sequence = 0;
  if (!absl::SimpleHexAtoi(token.substr(kPrefix.size()), &sequence)) {
    return absl::InvalidArgumentError("consistency_token is malformed");
  }
  return sequence;
}

}  // namespace partnerlens::storage
