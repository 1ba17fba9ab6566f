#include "ingest_service/extraction/word_lists.h"

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "ingest_service/extraction/resources.h"
#include "ingest_service/extraction/staged_text_for_test.h"
#include "tests/testing/status_matchers.h"

namespace partnerlens::extraction {
namespace {

using ::partnerlens::extraction::test_support::BuiltinResources;
using ::partnerlens::testing::IsOk;
using ::partnerlens::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

TEST(ParseWordListsTest, KeepsEachListInFileOrder) {
  const absl::StatusOr<WordLists> lists = ParseWordLists(
      "test.txt",
      "# comment\n\nheld\tHELD,STOP\n  hosted \tHELD\nthe\t STOP \n",
      {"HELD", "STOP", "EMPTY"});
  ASSERT_THAT(lists, IsOk());
  EXPECT_THAT(lists->at("HELD"), ElementsAre("held", "hosted"));
  EXPECT_THAT(lists->at("STOP"), ElementsAre("held", "the"));
  EXPECT_THAT(lists->at("EMPTY"), IsEmpty());
}

struct BadLineCase {
  const char* contents;
  const char* error;  // what the message must say, after "test.txt:LINE"
};

class ParseWordListsErrorTest : public ::testing::TestWithParam<BadLineCase> {};

TEST_P(ParseWordListsErrorTest, NamesFileAndLine) {
  EXPECT_THAT(ParseWordLists("test.txt", GetParam().contents, {"HELD"}),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr(GetParam().error)));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ParseWordListsErrorTest,
    ::testing::Values(
        BadLineCase{"held\tHELD\nhosted\tHOSTED\n",
                    "test.txt:2: unknown list 'HOSTED'"},
        BadLineCase{"# words\nheld\n", "test.txt:2: expected 2 columns"},
        BadLineCase{"held\tHELD\tverb\n", "test.txt:1: expected 2 columns"},
        BadLineCase{"held\tHELD,\n", "test.txt:1: unknown list ''"}));

TEST(ToWordSetTest, LowerCasesOnlyWhenAsked) {
  const std::vector<std::string> entries = {"Co", "LTD"};
  EXPECT_TRUE(ToWordSet(entries, true).contains("ltd"));
  EXPECT_FALSE(ToWordSet(entries, true).contains("LTD"));
  EXPECT_TRUE(ToWordSet(entries, false).contains("LTD"));
  EXPECT_FALSE(ToWordSet(entries, false).contains("ltd"));
}

TEST(ParseGovernmentWordsTest, OrdersKeySuffixesLongestFirst) {
  const absl::StatusOr<GovernmentWords> words = ParseGovernmentWords(
      "City\tKEY_SUFFIX\nGovernment\tKEY_SUFFIX\n"
      "People's Government\tKEY_SUFFIX\nMunicipality\tCITY_ANAPHOR\n"
      "Government\tCITY_ANAPHOR_PART\n");
  ASSERT_THAT(words, IsOk());
  EXPECT_THAT(words->key_suffixes,
              ElementsAre("People's Government", "Government", "City"));
  EXPECT_TRUE(words->city_anaphors.contains("municipality"));
  EXPECT_THAT(words->city_anaphor_parts, ElementsAre("government"));
}

TEST(ParseOrgNameWordsTest, ComparesLegalFormsAsWrittenAndAcronymWordsLower) {
  const absl::StatusOr<OrgNameWords> words =
      ParseOrgNameWords("Ltd\tABBREVIATED,ACRONYM\nNews\tMEDIA\n");
  ASSERT_THAT(words, IsOk());
  EXPECT_TRUE(words->abbreviated_legal_forms.contains("Ltd"));
  EXPECT_FALSE(words->abbreviated_legal_forms.contains("ltd"));
  EXPECT_TRUE(words->acronym_skips.contains("ltd"));
  EXPECT_THAT(words->media_name_parts, ElementsAre("News"));
}

// The built-in lists hold the words the rules were written around.
TEST(BuiltinWordListsTest, HoldTheRuleVocabulary) {
  const ExtractionResources& r = BuiltinResources();
  EXPECT_TRUE(r.relation_words().held.contains("convened"));
  EXPECT_TRUE(r.relation_words().held_prepositions.contains("during"));
  EXPECT_TRUE(r.relation_words().event_verbs.contains("signed"));
  EXPECT_TRUE(r.relation_words().appointment.contains("re-elected"));
  EXPECT_TRUE(r.org_name_words().abbreviated_legal_forms.contains("Co"));
  EXPECT_TRUE(r.org_name_words().following_legal_forms.contains("LLC"));
  EXPECT_FALSE(r.org_name_words().abbreviated_legal_forms.contains("co"));
  EXPECT_TRUE(r.name_connectors().particles.contains("van"));
  EXPECT_TRUE(r.name_connectors().acronym_skips.contains("of"));
  EXPECT_TRUE(r.org_name_words().acronym_skips.contains("ltd"));
  EXPECT_TRUE(r.place_words().suffixes.contains("district"));
  EXPECT_TRUE(r.place_words().landmarks.contains("road"));
  EXPECT_EQ(r.government_words().key_suffixes.front(),
            "Provincial People's Government");
  EXPECT_TRUE(r.context_words().speech_verbs.contains("said"));
  EXPECT_TRUE(r.context_words().after_noun.contains("'s"));
  EXPECT_TRUE(r.abbreviations().following_legal_forms.contains("Ltd"));
}

}  // namespace
}  // namespace partnerlens::extraction
