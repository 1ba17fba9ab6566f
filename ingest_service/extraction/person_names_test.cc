#include "ingest_service/extraction/person_names.h"

#include <string>

#include "gtest/gtest.h"

#include "ingest_service/extraction/staged_text_for_test.h"
#include "ingest_service/extraction/token_view.h"
#include "ingest_service/extraction/tokenizer.h"

namespace partnerlens::extraction {
namespace {

using ::partnerlens::extraction::test_support::BuiltinResources;

struct PinyinCase {
  const char* word;
  bool given_name;
};

class PinyinGivenNameTest : public ::testing::TestWithParam<PinyinCase> {};

TEST_P(PinyinGivenNameTest, SplitsIntoOneToThreeSyllables) {
  EXPECT_EQ(IsPinyinGivenName(GetParam().word, BuiltinResources()),
            GetParam().given_name)
      << GetParam().word;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, PinyinGivenNameTest,
    ::testing::Values(PinyinCase{"Jing", true},               // one syllable
                      PinyinCase{"Xiaoting", true},           // two
                      PinyinCase{"Jianguo", true},            // two
                      PinyinCase{"Houfengchao", true},        // three
                      PinyinCase{"Xiao-ting", true},          // hyphenated
                      PinyinCase{"XIAOTING", true},           // any case
                      PinyinCase{"Zhangweimingxiao", false},  // four
                      PinyinCase{"Strength", false},          // no pinyin split
                      PinyinCase{"Computer", false},
                      PinyinCase{"Xiao1", false},  // a digit
                      PinyinCase{"", false}));

// Judges the whole of `name` as one person name.
NameConfidence ShapeOf(absl::string_view name) {
  const TokenizedText tokens =
      Tokenize(name, BuiltinResources().abbreviations(), 256);
  const TokenView view(name, tokens);
  return PersonNameShape(view, 0, view.size(), BuiltinResources());
}

struct ShapeCase {
  const char* name;
  NameConfidence confidence;
};

class PersonNameShapeTest : public ::testing::TestWithParam<ShapeCase> {};

TEST_P(PersonNameShapeTest, JudgesTheWholeName) {
  EXPECT_EQ(ShapeOf(GetParam().name), GetParam().confidence) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    ChineseNames, PersonNameShapeTest,
    ::testing::Values(ShapeCase{"Wang Jianhua", NameConfidence::kStrong},
                      ShapeCase{"Li Ming", NameConfidence::kStrong},
                      ShapeCase{"Zhang Xiaoting", NameConfidence::kStrong},
                      ShapeCase{"Ouyang Na", NameConfidence::kStrong},
                      ShapeCase{"Zhou Jie", NameConfidence::kStrong}));

INSTANTIATE_TEST_SUITE_P(
    WesternNames, PersonNameShapeTest,
    ::testing::Values(ShapeCase{"Maria Garcia", NameConfidence::kStrong},
                      ShapeCase{"John Smith", NameConfidence::kStrong},
                      // Initials before a known surname.
                      ShapeCase{"P. Simmons", NameConfidence::kStrong},
                      ShapeCase{"J. K. Rowling", NameConfidence::kStrong}));

INSTANTIATE_TEST_SUITE_P(
    NotNames, PersonNameShapeTest,
    ::testing::Values(
        // One word is never a whole name by shape.
        ShapeCase{"Wang", NameConfidence::kNone},
        ShapeCase{"Jianhua", NameConfidence::kNone},
        // Organization heads, titles and place words end no name.
        ShapeCase{"Ningbo University", NameConfidence::kNone},
        ShapeCase{"Vice President", NameConfidence::kNone},
        ShapeCase{"Grace Road", NameConfidence::kNone},
        ShapeCase{"Computer Science", NameConfidence::kNone},
        // A lower-case word is no part of a name.
        ShapeCase{"Wang university", NameConfidence::kNone},
        // Five words are too many.
        ShapeCase{"Anna Maria Luisa Garcia Lopez", NameConfidence::kNone}));

// Whether token `index` of `text` can be part of a person name.
bool NameTokenAt(absl::string_view text, int32_t index) {
  const TokenizedText tokens =
      Tokenize(text, BuiltinResources().abbreviations(), 256);
  const TokenView view(text, tokens);
  return IsNameToken(view, index, BuiltinResources());
}

TEST(IsNameTokenTest, CapitalisedWordsAndInitialsOnly) {
  EXPECT_TRUE(NameTokenAt("Wang Jianhua", 0));
  EXPECT_TRUE(NameTokenAt("Wang Jianhua", 1));
  EXPECT_TRUE(NameTokenAt("P. Simmons", 0));            // an initial
  EXPECT_FALSE(NameTokenAt("met Wang", 0));             // lower case
  EXPECT_FALSE(NameTokenAt("Wang , Li", 1));            // punctuation
  EXPECT_FALSE(NameTokenAt("Ningbo University", 1));    // an org head
  EXPECT_FALSE(NameTokenAt("Vice President Wang", 1));  // a title
}

}  // namespace
}  // namespace partnerlens::extraction
