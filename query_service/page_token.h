#ifndef PARTNERLENS_QUERY_SERVICE_PAGE_TOKEN_H_
#define PARTNERLENS_QUERY_SERVICE_PAGE_TOKEN_H_

// Paging of list and search methods (AIP-158). A page token is opaque to
// clients: web-safe base64 of a version byte, a 64-bit fingerprint of the
// request's filters and the key of the last record returned. A token only
// resumes a request with the same method and filters. Tokens carry no
// secret: a forged one can only skip records. All functions are pure and
// thread-safe.

#include <cstdint>
#include <initializer_list>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace partnerlens::query {

// The page size to use for a requested `page_size`: 0 gives
// `default_size`, values above `max_size` are clamped to it, negative
// values are INVALID_ARGUMENT.
absl::StatusOr<int> ResolvePageSize(int page_size, int default_size,
                                    int max_size);

// A stable 64-bit fingerprint (FNV-1a over length-prefixed fields) of a
// method name and its filters, the same in every process and build.
uint64_t FilterFingerprint(std::initializer_list<absl::string_view> fields);

// A token resuming after `last_key` for requests with `fingerprint`.
std::string EncodePageToken(absl::string_view last_key, uint64_t fingerprint);

// The last key of a token EncodePageToken made with `fingerprint`; empty
// for an empty token (the first page). INVALID_ARGUMENT "page_token is
// invalid or does not match the request" for anything else.
absl::StatusOr<std::string> DecodePageToken(absl::string_view token,
                                            uint64_t fingerprint);

}  // namespace partnerlens::query

#endif  // PARTNERLENS_QUERY_SERVICE_PAGE_TOKEN_H_
