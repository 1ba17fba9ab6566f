#include "ingest_service/extraction/mention_finder.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "ingest_service/extraction/staged_text_for_test.h"

namespace partnerlens::extraction {
namespace {

using ::partnerlens::extraction::test_support::StagedText;
using ::testing::Contains;
using ::testing::Not;

struct OrgCase {
  const char* sentence;
  const char* name;
  OrgKind kind;
};

class OrgKindTest : public ::testing::TestWithParam<OrgCase> {};

TEST_P(OrgKindTest, HeadWordGivesTheKind) {
  const OrgCase& c = GetParam();
  const StagedText staged(c.sentence);
  const int32_t m = staged.FindMention(c.name, MentionType::kOrganization);
  ASSERT_GE(m, 0) << c.name << " in: " << c.sentence;
  EXPECT_EQ(staged.mentions.items[m].org_kind, c.kind) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, OrgKindTest,
    ::testing::Values(
        OrgCase{"Ningbo University hosted the guests.", "Ningbo University",
                OrgKind::kUniversity},
        OrgCase{"The guests came from Ningbo Polytechnic.",
                "Ningbo Polytechnic", OrgKind::kUniversity},
        OrgCase{"They toured Ningbo Vocational and Technical College.",
                "Ningbo Vocational and Technical College",
                OrgKind::kUniversity},
        OrgCase{"Zhongke Robotics Co., Ltd. hosted the guests.",
                "Zhongke Robotics Co., Ltd.", OrgKind::kCompany},
        OrgCase{"The guests came from Haitian Group.", "Haitian Group",
                OrgKind::kCompany},
        OrgCase{"The guests came from the Ministry of Education.",
                "Ministry of Education", OrgKind::kGovernment},
        OrgCase{"They toured Ningbo Institute of Materials Technology and "
                "Engineering.",
                "Ningbo Institute of Materials Technology and Engineering",
                OrgKind::kResearchInstitute},
        OrgCase{"It joined the Yangtze River Delta Robotics Alliance.",
                "Yangtze River Delta Robotics Alliance", OrgKind::kAlliance},
        OrgCase{"Students of Ningbo Xiaoshi High School came.",
                "Ningbo Xiaoshi High School", OrgKind::kSchool},
        OrgCase{"The story ran in Ningbo Daily.", "Ningbo Daily",
                OrgKind::kMedia},
        // An institute of technology is a university; a research institute
        // of a technology is not.
        OrgCase{"They visited Harbin Institute of Technology.",
                "Harbin Institute of Technology", OrgKind::kUniversity},
        OrgCase{"They visited the Institute of Computing Technology.",
                "Institute of Computing Technology",
                OrgKind::kResearchInstitute},
        OrgCase{"Students of the College of Engineering came.",
                "College of Engineering", OrgKind::kDepartment},
        // A head that opens a name in another language.
        OrgCase{"Hochschule Steigerwald signed it.", "Hochschule Steigerwald",
                OrgKind::kUniversity},
        // The outlet a story comes from.
        OrgCase{"Title\n\nSource: Straits Tech Review\n\nText.",
                "Straits Tech Review", OrgKind::kMedia},
        OrgCase{"Title\n\nSource: Deccan Campus Chronicle\n\nText.",
                "Deccan Campus Chronicle", OrgKind::kMedia}));

struct UnitCase {
  const char* sentence;
  const char* full;   // the unit with its owner, as written
  const char* unit;   // the unit's own name
  const char* owner;  // the owner's name
};

class UnitOfOwnerTest : public ::testing::TestWithParam<UnitCase> {};

TEST_P(UnitOfOwnerTest, UnitNamesItsOwnerAndKeepsItsShortName) {
  const UnitCase& c = GetParam();
  const StagedText staged(c.sentence);
  const int32_t full = staged.FindMention(c.full, MentionType::kOrganization);
  const int32_t unit = staged.FindMention(c.unit, MentionType::kOrganization);
  const int32_t owner = staged.FindMention(c.owner, MentionType::kOrganization);
  ASSERT_GE(full, 0) << c.full;
  ASSERT_GE(unit, 0) << c.unit;
  ASSERT_GE(owner, 0) << c.owner;
  EXPECT_EQ(staged.mentions.items[full].parent, owner);
  EXPECT_EQ(staged.mentions.items[full].org_kind, OrgKind::kDepartment);
  EXPECT_EQ(staged.mentions.items[unit].same_as, full);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, UnitOfOwnerTest,
    ::testing::Values(
        UnitCase{"The School of Computer Science at Zhejiang University of "
                 "Technology hosted it.",
                 "School of Computer Science at Zhejiang University of "
                 "Technology",
                 "School of Computer Science",
                 "Zhejiang University of Technology"},
        UnitCase{"The Human Resources Department of Haitian Group hosted it.",
                 "Human Resources Department of Haitian Group",
                 "Human Resources Department", "Haitian Group"},
        UnitCase{"It visited Tsinghua University's School of Software.",
                 "Tsinghua University's School of Software",
                 "School of Software", "Tsinghua University"}));

TEST(MentionFinderTest, ParenthesisedAcronymRenamesTheOrganization) {
  const StagedText staged(
      "Zhejiang Normal University (ZJNU) hosted the guests.");
  const int32_t name = staged.FindMention("Zhejiang Normal University",
                                          MentionType::kOrganization);
  const int32_t acronym =
      staged.FindMention("ZJNU", MentionType::kOrganization);
  ASSERT_GE(name, 0);
  ASSERT_GE(acronym, 0);
  EXPECT_EQ(staged.mentions.items[acronym].same_as, name);
}

TEST(MentionFinderTest, HereinafterRenamesTheOrganization) {
  const StagedText staged(
      "Ningbo Haitian Plastics Machinery Co., Ltd. (hereinafter referred to "
      "as \"Haitian\") signed it.");
  const int32_t name =
      staged.FindMention("Ningbo Haitian Plastics Machinery Co., Ltd.",
                         MentionType::kOrganization);
  const int32_t alias =
      staged.FindMention("Haitian", MentionType::kOrganization);
  ASSERT_GE(name, 0);
  ASSERT_GE(alias, 0);
  EXPECT_EQ(staged.mentions.items[alias].same_as, name);
}

struct SplitCase {
  const char* sentence;
  std::vector<std::string> orgs;
};

class CoordinationTest : public ::testing::TestWithParam<SplitCase> {};

TEST_P(CoordinationTest, FindsTheseOrganizations) {
  const StagedText staged(GetParam().sentence);
  EXPECT_EQ(staged.MentionTexts(MentionType::kOrganization), GetParam().orgs);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CoordinationTest,
    ::testing::Values(
        SplitCase{"Yesterday Huawei and Ningbo University signed it.",
                  {"Huawei", "Ningbo University"}},
        SplitCase{"Yesterday Ningbo University and Zhongke Robotics Co., Ltd. "
                  "signed it.",
                  {"Ningbo University", "Zhongke Robotics Co., Ltd."}},
        SplitCase{
            "Yesterday Ningbo University, Haitian Group and the "
            "Ministry of Education met.",
            {"Ningbo University", "Haitian Group", "Ministry of Education"}},
        // "&" joins the words of one name.
        SplitCase{"Yesterday Larsen & Toubro Limited signed it.",
                  {"Larsen & Toubro Limited"}},
        // "the" after "and" starts another body.
        SplitCase{"It will work with the Ministry of New and Renewable "
                  "Energy and the Department of Science and Technology.",
                  {"Ministry of New and Renewable Energy",
                   "Department of Science and Technology"}},
        // A name closed by its parenthesis has ended; the acronym after a
        // unit of a company is the company's.
        SplitCase{"It was signed by Ningbo University (NBU) and Shanghai "
                  "Aircraft Design and Research Institute of Commercial "
                  "Aircraft Corporation of China, Ltd. (COMAC).",
                  {"Ningbo University", "NBU",
                   "Shanghai Aircraft Design and Research Institute of "
                   "Commercial Aircraft Corporation of China, Ltd.",
                   "Shanghai Aircraft Design and Research Institute",
                   "Commercial Aircraft Corporation of China, Ltd.", "COMAC"}},
        // The last "and" of a list joins two names.
        SplitCase{
            "Members include Chongqing University, Changan Automobile "
            "and Seres Group.",
            {"Chongqing University", "Changan Automobile", "Seres Group"}},
        // Capitalised common words joined by "and" before a head.
        SplitCase{"On Saturday they founded the Smart Port and Shipping "
                  "Industry-College Community.",
                  {"Smart Port and Shipping Industry-College Community"}},
        // "and" before the whole of a name seen before.
        SplitCase{
            "Hunan Qianjiang Precision Machinery Co., Ltd. (hereinafter "
            "referred to as \"Qianjiang Precision\") hosted it. The "
            "School of Intelligent Manufacturing and Qianjiang "
            "Precision will build it.",
            {"Hunan Qianjiang Precision Machinery Co., Ltd.",
             "Qianjiang Precision", "School of Intelligent Manufacturing"}},
        // "and" inside an "of" complement belongs to the name.
        SplitCase{"Yesterday North China University of Water Resources and "
                  "Electric Power hosted it.",
                  {"North China University of Water Resources and Electric "
                   "Power"}}));

TEST(MentionFinderTest, TitlesAndHonorificsAreMentionsOfTheirOwn) {
  const StagedText staged(
      "Prof. Zhang Wei and Wang Jianhua, vice president of Ningbo "
      "University, spoke.");
  EXPECT_GE(staged.FindMention("vice president", MentionType::kTitle), 0);
  EXPECT_GE(staged.FindMention("Prof.", MentionType::kHonorific), 0);
  EXPECT_GE(staged.FindMention("Zhang Wei", MentionType::kPerson), 0);
  EXPECT_GE(staged.FindMention("Wang Jianhua", MentionType::kPerson), 0);
  // Neither the title nor the honorific is part of a name.
  EXPECT_THAT(staged.MentionTexts(MentionType::kPerson),
              Not(Contains("Prof. Zhang Wei")));
}

TEST(MentionFinderTest, TitleBeforeNameIsNotPartOfIt) {
  const StagedText staged("Ningbo University President Wang Jianhua spoke.");
  EXPECT_GE(staged.FindMention("President", MentionType::kTitle), 0);
  EXPECT_GE(staged.FindMention("Wang Jianhua", MentionType::kPerson), 0);
  EXPECT_GE(staged.FindMention("Ningbo University", MentionType::kOrganization),
            0);
}

TEST(MentionFinderTest, AbbreviatedTitleIsNoPartOfTheName) {
  const StagedText staged("It was attended by Indiana Gov. Eric Holcomb.");
  EXPECT_GE(staged.FindMention("Eric Holcomb", MentionType::kPerson), 0);
}

// Where a name starts and ends.
INSTANTIATE_TEST_SUITE_P(
    NameBounds, CoordinationTest,
    ::testing::Values(
        // A place's possessive is no part of the name.
        SplitCase{"It was built with Germany's Brandt Institute for "
                  "Production Technology.",
                  {"Brandt Institute for Production Technology"}},
        // Nor a place and its describer.
        SplitCase{"It signed with Winnipeg-based Boreal Cell Systems Ltd. and "
                  "Hong Kong-listed Orient Harbour Holdings.",
                  {"Boreal Cell Systems Ltd.", "Orient Harbour Holdings"}}));

struct PersonCase {
  const char* sentence;
  const char* name;
  bool person;
};

class PersonContextTest : public ::testing::TestWithParam<PersonCase> {};

TEST_P(PersonContextTest, FindsThePersonOrNot) {
  const PersonCase& c = GetParam();
  const StagedText staged(c.sentence);
  EXPECT_EQ(staged.FindMention(c.name, MentionType::kPerson) >= 0, c.person)
      << c.sentence;
}

// "Qorvax Dulmeth" is in no name list: only the context makes it a person.
INSTANTIATE_TEST_SUITE_P(
    Cases, PersonContextTest,
    ::testing::Values(
        PersonCase{"Qorvax Dulmeth, president of Ningbo University, spoke.",
                   "Qorvax Dulmeth", true},
        PersonCase{"The plan works, said Qorvax Dulmeth.", "Qorvax Dulmeth",
                   true},
        PersonCase{"Qorvax Dulmeth said the plan works.", "Qorvax Dulmeth",
                   true},
        PersonCase{"Yesterday Dr. Qorvax Dulmeth spoke.", "Qorvax Dulmeth",
                   true},
        PersonCase{"Yesterday Qorvax Dulmeth arrived.", "Qorvax Dulmeth",
                   false},
        // A romanised Chinese name needs no context.
        PersonCase{"Yesterday Wang Jianhua arrived.", "Wang Jianhua", true},
        PersonCase{"Yesterday Maria Garcia arrived.", "Maria Garcia", true}));

// Whole names, however they are written.
INSTANTIATE_TEST_SUITE_P(
    WholeNames, PersonContextTest,
    ::testing::Values(
        // Two people joined by "and" are two names.
        PersonCase{"Guo Shijin, vice president of the group, Yang Bin and Ma "
                   "Lijie, vice-general manager, attended.",
                   "Yang Bin", true},
        PersonCase{"Guo Shijin, vice president of the group, Yang Bin and Ma "
                   "Lijie, vice-general manager, attended.",
                   "Ma Lijie", true},
        // A middle initial continues the name.
        PersonCase{"It was signed before Vice-Chancellor Dr. Anand V. "
                   "Kulkarni.",
                   "Anand V. Kulkarni", true},
        // Three-word names stay whole.
        PersonCase{"The rector, Helena Carvalho Bastos, said it.",
                   "Helena Carvalho Bastos", true},
        PersonCase{"It was signed by principal Tan Wei Ming and Meridian's "
                   "managing director.",
                   "Tan Wei Ming", true}));

TEST(MentionFinderTest, DatesBecomeMentionsThatNamesDoNotUse) {
  const StagedText staged(
      "On March 3, Ningbo University and Haitian Group signed it.",
      "2024-03-10");
  const int32_t date = staged.FindMention("March 3", MentionType::kDate);
  ASSERT_GE(date, 0);
  EXPECT_EQ(staged.mentions.items[date].date_value, "2024-03-03");
  for (const std::string& org :
       staged.MentionTexts(MentionType::kOrganization)) {
    EXPECT_EQ(org.find("March"), std::string::npos) << org;
  }
}

TEST(MentionFinderTest, AnaphorRefersBackWithItsKind) {
  const StagedText staged(
      "Haitian Group hosted the guests. The group will build a plant.");
  const int32_t group = staged.FindMention("group", MentionType::kOrganization);
  ASSERT_GE(group, 0);
  EXPECT_TRUE(staged.mentions.items[group].anaphor);
  EXPECT_EQ(staged.mentions.items[group].org_kind, OrgKind::kCompany);
}

TEST(MentionFinderTest, HeadlineOurIsAnAnaphor) {
  const StagedText staged(
      "Our University Signs Agreement with Weichai Power\n\nIt was signed.");
  const int32_t ours =
      staged.FindMention("University", MentionType::kOrganization);
  ASSERT_GE(ours, 0);
  EXPECT_TRUE(staged.mentions.items[ours].anaphor);
  EXPECT_EQ(staged.mentions.items[ours].org_kind, OrgKind::kUniversity);
}

TEST(MentionFinderTest, HyphenatedHonorificsPrecedeTheName) {
  const StagedText staged("Prof. Dr.-Ing. Katrin Lorenz spoke.");
  EXPECT_GE(staged.FindMention("Katrin Lorenz", MentionType::kPerson), 0);
  EXPECT_THAT(staged.MentionTexts(MentionType::kOrganization),
              ::testing::IsEmpty());
}

TEST(MentionFinderTest, ABaseOfABodyIsNoOrganization) {
  const StagedText staged(
      "They unveiled the Off-campus Practice Teaching Base of the School of "
      "Intelligent Manufacturing.");
  for (const std::string& org :
       staged.MentionTexts(MentionType::kOrganization)) {
    EXPECT_EQ(org.find("Base"), std::string::npos) << org;
  }
}

TEST(MentionFinderTest, MentionsAreSortedAndInsideTheText) {
  const StagedText staged(
      "On May 12, Wang Jianhua, vice president of Ningbo University, and Li "
      "Ming, general manager of Zhongke Robotics Co., Ltd., signed a "
      "strategic cooperation agreement at the School of Computer Science at "
      "Zhejiang University of Technology (ZJUT) in Hangzhou.");
  int32_t previous = 0;
  const auto size = static_cast<int32_t>(staged.text.size());
  for (const Mention& m : staged.mentions.items) {
    EXPECT_GE(m.span.begin, previous);
    EXPECT_LT(m.span.begin, m.span.end);
    EXPECT_LE(m.span.end, size);
    previous = m.span.begin;
    const auto count = static_cast<int32_t>(staged.mentions.items.size());
    EXPECT_LT(m.parent, count);
    EXPECT_LT(m.same_as, count);
  }
}

TEST(MentionFinderTest, LowerCaseTextHasNoNames) {
  const StagedText staged("the two sides discussed cooperation at length.");
  EXPECT_TRUE(staged.MentionTexts(MentionType::kOrganization).empty());
  EXPECT_TRUE(staged.MentionTexts(MentionType::kPerson).empty());
}

}  // namespace
}  // namespace partnerlens::extraction
