#include "ingest_service/extraction/lexicon.h"

#include <string>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/string_view.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "ingest_service/extraction/tokenizer.h"
#include "tests/testing/status_matchers.h"

namespace partnerlens::extraction {
namespace {

using ::partnerlens::testing::IsOk;
using ::partnerlens::testing::StatusIs;
using ::testing::HasSubstr;

// Tokens of `text` as the pipeline makes them (no abbreviations needed).
TokenizedText Tokens(absl::string_view text) {
  return Tokenize(text, Abbreviations(), 256);
}

absl::StatusOr<int32_t> ParseNumber(absl::string_view value) {
  int32_t number = 0;
  if (!absl::SimpleAtoi(value, &number)) {
    return absl::InvalidArgumentError("not a number");
  }
  return number;
}

TEST(LowerAsciiTest, LowersAsciiOnly) {
  EXPECT_EQ(LowerAscii("Co., LTD"), "co., ltd");
  EXPECT_EQ(LowerAscii("Z\xC3\x9CRICH"), "z\xC3\x9Crich");
  EXPECT_EQ(LowerAscii(""), "");
}

PhraseLexicon UniversityLexicon() {
  PhraseLexicon lexicon;
  lexicon.Add("Zhejiang University", 1);
  lexicon.Add("Zhejiang University of Technology", 2);
  lexicon.Add("Co., Ltd.", 3);
  return lexicon;
}

struct LongestCase {
  const char* text;
  int32_t first;
  int32_t limit;  // -1: the end of the text
  int32_t length;
  int32_t value;
};

class LongestAtTest : public ::testing::TestWithParam<LongestCase> {};

TEST_P(LongestAtTest, FindsLongestEntryWithinLimit) {
  const LongestCase& c = GetParam();
  const TokenizedText tokens = Tokens(c.text);
  const int32_t limit =
      c.limit >= 0 ? c.limit : static_cast<int32_t>(tokens.tokens.size());
  const PhraseLexicon::Match match =
      UniversityLexicon().LongestAt(c.text, tokens.tokens, c.first, limit);
  EXPECT_EQ(match.length, c.length);
  if (c.length > 0) {
    EXPECT_EQ(match.value, c.value);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, LongestAtTest,
    ::testing::Values(
        // The longer entry wins over its prefix.
        LongestCase{"Zhejiang University of Technology and Huawei", 0, -1, 4,
                    2},
        // A limit cuts the candidates, leaving the prefix.
        LongestCase{"Zhejiang University of Technology", 0, 3, 2, 1},
        // The prefix when the longer entry does not continue.
        LongestCase{"Zhejiang University of Finance", 0, -1, 2, 1},
        // Case does not matter.
        LongestCase{"ZHEJIANG university OF technology", 0, -1, 4, 2},
        // Punctuation inside an entry is matched token by token:
        // "Co" "." "," "Ltd" ".".
        LongestCase{"Haitian Co., Ltd. signed", 1, -1, 5, 3},
        LongestCase{"Haitian CO., LTD. signed", 1, -1, 5, 3},
        // No entry starts here.
        LongestCase{"Ningbo University", 0, -1, 0, 0},
        // An incomplete entry is no match.
        LongestCase{"Haitian Co., signed", 1, -1, 0, 0},
        // An empty range.
        LongestCase{"Zhejiang University", 1, 1, 0, 0}));

TEST(PhraseLexiconTest, FindAndContainsIgnoreCaseAndSpacing) {
  const PhraseLexicon lexicon = UniversityLexicon();
  EXPECT_EQ(lexicon.Find("zhejiang university", -1), 1);
  EXPECT_EQ(lexicon.Find("Zhejiang  University of TECHNOLOGY", -1), 2);
  EXPECT_EQ(lexicon.Find("co., ltd.", -1), 3);
  EXPECT_EQ(lexicon.Find("Ningbo University", -7), -7);
  EXPECT_TRUE(lexicon.Contains("ZHEJIANG UNIVERSITY"));
  EXPECT_FALSE(lexicon.Contains("Zhejiang"));
  EXPECT_EQ(lexicon.size(), 3U);
}

TEST(PhraseLexiconTest, RepeatedPhraseKeepsLastValue) {
  PhraseLexicon lexicon;
  lexicon.Add("joint laboratory", 1);
  lexicon.Add("Joint Laboratory", 2);
  EXPECT_EQ(lexicon.size(), 1U);
  EXPECT_EQ(lexicon.Find("joint laboratory", 0), 2);
}

TEST(PhraseLexiconTest, EmptyPhraseIsIgnored) {
  PhraseLexicon lexicon;
  lexicon.Add("", 1);
  lexicon.Add("   ", 1);
  EXPECT_EQ(lexicon.size(), 0U);
}

TEST(ParseLexiconTest, OneColumnSkipsCommentsAndIgnoresExtraFields) {
  absl::StatusOr<PhraseLexicon> lexicon = ParseLexicon(
      "honorifics.txt", "# honorifics\n\nProf\nDr\tdoctor\n  Mr  \n", 1);
  ASSERT_THAT(lexicon, IsOk());
  EXPECT_EQ(lexicon->size(), 3U);
  EXPECT_EQ(lexicon->Find("prof", 0), 1);
  EXPECT_EQ(lexicon->Find("Dr", 0), 1);
  EXPECT_EQ(lexicon->Find("Mr", 0), 1);
  EXPECT_FALSE(lexicon->Contains("doctor"));
}

TEST(ParseLexiconTest, TwoColumnsParseTheValue) {
  absl::StatusOr<PhraseLexicon> lexicon = ParseLexicon(
      "cues.txt", "joint lab\t4\ninternship base\t 2 \n", 2, &ParseNumber);
  ASSERT_THAT(lexicon, IsOk());
  EXPECT_EQ(lexicon->Find("Joint Lab", -1), 4);
  EXPECT_EQ(lexicon->Find("internship base", -1), 2);
}

struct BadLexiconCase {
  const char* contents;
  const char* location;  // "file:line" the error must name
  const char* reason;
};

class ParseLexiconErrorTest : public ::testing::TestWithParam<BadLexiconCase> {
};

TEST_P(ParseLexiconErrorTest, NamesFileAndLine) {
  const BadLexiconCase& c = GetParam();
  EXPECT_THAT(ParseLexicon("cues.txt", c.contents, 2, &ParseNumber),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       AllOf(HasSubstr(c.location), HasSubstr(c.reason))));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ParseLexiconErrorTest,
    ::testing::Values(
        // A value that does not parse: the parser's reason is kept.
        BadLexiconCase{"# cues\njoint lab\t4\ninternship base\tmany\n",
                       "cues.txt:3", "not a number"},
        // Comments and blank lines still count as lines.
        BadLexiconCase{"\n\n# x\njoint lab\n", "cues.txt:4", "2 columns"}));

TEST(ParseLexiconTest, TwoColumnsNeedAValueParser) {
  EXPECT_THAT(
      ParseLexicon("cues.txt", "joint lab\t4\n", 2),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("cues.txt:1")));
}

}  // namespace
}  // namespace partnerlens::extraction
