#ifndef PARTNERLENS_TOOLS_UTF8_H_
#define PARTNERLENS_TOOLS_UTF8_H_

// UTF-8 validation (RFC 3629: no overlong forms, no surrogates, nothing
// above U+10FFFF). Pure and thread-safe.

#include <cstddef>
#include <optional>

#include "absl/strings/string_view.h"

namespace partnerlens::tools {

// Length of the valid UTF-8 sequence starting at text[i] (1 for ASCII), or
// 0 when the bytes there are not one. `i` must be < text.size().
size_t Utf8SequenceLength(absl::string_view text, size_t i);

// Byte offset of the first invalid byte of `text`, or nullopt when all of
// it is valid UTF-8.
std::optional<size_t> FirstInvalidUtf8(absl::string_view text);

}  // namespace partnerlens::tools

#endif  // PARTNERLENS_TOOLS_UTF8_H_
