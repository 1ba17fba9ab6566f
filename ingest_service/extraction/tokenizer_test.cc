#include "ingest_service/extraction/tokenizer.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "ingest_service/extraction/staged_text_for_test.h"

namespace partnerlens::extraction {
namespace {

using ::testing::ElementsAre;

Abbreviations TestAbbreviations() {
  auto parsed =
      ParseAbbreviations("Dr\ttitle\nCo\tword\nLtd\tword\nNo\ttitle\n");
  EXPECT_TRUE(parsed.ok());
  return *parsed;
}

std::vector<std::string> TokenStrings(absl::string_view text) {
  TokenizedText tokens = Tokenize(text, TestAbbreviations(), 256);
  std::vector<std::string> out;
  for (const Token& token : tokens.tokens) {
    out.emplace_back(SpanText(text, token.span));
  }
  return out;
}

std::vector<std::string> SentenceStrings(absl::string_view text) {
  TokenizedText tokens = Tokenize(text, TestAbbreviations(), 256);
  std::vector<std::string> out;
  for (const Sentence& sentence : tokens.sentences) {
    out.emplace_back(SpanText(text, sentence.span));
  }
  return out;
}

TEST(TokenizeTest, SplitsWordsAndPunctuation) {
  EXPECT_THAT(TokenStrings("Sun Yat-sen University, R&D (U.S.)."),
              ElementsAre("Sun", "Yat-sen", "University", ",", "R&D", "(",
                          "U.S", ".", ")", "."));
}

TEST(TokenizeTest, SplitsPossessive) {
  EXPECT_THAT(TokenStrings("Xiaomi's own O'Neil"),
              ElementsAre("Xiaomi", "'s", "own", "O'Neil"));
}

TEST(TokenizeTest, KeepsNumbersWithInnerPunctuation) {
  EXPECT_THAT(TokenStrings("19,000 to 3.5 at 05:17"),
              ElementsAre("19,000", "to", "3.5", "at", "05", ":", "17"));
}

TEST(TokenizeTest, SetsFlags) {
  const absl::string_view text = "Huawei ZJNU said 2022 5G";
  TokenizedText tokens = Tokenize(text, TestAbbreviations(), 256);
  ASSERT_EQ(tokens.tokens.size(), 5U);
  EXPECT_TRUE(tokens.tokens[0].flags & kTokenCapitalized);
  EXPECT_FALSE(tokens.tokens[0].flags & kTokenAllCaps);
  EXPECT_TRUE(tokens.tokens[1].flags & kTokenAllCaps);
  EXPECT_FALSE(tokens.tokens[2].flags & kTokenCapitalized);
  EXPECT_TRUE(tokens.tokens[3].flags & kTokenNumber);
  EXPECT_TRUE(tokens.tokens[4].flags & kTokenWord);
  EXPECT_TRUE(tokens.tokens[0].flags & kTokenParagraphStart);
}

TEST(TokenizeTest, BrandSpeltWithALowerCaseFirstLetterIsCapitalized) {
  const absl::string_view text = "iFlytek eBay mRNA pH ok";
  TokenizedText tokens = Tokenize(text, TestAbbreviations(), 256);
  ASSERT_EQ(tokens.tokens.size(), 5U);
  EXPECT_TRUE(tokens.tokens[0].flags & kTokenCapitalized);
  EXPECT_TRUE(tokens.tokens[1].flags & kTokenCapitalized);
  EXPECT_FALSE(tokens.tokens[2].flags & kTokenCapitalized);
  EXPECT_FALSE(tokens.tokens[3].flags & kTokenCapitalized);
  EXPECT_FALSE(tokens.tokens[4].flags & kTokenCapitalized);
}

TEST(TokenizeTest, AbbreviationsDoNotEndSentences) {
  EXPECT_THAT(
      SentenceStrings("Dr. Wang met Huawei Co., Ltd. staff. They left."),
      ElementsAre("Dr. Wang met Huawei Co., Ltd. staff.", "They left."));
}

TEST(TokenizeTest, WordAbbreviationEndsSentenceBeforeCapital) {
  EXPECT_THAT(SentenceStrings("It joined Huawei Co., Ltd. Among them, X."),
              ElementsAre("It joined Huawei Co., Ltd.", "Among them, X."));
}

TEST(TokenizeTest, InitialsDoNotEndSentences) {
  EXPECT_THAT(SentenceStrings("Director K. K. Pant spoke. Then."),
              ElementsAre("Director K. K. Pant spoke.", "Then."));
}

TEST(TokenizeTest, BuiltinCountryAbbreviationsAndTitlesEndNoSentence) {
  const std::string text =
      "The U.S. Department of Labor and Prof. Dr.-Ing. Vogel met. Then.";
  const TokenizedText tokens =
      Tokenize(text, test_support::BuiltinResources().abbreviations(), 256);
  ASSERT_EQ(tokens.sentences.size(), 2U);
  EXPECT_EQ(SpanText(text, tokens.sentences[0].span),
            "The U.S. Department of Labor and Prof. Dr.-Ing. Vogel met.");
}

TEST(TokenizeTest, LineBreaksEndSentences) {
  EXPECT_THAT(SentenceStrings("Headline here\nBody text! More?"),
              ElementsAre("Headline here", "Body text!", "More?"));
}

TEST(TokenizeTest, LongSentencesAreCut) {
  std::string text;
  for (int i = 0; i < 10; ++i) text += "word ";
  TokenizedText tokens = Tokenize(text, TestAbbreviations(), 4);
  EXPECT_EQ(tokens.sentences.size(), 3U);
}

TEST(TokenizeTest, HandlesMultiByteLettersAndBadBytes) {
  EXPECT_THAT(TokenStrings("Zürich \xE3\x80\x82 caf\xC3\xA9\xFF"),
              ElementsAre("Zürich", "\xE3\x80\x82", "caf\xC3\xA9", "\xFF"));
}

}  // namespace
}  // namespace partnerlens::extraction
