#include "tools/utf8.h"

#include <string>

#include "gtest/gtest.h"

namespace partnerlens::tools {
namespace {

TEST(Utf8Test, FindsTheFirstInvalidByte) {
  const struct {
    std::string text;
    std::optional<size_t> bad;
  } cases[] = {
      {"", std::nullopt},
      {"plain ascii", std::nullopt},
      {"caf\xC3\xA9 \xE6\x9D\xAD \xF0\x9F\x98\x80", std::nullopt},
      {"ab\xFF", 2},
      {"\xC3", 0},              // truncated
      {"x\xC0\xAF", 1},         // overlong '/'
      {"\xE0\x80\xAF", 0},      // overlong, 3 bytes
      {"ok\xED\xA0\x80", 2},    // surrogate U+D800
      {"\xF4\x90\x80\x80", 0},  // above U+10FFFF
      {"\xE2\x82", 0},          // truncated 3-byte
      {"a\xE2\x28\xA1", 1},     // bad continuation
  };
  for (const auto& c : cases) {
    EXPECT_EQ(FirstInvalidUtf8(c.text), c.bad) << c.text;
  }
}

TEST(Utf8Test, SequenceLengths) {
  EXPECT_EQ(Utf8SequenceLength("a", 0), 1);
  EXPECT_EQ(Utf8SequenceLength("\xC3\xA9", 0), 2);
  EXPECT_EQ(Utf8SequenceLength("\xE6\x9D\xAD", 0), 3);
  EXPECT_EQ(Utf8SequenceLength("\xF0\x9F\x98\x80", 0), 4);
  EXPECT_EQ(Utf8SequenceLength("\x80", 0), 0);
}

}  // namespace
}  // namespace partnerlens::tools
