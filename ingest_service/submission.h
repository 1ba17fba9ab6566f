#ifndef PARTNERLENS_INGEST_SERVICE_SUBMISSION_H_
#define PARTNERLENS_INGEST_SERVICE_SUBMISSION_H_

// One article as a client submits it, and the checks it must pass before
// extraction. Pure and thread-safe.

#include <cstdint>
#include <optional>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

#include "ingest_service/extraction/types.h"

namespace partnerlens::ingest {

// The fields of a SubmitArticleRequest or ExtractArticleRequest. Views into
// the request, which must outlive this value.
struct Submission {
  absl::string_view content = {};
  // partnerlens.v1.ContentType value: 0 guess, 1 text, 2 HTML.
  int content_type = 0;
  // Client-chosen article id, or empty.
  absl::string_view article_id = {};
  // Client request id, or empty.
  absl::string_view request_id = {};
  absl::string_view url = {};
  absl::string_view title = {};
  absl::string_view source = {};
  // YYYY-MM-DD, YYYY-MM or YYYY, or empty.
  absl::string_view published_date = {};
};

// Longest request id, in bytes.
inline constexpr size_t kMaxRequestIdBytes = 128;

// OK, or INVALID_ARGUMENT naming the first problem: empty or whitespace-only
// content; content over `max_content_bytes` ("content is N bytes; the limit
// is M"); content that is not UTF-8 (naming the byte offset); an unknown
// content_type; a malformed article_id, request_id or published_date.
absl::Status ValidateSubmission(const Submission& submission,
                                int64_t max_content_bytes);

// The byte offset of the first byte that does not start or continue a valid
// UTF-8 sequence (overlong forms, surrogates and code points above U+10FFFF
// are invalid), or nullopt when `text` is valid UTF-8.
std::optional<size_t> FirstInvalidUtf8Offset(absl::string_view text);

// OK when `date` is a real calendar date written YYYY-MM-DD, YYYY-MM or
// YYYY; else INVALID_ARGUMENT naming `field` and the value.
absl::Status ValidateIsoDate(absl::string_view field, absl::string_view date);

// OK when `request_id` is 1-128 bytes of printable ASCII (no spaces); else
// INVALID_ARGUMENT.
absl::Status ValidateRequestId(absl::string_view request_id);

// The extraction's format for a content_type value (unknown values guess).
extraction::ContentFormat ToContentFormat(int content_type);

}  // namespace partnerlens::ingest

#endif  // PARTNERLENS_INGEST_SERVICE_SUBMISSION_H_
