#include "ingest_service/extraction/text_normalizer.h"

#include <cstdint>
#include <utility>
#include <vector>

#include "utf8proc.h"

namespace partnerlens::extraction {
namespace {

// Longest run of code points normalised together. Unicode's stream-safe
// format allows 30 non-starters in a row; capping keeps utf8proc's
// canonical reordering (quadratic in the run) linear overall.
constexpr int kMaxChunk = 32;
// Room for the NFKC decomposition of a full chunk (U+FDFA expands to 18).
constexpr int kDecomposeBuffer = kMaxChunk * 18;
constexpr utf8proc_option_t kNfkcOptions = static_cast<utf8proc_option_t>(
    UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
// Source offset meaning "continues the previous character".
constexpr int32_t kContinuation = -1;

struct Decoded {
  char32_t cp;
  int length;
};

// What a UTF-8 lead byte announces: how many continuation bytes follow and
// the range the first of them must lie in (which excludes overlong forms,
// surrogates and code points above U+10FFFF).
struct LeadByte {
  int continuations;  // -1 for a byte that cannot start a character
  uint8_t lo = 0x80;
  uint8_t hi = 0xBF;
};

LeadByte ClassifyLead(uint8_t b) {
  if (b >= 0xC2 && b <= 0xDF) return {1};
  if (b == 0xE0) return {2, 0xA0};
  if (b == 0xED) return {2, 0x80, 0x9F};
  if (b >= 0xE1 && b <= 0xEF) return {2};
  if (b == 0xF0) return {3, 0x90};
  if (b == 0xF4) return {3, 0x80, 0x8F};
  if (b >= 0xF1 && b <= 0xF3) return {3};
  return {-1};
}

// Decodes the character at s[i]; an invalid sequence yields U+FFFD and the
// length of its maximal subpart (at least 1).
Decoded DecodeUtf8(absl::string_view s, size_t i) {
  const auto b0 = static_cast<uint8_t>(s[i]);
  if (b0 < 0x80) return {b0, 1};
  LeadByte lead = ClassifyLead(b0);
  if (lead.continuations < 0) return {0xFFFD, 1};
  char32_t cp = b0 & (0x3F >> lead.continuations);
  int length = 1;
  for (int k = 0; k < lead.continuations; ++k) {
    if (i + length >= s.size()) return {0xFFFD, length};
    const auto b = static_cast<uint8_t>(s[i + length]);
    if (b < lead.lo || b > lead.hi) return {0xFFFD, length};
    cp = (cp << 6) | (b & 0x3F);
    ++length;
    lead.lo = 0x80;
    lead.hi = 0xBF;
  }
  return {cp, length};
}

enum class CharClass { kDrop, kSpace, kNewline, kChar };

// Classifies a code point after NFKC, folding the typographic variants
// that NFKC keeps (curly quotes, dashes) to ASCII.
CharClass Classify(char32_t* cp) {
  switch (*cp) {
    case '\n':
    case 0x0B:
    case 0x0C:
    case 0x85:
    case 0x2028:
    case 0x2029:
      return CharClass::kNewline;
    case '\t':
    case ' ':
      return CharClass::kSpace;
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x02BC:
      *cp = '\'';
      return CharClass::kChar;
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x301D:
    case 0x301E:
    case 0x301F:
      *cp = '"';
      return CharClass::kChar;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0x2E3A:
    case 0x2E3B:
      *cp = '-';
      return CharClass::kChar;
    default:
      break;
  }
  if (*cp < 0x80) {
    return (*cp < 0x20 || *cp == 0x7F) ? CharClass::kDrop : CharClass::kChar;
  }
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(*cp))) {
    case UTF8PROC_CATEGORY_ZS:
      return CharClass::kSpace;
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
      return CharClass::kNewline;
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
      return CharClass::kDrop;
    default:
      return CharClass::kChar;
  }
}

// Whether NFKC can combine `cp` with the code point before it, so that a
// normalisation chunk must not start at it.
bool JoinsPrevious(char32_t cp) {
  if (cp < 0x80) return false;
  if ((cp >= 0x1161 && cp <= 0x1175) || (cp >= 0x11A8 && cp <= 0x11C2)) {
    return true;  // Hangul vowel and trailing jamo
  }
  const utf8proc_property_t* p =
      utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
  return p->combining_class != 0 ||
         (p->comb_index != UINT16_MAX && (p->comb_index & 0x8000) != 0);
}

// Whether NFKC leaves `cp` unchanged when it stands alone.
bool StableAlone(char32_t cp) {
  return cp < 0x80 || utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))
                              ->decomp_seqindex == UINT16_MAX;
}

// Writes classified characters as lines: spaces collapsed, lines trimmed,
// empty lines dropped, lines joined by one "\n".
class LineWriter {
 public:
  // Writes one character; false when it was dropped (its source unused).
  bool Write(char32_t cp, int32_t source) {
    switch (Classify(&cp)) {
      case CharClass::kDrop:
        return false;
      case CharClass::kSpace:
        if (line_has_text_ && space_source_ == kNone) space_source_ = source;
        return true;
      case CharClass::kNewline:
        if (line_has_text_) newline_source_ = source;
        line_has_text_ = false;
        space_source_ = kNone;
        return true;
      case CharClass::kChar:
        WriteChar(cp, source);
        return true;
    }
    return false;
  }

  MappedText Finish() && { return std::move(builder_).Finish(); }

 private:
  static constexpr int32_t kNone = -2;

  void WriteChar(char32_t cp, int32_t source) {
    if (newline_source_ != kNone) {
      Put("\n", newline_source_);
      newline_source_ = kNone;
    } else if (space_source_ != kNone) {
      Put(" ", space_source_);
    }
    space_source_ = kNone;
    line_has_text_ = true;
    utf8proc_uint8_t bytes[4];
    const auto length =
        utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), bytes);
    Put(absl::string_view(reinterpret_cast<const char*>(bytes), length),
        source);
  }

  void Put(absl::string_view bytes, int32_t source) {
    if (source == kContinuation) {
      builder_.AppendContinuation(bytes);
    } else {
      builder_.Append(bytes, source);
    }
  }

  MappedTextBuilder builder_;
  bool line_has_text_ = false;
  int32_t space_source_ = kNone;
  int32_t newline_source_ = kNone;
};

struct SourcedChar {
  char32_t cp;
  int32_t source;
};

// Applies NFKC chunk by chunk (a chunk is a code point and those that may
// combine with it) and hands the result to a LineWriter. Every output
// character of a chunk maps to the chunk's first source byte.
class Normalizer {
 public:
  void Feed(char32_t cp, int32_t source) {
    if (!JoinsPrevious(cp) || chunk_.size() >= kMaxChunk) FlushChunk();
    chunk_.push_back({cp, source});
  }

  MappedText Finish() && {
    FlushChunk();
    return std::move(writer_).Finish();
  }

 private:
  void FlushChunk() {
    if (chunk_.empty()) return;
    if (chunk_.size() == 1 && StableAlone(chunk_[0].cp)) {
      writer_.Write(chunk_[0].cp, chunk_[0].source);
    } else {
      WriteNfkc();
    }
    chunk_.clear();
  }

  void WriteNfkc() {
    std::string utf8;
    for (const SourcedChar& c : chunk_) {
      utf8proc_uint8_t bytes[4];
      const auto n =
          utf8proc_encode_char(static_cast<utf8proc_int32_t>(c.cp), bytes);
      utf8.append(reinterpret_cast<const char*>(bytes), n);
    }
    utf8proc_int32_t buffer[kDecomposeBuffer];
    utf8proc_ssize_t n = utf8proc_decompose(
        reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()),
        static_cast<utf8proc_ssize_t>(utf8.size()), buffer, kDecomposeBuffer,
        kNfkcOptions);
    if (n >= 0 && n <= kDecomposeBuffer) {
      n = utf8proc_normalize_utf32(buffer, n, kNfkcOptions);
    }
    if (n < 0 || n > kDecomposeBuffer) {  // cannot happen for valid input
      for (const SourcedChar& c : chunk_) writer_.Write(c.cp, c.source);
      return;
    }
    int32_t source = chunk_[0].source;
    for (utf8proc_ssize_t k = 0; k < n; ++k) {
      if (writer_.Write(static_cast<char32_t>(buffer[k]), source)) {
        source = kContinuation;
      }
    }
  }

  std::vector<SourcedChar> chunk_;
  LineWriter writer_;
};

// Walks raw offsets forward, mapping each through the anchors.
class SourceCursor {
 public:
  explicit SourceCursor(absl::Span<const OffsetAnchor> anchors)
      : anchors_(anchors) {}

  int32_t At(int32_t offset) {
    while (next_ < anchors_.size() && anchors_[next_].normalized <= offset) {
      current_ = anchors_[next_++];
    }
    return current_.source + (offset - current_.normalized);
  }

 private:
  absl::Span<const OffsetAnchor> anchors_;
  size_t next_ = 0;
  OffsetAnchor current_;
};

}  // namespace

MappedText NormalizeLines(absl::string_view raw,
                          absl::Span<const OffsetAnchor> raw_anchors) {
  Normalizer normalizer;
  SourceCursor cursor(raw_anchors);
  size_t i = 0;
  while (i < raw.size()) {
    if (raw[i] == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n') {
      ++i;  // CR LF: the LF ends the line
      continue;
    }
    const Decoded d = DecodeUtf8(raw, i);
    normalizer.Feed(d.cp == '\r' ? U'\n' : d.cp,
                    cursor.At(static_cast<int32_t>(i)));
    i += d.length;
  }
  return std::move(normalizer).Finish();
}

}  // namespace partnerlens::extraction
