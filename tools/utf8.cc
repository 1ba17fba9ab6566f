#include "tools/utf8.h"

namespace partnerlens::tools {
namespace {

// What a lead byte allows: the sequence length (0: not a lead byte) and
// the range of the second byte, which is where RFC 3629 excludes overlong
// forms, surrogates and code points above U+10FFFF.
struct LeadByte {
  size_t length = 0;
  unsigned char min_second = 0x80;
  unsigned char max_second = 0xBF;
};

LeadByte ReadLead(unsigned char lead) {
  if (lead < 0x80) return {1, 0, 0};
  if (lead >= 0xC2 && lead <= 0xDF) return {2, 0x80, 0xBF};
  if (lead == 0xE0) return {3, 0xA0, 0xBF};  // no overlong forms
  if (lead == 0xED) return {3, 0x80, 0x9F};  // no surrogates
  if (lead >= 0xE1 && lead <= 0xEF) return {3, 0x80, 0xBF};
  if (lead == 0xF0) return {4, 0x90, 0xBF};  // no overlong forms
  if (lead == 0xF4) return {4, 0x80, 0x8F};  // nothing above U+10FFFF
  if (lead >= 0xF1 && lead <= 0xF3) return {4, 0x80, 0xBF};
  return {};
}

bool IsContinuation(unsigned char byte) { return byte >= 0x80 && byte <= 0xBF; }

}  // namespace

size_t Utf8SequenceLength(absl::string_view text, size_t i) {
  const auto byte = [&](size_t k) {
    return static_cast<unsigned char>(text[i + k]);
  };
  const LeadByte lead = ReadLead(byte(0));
  if (lead.length <= 1) return lead.length;
  if (i + lead.length > text.size()) return 0;
  if (byte(1) < lead.min_second || byte(1) > lead.max_second) return 0;
  for (size_t k = 2; k < lead.length; ++k) {
    if (!IsContinuation(byte(k))) return 0;
  }
  return lead.length;
}

std::optional<size_t> FirstInvalidUtf8(absl::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const size_t length = Utf8SequenceLength(text, i);
    if (length == 0) return i;
    i += length;
  }
  return std::nullopt;
}

}  // namespace partnerlens::tools
