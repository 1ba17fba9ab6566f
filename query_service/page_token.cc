#include "query_service/page_token.h"

#include <string>

#include "absl/status/status.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"

namespace partnerlens::query {
namespace {

constexpr char kTokenVersion = 1;
constexpr size_t kHeaderBytes = 1 + sizeof(uint64_t);
constexpr uint64_t kFnvOffset = 14695981039346656037ULL;
constexpr uint64_t kFnvPrime = 1099511628211ULL;

uint64_t FnvAdd(uint64_t hash, absl::string_view bytes) {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= kFnvPrime;
  }
  return hash;
}

void StoreBigEndian(uint64_t value, char* out) {
  for (int i = 7; i >= 0; --i, value >>= 8) {
    out[i] = static_cast<char>(value & 0xff);
  }
}

uint64_t LoadBigEndian(const char* in) {
  uint64_t value = 0;
  for (int i = 0; i < 8; ++i) {
    value = (value << 8) | static_cast<unsigned char>(in[i]);
  }
  return value;
}

absl::Status InvalidToken() {
  return absl::InvalidArgumentError(
      "page_token is invalid or does not match the request");
}

}  // namespace

absl::StatusOr<int> ResolvePageSize(int page_size, int default_size,
                                    int max_size) {
  if (page_size < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("page_size ", page_size, " is negative"));
  }
  if (page_size == 0) return default_size;
  return page_size > max_size ? max_size : page_size;
}

uint64_t FilterFingerprint(std::initializer_list<absl::string_view> fields) {
  uint64_t hash = kFnvOffset;
  for (const absl::string_view field : fields) {
    // The length prefix keeps ("ab", "c") apart from ("a", "bc").
    hash = FnvAdd(hash, absl::StrCat(field.size(), ":"));
    hash = FnvAdd(hash, field);
  }
  return hash;
}

std::string EncodePageToken(absl::string_view last_key, uint64_t fingerprint) {
  std::string raw(kHeaderBytes, '\0');
  raw[0] = kTokenVersion;
  StoreBigEndian(fingerprint, raw.data() + 1);
  absl::StrAppend(&raw, last_key);
  return absl::WebSafeBase64Escape(raw);
}

absl::StatusOr<std::string> DecodePageToken(absl::string_view token,
                                            uint64_t fingerprint) {
  if (token.empty()) return std::string();
  std::string raw;
  if (!absl::WebSafeBase64Unescape(token, &raw) || raw.size() <= kHeaderBytes ||
      raw[0] != kTokenVersion || LoadBigEndian(raw.data() + 1) != fingerprint) {
    return InvalidToken();
  }
  return raw.substr(kHeaderBytes);
}

}  // namespace partnerlens::query
