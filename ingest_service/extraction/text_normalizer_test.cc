#include "ingest_service/extraction/text_normalizer.h"

#include <cstdint>
#include <ostream>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "gtest/gtest.h"

namespace partnerlens::extraction {
namespace {

const OffsetAnchor kIdentity[] = {{0, 0}};

std::string Normalize(absl::string_view raw) {
  return NormalizeLines(raw, kIdentity).text;
}

struct Case {
  const char* name;
  std::string raw;
  std::string want;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class NormalizeLinesTest : public ::testing::TestWithParam<Case> {};

TEST_P(NormalizeLinesTest, Normalizes) {
  EXPECT_EQ(Normalize(GetParam().raw), GetParam().want);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, NormalizeLinesTest,
    ::testing::Values(
        Case{"CollapsesSpaces", "Hello  \t world", "Hello world"},
        Case{"TrimsLinesAndDropsBlankOnes", "  a \n\n \n\t b  \n", "a\nb"},
        Case{"EndsLinesAtCrLfAndCr", "a\r\nb\rc\r\n\r\nd", "a\nb\nc\nd"},
        Case{"OtherLineBreaks",
             "a\x0b"
             "b\x0c"
             "c\u2028d\u2029e",
             "a\nb\nc\nd\ne"},
        Case{"CurlyQuotes",
             "\u201cHi,\u201d he said. It\u2019s \u2018odd\u2019, "
             "Jinan\u2018s",
             "\"Hi,\" he said. It's 'odd', Jinan's"},
        Case{"LowAndReversedQuotes", "\u201eja\u201f \u201ax\u201b",
             "\"ja\" 'x'"},
        Case{"Dashes", "2010\u20132020 \u2014 x\u2212y \u2010z\u2011w",
             "2010-2020 - x-y -z-w"},
        Case{"UnicodeSpaces", "a\u00a0b\u2003c\u3000d\u202fe\u1680f",
             "a b c d e f"},
        Case{"ZeroWidthAndFormatCharacters",
             "a\u200bb\u200cc\u200dd\u2060e\ufefff\u00adg\u200eh", "abcdefgh"},
        Case{"ControlCharacters",
             std::string("a\x01"
                         "b\x7f"
                         "c\0d",
                         7) +
                 "\u0085e",
             "abcd\ne"},
        Case{"Nfkc",
             "\ufb01ne \uff28\uff55\uff41\uff57\uff45\uff49 e\u0301 "
             "\u2460 x\u00b2 \u2026",
             "fine Huawei \u00e9 1 x2 ..."},
        Case{"InvalidUtf8",
             "a\xff"
             "b\xc3",
             "a\ufffdb\ufffd"},
        Case{"InvalidSequencesAreMaximalSubparts",
             "\xe2\x82x\xc0\xaf\xed\xa0\x80\xf4\x90\x80\x80",
             "\ufffdx\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd"},
        Case{"ValidMultibyteKept", "\u4e2d\u6587 \U0001F600",
             "\u4e2d\u6587 \U0001F600"},
        Case{"Empty", "", ""}, Case{"OnlySpace", " \n\t\r\n ", ""}),
    [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

TEST(NormalizeLinesTest, AnchorsFollowLengthChanges) {
  // "x" "—"(3 bytes) "y" "  " "z": x-y z
  const MappedText out = NormalizeLines("x\u2014y  z", kIdentity);
  ASSERT_EQ(out.text, "x-y z");
  EXPECT_EQ(MapOffset(out.anchors, 0), 0);
  EXPECT_EQ(MapOffset(out.anchors, 1), 1);  // the dash
  EXPECT_EQ(MapOffset(out.anchors, 2), 4);  // y
  EXPECT_EQ(MapOffset(out.anchors, 3), 5);  // the space run
  EXPECT_EQ(MapOffset(out.anchors, 4), 7);  // z
}

TEST(NormalizeLinesTest, AnchorsComposeWithInputAnchors) {
  // raw "ab" + "cd" where "cd" came from source offset 100.
  const OffsetAnchor raw_anchors[] = {{0, 10}, {2, 100}};
  const MappedText out = NormalizeLines("ab\u00a0cd", raw_anchors);
  ASSERT_EQ(out.text, "ab cd");
  EXPECT_EQ(MapOffset(out.anchors, 0), 10);
  EXPECT_EQ(MapOffset(out.anchors, 1), 11);
  EXPECT_EQ(MapOffset(out.anchors, 2), 100);
  EXPECT_EQ(MapOffset(out.anchors, 3), 102);
}

TEST(NormalizeLinesTest, AnchorsAfterExpansion) {
  // The ellipsis expands to three bytes; "z" maps back exactly.
  const MappedText out = NormalizeLines("a\u2026z \ufb01x", kIdentity);
  ASSERT_EQ(out.text, "a...z fix");
  EXPECT_EQ(MapOffset(out.anchors, 4), 4);  // z
  EXPECT_EQ(MapOffset(out.anchors, 6), 6);  // the ligature
  EXPECT_EQ(MapOffset(out.anchors, 8), 9);  // x
}

// For ASCII input every word of the output is, after normalisation, the
// source text between the mapped offsets of its first and last bytes.
TEST(NormalizeLinesTest, AsciiWordsRoundTrip) {
  std::mt19937 random(7);
  const std::string alphabet = "abcXYZ.,\"' \t\n\r\x01";
  std::string raw;
  for (int i = 0; i < 20000; ++i) {
    raw += alphabet[random() % alphabet.size()];
  }
  const MappedText out = NormalizeLines(raw, kIdentity);
  int words = 0;
  for (size_t begin = 0; begin < out.text.size();) {
    size_t end = out.text.find_first_of(" \n", begin);
    if (end == std::string::npos) end = out.text.size();
    const std::string word = out.text.substr(begin, end - begin);
    const int32_t first = MapOffset(out.anchors, static_cast<int32_t>(begin));
    const int32_t last = MapOffset(out.anchors, static_cast<int32_t>(end - 1));
    EXPECT_EQ(Normalize(raw.substr(first, last + 1 - first)), word);
    ++words;
    begin = end + 1;
  }
  EXPECT_GT(words, 1000);
}

TEST(NormalizeLinesTest, LongCombiningRunsStayLinear) {
  std::string raw = "a";
  for (int i = 0; i < 200000; ++i) raw += i % 2 == 0 ? "\u0301" : "\u0316";
  const MappedText out = NormalizeLines(raw, kIdentity);
  EXPECT_EQ(out.text.substr(0, 2), "\u00e1");
  EXPECT_EQ(out.text.size(), raw.size() - 1);  // a + U+0301 composed
}

}  // namespace
}  // namespace partnerlens::extraction
