#include "ingest_service/submission.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

#include "common/status/status_macros.h"
#include "common/storage/ids.h"

namespace partnerlens::ingest {
namespace {

// The shape of a UTF-8 sequence by its lead byte: its length and the range
// of its second byte (narrower after E0, ED, F0 and F4, which excludes
// overlong forms, surrogates and code points above U+10FFFF).
struct SequenceShape {
  size_t length = 0;  // 0: not a lead byte
  unsigned char low = 0x80;
  unsigned char high = 0xbf;
};

SequenceShape ShapeOf(unsigned char lead) {
  if (lead < 0x80) return {1, 0, 0xff};
  if (lead >= 0xc2 && lead <= 0xdf) return {2};
  if (lead == 0xe0) return {3, 0xa0, 0xbf};
  if (lead == 0xed) return {3, 0x80, 0x9f};
  if (lead >= 0xe1 && lead <= 0xef) return {3};
  if (lead == 0xf0) return {4, 0x90, 0xbf};
  if (lead == 0xf4) return {4, 0x80, 0x8f};
  if (lead >= 0xf1 && lead <= 0xf3) return {4};
  return {};
}

// Length of the valid UTF-8 sequence at the start of `text`, or 0.
size_t ValidSequenceLength(absl::string_view text) {
  const auto byte = [&text](size_t i) {
    return static_cast<unsigned char>(text[i]);
  };
  const SequenceShape shape = ShapeOf(byte(0));
  if (shape.length <= 1) return shape.length;
  if (text.size() < shape.length || byte(1) < shape.low ||
      byte(1) > shape.high) {
    return 0;
  }
  for (size_t i = 2; i < shape.length; ++i) {
    if (byte(i) < 0x80 || byte(i) > 0xbf) return 0;
  }
  return shape.length;
}

bool IsLeapYear(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

// Parses a field of exactly `digits` decimal digits.
bool ParseDigits(absl::string_view text, size_t digits, int* value) {
  return text.size() == digits &&
         std::all_of(text.begin(), text.end(),
                     [](char c) { return absl::ascii_isdigit(c); }) &&
         absl::SimpleAtoi(text, value);
}

bool IsIsoDate(absl::string_view date) {
  const std::vector<absl::string_view> parts = absl::StrSplit(date, '-');
  int year = 0;
  int month = 1;
  int day = 1;
  if (parts.size() > 3 || !ParseDigits(parts[0], 4, &year)) return false;
  if (parts.size() >= 2 &&
      (!ParseDigits(parts[1], 2, &month) || month < 1 || month > 12)) {
    return false;
  }
  return parts.size() < 3 || (ParseDigits(parts[2], 2, &day) && day >= 1 &&
                              day <= DaysInMonth(year, month));
}

absl::Status ValidateContent(absl::string_view content,
                             int64_t max_content_bytes) {
  if (content.empty()) return absl::InvalidArgumentError("content is empty");
  if (static_cast<int64_t>(content.size()) > max_content_bytes) {
    return absl::InvalidArgumentError(
        absl::StrCat("content is ", content.size(), " bytes; the limit is ",
                     max_content_bytes));
  }
  if (std::optional<size_t> offset = FirstInvalidUtf8Offset(content)) {
    return absl::InvalidArgumentError(
        absl::StrCat("content is not valid UTF-8 at byte offset ", *offset));
  }
  if (absl::StripAsciiWhitespace(content).empty()) {
    return absl::InvalidArgumentError("content is only whitespace");
  }
  return absl::OkStatus();
}

}  // namespace

std::optional<size_t> FirstInvalidUtf8Offset(absl::string_view text) {
  size_t offset = 0;
  while (offset < text.size()) {
    const size_t length = ValidSequenceLength(text.substr(offset));
    if (length == 0) return offset;
    offset += length;
  }
  return std::nullopt;
}

absl::Status ValidateIsoDate(absl::string_view field, absl::string_view date) {
  if (IsIsoDate(date)) return absl::OkStatus();
  return absl::InvalidArgumentError(
      absl::StrCat(field, " \"", absl::CHexEscape(date.substr(0, 40)),
                   "\" is not a date written YYYY-MM-DD, YYYY-MM or YYYY"));
}

absl::Status ValidateRequestId(absl::string_view request_id) {
  const bool valid = !request_id.empty() &&
                     request_id.size() <= kMaxRequestIdBytes &&
                     std::all_of(request_id.begin(), request_id.end(),
                                 [](char c) { return c > ' ' && c <= '~'; });
  if (valid) return absl::OkStatus();
  return absl::InvalidArgumentError(
      absl::StrCat("request_id \"", absl::CHexEscape(request_id.substr(0, 40)),
                   "\" must be 1-128 bytes of printable ASCII without spaces"));
}

absl::Status ValidateSubmission(const Submission& submission,
                                int64_t max_content_bytes) {
  PARTNERLENS_RETURN_IF_ERROR(
      ValidateContent(submission.content, max_content_bytes));
  if (submission.content_type < 0 || submission.content_type > 2) {
    return absl::InvalidArgumentError(absl::StrCat(
        "content_type ", submission.content_type, " is not 0, 1 or 2"));
  }
  if (!submission.article_id.empty()) {
    PARTNERLENS_RETURN_IF_ERROR(
        storage::ValidateClientId("article_id", submission.article_id));
  }
  if (!submission.request_id.empty()) {
    PARTNERLENS_RETURN_IF_ERROR(ValidateRequestId(submission.request_id));
  }
  if (!submission.published_date.empty()) {
    PARTNERLENS_RETURN_IF_ERROR(
        ValidateIsoDate("published_date", submission.published_date));
  }
  return absl::OkStatus();
}

extraction::ContentFormat ToContentFormat(int content_type) {
  switch (content_type) {
    case 1:
      return extraction::ContentFormat::kText;
    case 2:
      return extraction::ContentFormat::kHtml;
    default:
      return extraction::ContentFormat::kGuess;
  }
}

}  // namespace partnerlens::ingest
