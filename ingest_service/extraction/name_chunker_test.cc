#include "ingest_service/extraction/name_chunker.h"

#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "ingest_service/extraction/staged_text_for_test.h"
#include "ingest_service/extraction/token_view.h"
#include "ingest_service/extraction/tokenizer.h"

namespace partnerlens::extraction {
namespace {

using ::partnerlens::extraction::test_support::BuiltinResources;
using ::testing::ElementsAreArray;
using ::testing::IsEmpty;

struct ChunkCase {
  const char* text;
  // Tokens an earlier pass claimed: "word=role" pairs separated by spaces,
  // role t (title), h (honorific) or d (date).
  const char* roles;
  std::vector<std::string> chunks;
};

std::vector<TokenRole> RolesFor(const TokenView& view, absl::string_view spec) {
  std::vector<TokenRole> roles(view.size(), TokenRole::kFree);
  for (absl::string_view pair : absl::StrSplit(spec, ' ', absl::SkipEmpty())) {
    const std::vector<absl::string_view> parts = absl::StrSplit(pair, '=');
    const TokenRole role = parts[1] == "t"   ? TokenRole::kTitle
                           : parts[1] == "h" ? TokenRole::kHonorific
                                             : TokenRole::kDate;
    for (int32_t i = 0; i < view.size(); ++i) {
      if (view.word(i) == parts[0]) roles[i] = role;
    }
  }
  return roles;
}

// The chunk texts of every sentence of `c.text`.
std::vector<std::string> ChunkTexts(const ChunkCase& c) {
  const TokenizedText tokens =
      Tokenize(c.text, BuiltinResources().abbreviations(), 256);
  const TokenView view(c.text, tokens);
  const std::vector<TokenRole> roles = RolesFor(view, c.roles);
  std::vector<std::string> out;
  for (const Sentence& sentence : tokens.sentences) {
    for (const NameChunk& chunk :
         FindNameChunks(view, sentence, roles, BuiltinResources())) {
      out.emplace_back(view.TextOf(chunk.first, chunk.end));
    }
  }
  return out;
}

class NameChunkTest : public ::testing::TestWithParam<ChunkCase> {};

TEST_P(NameChunkTest, FindsChunks) {
  EXPECT_THAT(ChunkTexts(GetParam()), ElementsAreArray(GetParam().chunks))
      << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Connectors, NameChunkTest,
    ::testing::Values(
        // "of", "at" (a unit at its owner) and "and" join capitalised words.
        ChunkCase{"The School of Computer Science at Zhejiang University of "
                  "Technology hosted it.",
                  "",
                  {"School of Computer Science at Zhejiang University of "
                   "Technology"}},
        ChunkCase{"Yesterday Ningbo University and Haitian Group met.",
                  "",
                  {"Ningbo University and Haitian Group"}},
        // A connector with nothing capitalised after it stays outside.
        ChunkCase{"We thank Ningbo University and all guests.",
                  "",
                  {"Ningbo University"}}));

INSTANTIATE_TEST_SUITE_P(
    LegalSuffixes, NameChunkTest,
    ::testing::Values(
        ChunkCase{"Yesterday Zhongke Robotics Co., Ltd. signed it.",
                  "",
                  {"Zhongke Robotics Co., Ltd."}},
        ChunkCase{"It met Zhongke Robotics Co., Ltd. and Ningbo Polytechnic.",
                  "",
                  {"Zhongke Robotics Co., Ltd. and Ningbo Polytechnic"}},
        ChunkCase{"It met Haitian Inc. staff.", "", {"Haitian Inc."}}));

INSTANTIATE_TEST_SUITE_P(
    ParenthesesAndQuotes, NameChunkTest,
    ::testing::Values(
        ChunkCase{"It met Zhejiang Normal University (ZJNU) staff.",
                  "",
                  {"Zhejiang Normal University (ZJNU)"}},
        ChunkCase{"It met China University of Geosciences (Wuhan) staff.",
                  "",
                  {"China University of Geosciences (Wuhan)"}},
        // A parenthesis of ordinary words is no part of a name.
        ChunkCase{"It met Ningbo University (founded in 1986) staff.",
                  "",
                  {"Ningbo University"}},
        ChunkCase{"It opened the Jinan \"Kunpeng + Shengteng\" Ecological "
                  "Innovation Center.",
                  "",
                  {"Jinan \"Kunpeng + Shengteng\" Ecological Innovation "
                   "Center"}},
        // A quotation that is not followed by a name is no part of one.
        ChunkCase{
            "He said \"thank you\" to Wang Jianhua.", "", {"Wang Jianhua"}}));

INSTANTIATE_TEST_SUITE_P(
    SentenceStarts, NameChunkTest,
    ::testing::Values(
        // Common words open sentences, not names.
        ChunkCase{"The delegation met Huawei staff.", "", {"Huawei"}},
        ChunkCase{
            "During the visit, Haitian Group spoke.", "", {"Haitian Group"}},
        // A surname with a pinyin given name does open a name.
        ChunkCase{"Sun Wenkui spoke.", "", {"Sun Wenkui"}},
        // Organization heads open names too.
        ChunkCase{"University of Nottingham Ningbo China hosted it.",
                  "",
                  {"University of Nottingham Ningbo China"}},
        // Chunks never cross sentences.
        ChunkCase{"Li Ming said so. Huawei agreed.", "", {"Li Ming", "Huawei"}},
        ChunkCase{"nothing here is capitalised.", "", {}}));

INSTANTIATE_TEST_SUITE_P(
    ClaimedTokens, NameChunkTest,
    ::testing::Values(
        // Titles, honorifics and dates end a chunk.
        ChunkCase{"It met Ningbo University President Wang Jianhua.",
                  "President=t",
                  {"Ningbo University", "Wang Jianhua"}},
        ChunkCase{"It met Prof. Zhang Wei.", "Prof=h .=h", {"Zhang Wei"}},
        ChunkCase{"Ningbo University March 3 Haitian Group",
                  "March=d 3=d",
                  {"Ningbo University", "Haitian Group"}}));

INSTANTIATE_TEST_SUITE_P(
    Possessives, NameChunkTest,
    ::testing::Values(
        ChunkCase{"It met Tsinghua University's School of Software.",
                  "",
                  {"Tsinghua University's School of Software"}},
        // "'s" before a common word ends the name.
        ChunkCase{"It read Huawei's report.", "", {"Huawei"}},
        ChunkCase{"It met P. Simmons today.", "", {"P. Simmons"}}));

TEST(NameChunkTest, ChunksAreOrderedAndDisjoint) {
  const std::string text =
      "On May 12, Wang Jianhua, vice president of Ningbo University, met "
      "Li Ming of Haitian Group and Zhejiang Normal University (ZJNU).";
  const TokenizedText tokens =
      Tokenize(text, BuiltinResources().abbreviations(), 256);
  const TokenView view(text, tokens);
  const std::vector<TokenRole> roles(view.size(), TokenRole::kFree);
  ASSERT_EQ(tokens.sentences.size(), 1U);
  const std::vector<NameChunk> chunks =
      FindNameChunks(view, tokens.sentences[0], roles, BuiltinResources());
  ASSERT_THAT(chunks, ::testing::Not(IsEmpty()));
  int32_t previous_end = tokens.sentences[0].first_token;
  for (const NameChunk& chunk : chunks) {
    EXPECT_GE(chunk.first, previous_end);
    EXPECT_LT(chunk.first, chunk.end);
    previous_end = chunk.end;
  }
  EXPECT_LE(previous_end, tokens.sentences[0].end_token);
}

}  // namespace
}  // namespace partnerlens::extraction
