#include "ingest_service/extraction/entity_resolver.h"

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

TEST(EntityResolverTest, SameNameIsOneOrganization) {
  const StagedText staged(
      "Ningbo University hosted the guests. Later Ningbo University and "
      "Haitian Group signed it.");
  ASSERT_EQ(staged.entities.orgs.size(), 2U);
  const int32_t nbu = staged.Org("Ningbo University");
  ASSERT_GE(nbu, 0);
  EXPECT_EQ(staged.entities.orgs[nbu].mentions.size(), 2U);
  EXPECT_EQ(staged.entities.orgs[nbu].kind, OrgKind::kUniversity);
}

TEST(EntityResolverTest, EveryMentionHasATypeAndAnEntitySlot) {
  const StagedText staged(
      "Wang Jianhua, vice president of Ningbo University, met Haitian Group.");
  const size_t n = staged.mentions.items.size();
  ASSERT_EQ(staged.entities.mention_type.size(), n);
  ASSERT_EQ(staged.entities.mention_entity.size(), n);
  for (size_t i = 0; i < n; ++i) {
    const int32_t entity = staged.entities.mention_entity[i];
    switch (staged.entities.mention_type[i]) {
      case MentionType::kOrganization:
        ASSERT_GE(entity, 0);
        EXPECT_LT(entity, static_cast<int32_t>(staged.entities.orgs.size()));
        break;
      case MentionType::kPerson:
        ASSERT_GE(entity, 0);
        EXPECT_LT(entity, static_cast<int32_t>(staged.entities.people.size()));
        break;
      default:
        EXPECT_EQ(entity, -1);
    }
  }
}

struct AliasCase {
  const char* text;
  const char* name;   // the organization's name
  const char* alias;  // a form the text also uses for it
};

class AliasTest : public ::testing::TestWithParam<AliasCase> {};

TEST_P(AliasTest, ShortFormJoinsTheFullName) {
  const AliasCase& c = GetParam();
  const StagedText staged(c.text);
  const int32_t org = staged.Org(c.name);
  ASSERT_GE(org, 0) << c.name;
  EXPECT_EQ(staged.entities.orgs[org].name, c.name);
  EXPECT_THAT(staged.entities.orgs[org].aliases, Contains(c.alias));
  EXPECT_EQ(staged.Org(c.alias), org);
}

INSTANTIATE_TEST_SUITE_P(
    Acronyms, AliasTest,
    ::testing::Values(
        // Each word's first letter.
        AliasCase{"Zhejiang Normal University hosted the talks. ZJNU will "
                  "send teachers.",
                  "Zhejiang Normal University", "ZJNU"},
        // Pinyin syllable initials: Ning-bo -> NB; "of" is skipped.
        AliasCase{"Ningbo University hosted the talks. NBU will send "
                  "teachers.",
                  "Ningbo University", "NBU"},
        AliasCase{"Zhejiang University of Technology hosted the talks. ZJUT "
                  "will send teachers.",
                  "Zhejiang University of Technology", "ZJUT"},
        AliasCase{"Zhejiang Normal University (ZJNU) hosted the talks.",
                  "Zhejiang Normal University", "ZJNU"},
        // The acronym after "A (X) and B of C (Y)" names C.
        AliasCase{"The base of Ningbo University (NBU) and Shanghai Aircraft "
                  "Design and Research Institute of Commercial Aircraft "
                  "Corporation of China, Ltd. (COMAC) opened.",
                  "Commercial Aircraft Corporation of China, Ltd.", "COMAC"}));

INSTANTIATE_TEST_SUITE_P(
    ShortForms, AliasTest,
    ::testing::Values(
        AliasCase{"Zhiyuan Technology Co., Ltd. signed an agreement with "
                  "Ningbo University. Zhiyuan Group will fund it.",
                  "Zhiyuan Technology Co., Ltd.", "Zhiyuan Group"},
        AliasCase{"Haitian Plastics Machinery Group Co., Ltd. and Ningbo "
                  "Polytechnic signed an agreement. Haitian Group will "
                  "provide equipment.",
                  "Haitian Plastics Machinery Group Co., Ltd.",
                  "Haitian Group"},
        AliasCase{"Huawei Technologies Co., Ltd. and Ningbo University met. "
                  "Huawei will train teachers.",
                  "Huawei Technologies Co., Ltd.", "Huawei"},
        // The company's words in order inside the registered name.
        AliasCase{"China Mobile Communications Group Zhejiang Co., Ltd. "
                  "signed it. China Mobile Zhejiang Company will fund it.",
                  "China Mobile Communications Group Zhejiang Co., Ltd.",
                  "China Mobile Zhejiang Company"},
        // A headline's first word taken for capitalisation.
        AliasCase{"Prairie Ridge Community College, Riverbend Health launch "
                  "apprenticeship\n\nStudents will study at Prairie Ridge "
                  "Community College.",
                  "Prairie Ridge Community College", "Ridge Community College"},
        // The unit's own name without its owner.
        AliasCase{"The School of Computer Science at Zhejiang University of "
                  "Technology hosted it.",
                  "School of Computer Science at Zhejiang University of "
                  "Technology",
                  "School of Computer Science"}));

TEST(EntityResolverTest, ShortFormOfAnotherCompanyStaysApart) {
  const StagedText staged(
      "Zhiyuan Technology Co., Ltd. and Haitian Group met. Geely Group "
      "joined later.");
  const int32_t zhiyuan = staged.Org("Zhiyuan Technology Co., Ltd.");
  ASSERT_GE(zhiyuan, 0);
  EXPECT_THAT(staged.entities.orgs[zhiyuan].aliases,
              Not(Contains("Geely Group")));
  EXPECT_NE(staged.Org("Haitian Group"), zhiyuan);
}

TEST(EntityResolverTest, GroupIsNotItsSubsidiary) {
  const StagedText staged(
      "Shenzhen Sez Construction and Development Technology Park "
      "Development Co., Ltd. hosted it. Shenzhen Sez Construction and "
      "Development Group Co., Ltd. attended.");
  const int32_t park = staged.Org(
      "Shenzhen Sez Construction and Development Technology Park "
      "Development Co., Ltd.");
  const int32_t group =
      staged.Org("Shenzhen Sez Construction and Development Group Co., Ltd.");
  ASSERT_GE(park, 0);
  ASSERT_GE(group, 0);
  EXPECT_NE(park, group);
}

struct AnaphorCase {
  const char* text;
  const char* anaphor;  // the noun after "the"
  const char* target;   // the organization it refers to
};

class AnaphorTest : public ::testing::TestWithParam<AnaphorCase> {};

TEST_P(AnaphorTest, JoinsTheLatestOrganizationOfItsKind) {
  const AnaphorCase& c = GetParam();
  const StagedText staged(c.text);
  const int32_t m = staged.FindMention(c.anaphor, MentionType::kOrganization);
  ASSERT_GE(m, 0) << c.anaphor;
  EXPECT_EQ(staged.entities.mention_type[m], MentionType::kOrganization);
  EXPECT_EQ(staged.entities.mention_entity[m], staged.Org(c.target));
  // An anaphor is no name: it adds no alias.
  for (const OrgEntity& org : staged.entities.orgs) {
    EXPECT_THAT(org.aliases, Not(Contains(c.anaphor)));
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, AnaphorTest,
    ::testing::Values(
        AnaphorCase{"Haitian Group and Ningbo University met. The group "
                    "will build a plant.",
                    "group", "Haitian Group"},
        AnaphorCase{"Haitian Group and Ningbo University met. The university "
                    "will train engineers.",
                    "university", "Ningbo University"},
        // The latest of two of the kind.
        AnaphorCase{"Ningbo University hosted Haitian Group and Geely Group. "
                    "The group will fund labs.",
                    "group", "Geely Group"}));

TEST(EntityResolverTest, UnresolvedAnaphorNamesNothing) {
  const StagedText staged("The group will build a plant in the city.");
  EXPECT_TRUE(staged.entities.orgs.empty());
}

struct GovernmentCase {
  const char* text;
  const char* city;
};

class CityAsGovernmentTest : public ::testing::TestWithParam<GovernmentCase> {};

TEST_P(CityAsGovernmentTest, CityActingAsAPartyIsAGovernment) {
  const GovernmentCase& c = GetParam();
  const StagedText staged(c.text);
  const int32_t org = staged.Org(c.city);
  ASSERT_GE(org, 0) << c.text;
  EXPECT_EQ(staged.entities.orgs[org].kind, OrgKind::kGovernment);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CityAsGovernmentTest,
    ::testing::Values(
        GovernmentCase{"Huawei and Jinan signed an agreement on cloud "
                       "computing.",
                       "Jinan"},
        GovernmentCase{"Zhang Ming, mayor of Wuxi, met the delegation.",
                       "Wuxi"},
        GovernmentCase{"Haitian Group will invest in Ningbo. The municipal "
                       "government will help.",
                       "Ningbo"}));

TEST(EntityResolverTest, PlaceBeforeAGovernmentBodyNamesItsOwn) {
  const StagedText staged(
      "In Ganzhou, Tengda agreed with the Longnan municipal government and "
      "signed with the Nankang district government.");
  for (const char* name :
       {"Longnan municipal government", "Nankang district government"}) {
    const int32_t org = staged.Org(name);
    ASSERT_GE(org, 0) << name;
    EXPECT_EQ(staged.entities.orgs[org].kind, OrgKind::kGovernment);
  }
}

TEST(EntityResolverTest, CityThatIsOnlyAPlaceIsNoOrganization) {
  const StagedText staged(
      "Ningbo University and Haitian Group held the forum in Hangzhou.");
  EXPECT_EQ(staged.Org("Hangzhou"), -1);
  EXPECT_GE(staged.Org("Ningbo University"), 0);
}

struct SurnameCase {
  const char* text;
  const char* part;  // a lone surname or given name, as written
  const char* full;  // the full name it abbreviates
};

class LoneNameTest : public ::testing::TestWithParam<SurnameCase> {};

TEST_P(LoneNameTest, ResolvesToTheFullName) {
  const SurnameCase& c = GetParam();
  const StagedText staged(c.text);
  const int32_t person = staged.Person(c.full);
  ASSERT_GE(person, 0) << c.full;
  int32_t lone = -1;
  for (size_t i = 0; i < staged.mentions.items.size(); ++i) {
    if (staged.TextOf(staged.mentions.items[i].span) == c.part) {
      lone = static_cast<int32_t>(i);
    }
  }
  ASSERT_GE(lone, 0) << c.part;
  EXPECT_EQ(staged.entities.mention_type[lone], MentionType::kPerson);
  EXPECT_EQ(staged.entities.mention_entity[lone], person);
  EXPECT_EQ(staged.entities.people[person].mentions.size(), 2U);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, LoneNameTest,
    ::testing::Values(
        SurnameCase{"Chen Xiaoling, president of Ningbo University, met the "
                    "guests. Chen said the university would help.",
                    "Chen", "Chen Xiaoling"},
        SurnameCase{"Ms Guo Lina spoke first. Later Ms Guo thanked the "
                    "guests.",
                    "Guo", "Guo Lina"}));

TEST(EntityResolverTest, PersonKnownByOneWordIsNoEntity) {
  const StagedText staged("Mr Zhou thanked the guests of Ningbo University.");
  EXPECT_TRUE(staged.entities.people.empty());
}

TEST(EntityResolverTest, UnitKeepsItsParent) {
  const StagedText staged(
      "The School of Computer Science at Zhejiang University of Technology "
      "hosted it.");
  const int32_t school = staged.Org(
      "School of Computer Science at Zhejiang University of Technology");
  const int32_t university = staged.Org("Zhejiang University of Technology");
  ASSERT_GE(school, 0);
  ASSERT_GE(university, 0);
  EXPECT_EQ(staged.entities.orgs[school].parent, university);
  EXPECT_EQ(staged.entities.orgs[school].kind, OrgKind::kDepartment);
  EXPECT_EQ(staged.entities.orgs[university].parent, -1);
}

TEST(EntityResolverTest, CollegeOfAFieldIsAUnitOfTheLeadingUniversity) {
  const StagedText staged(
      "Ningbo University signed with Haitian Group. Students of the College "
      "of Engineering will intern there. Ningbo University thanked Fudan "
      "University.");
  const int32_t college = staged.Org("College of Engineering");
  const int32_t university = staged.Org("Ningbo University");
  ASSERT_GE(college, 0);
  ASSERT_GE(university, 0);
  EXPECT_EQ(staged.entities.orgs[college].kind, OrgKind::kDepartment);
  EXPECT_EQ(staged.entities.orgs[college].parent, university);
}

TEST(EntityResolverTest, NamedCollegeIsAUniversity) {
  const StagedText staged("Ningbo College of Health Sciences signed it.");
  const int32_t college = staged.Org("Ningbo College of Health Sciences");
  ASSERT_GE(college, 0);
  EXPECT_EQ(staged.entities.orgs[college].kind, OrgKind::kUniversity);
}

TEST(EntityResolverTest, UnitStaysWithoutParentWhenUniversitiesTie) {
  const StagedText staged(
      "Ningbo University and Fudan University met. The School of Law "
      "hosted them.");
  const int32_t school = staged.Org("School of Law");
  ASSERT_GE(school, 0);
  EXPECT_EQ(staged.entities.orgs[school].parent, -1);
}

TEST(EntityResolverTest, NameSpelledLikeAnOrganizationIsIt) {
  const StagedText staged(
      "The Indian Institute of Technology Madras (IIT Madras) signed it. "
      "Prof. Manu Santhanam, Dean, IIT Madras, and Mr. Subramanian Sarma "
      "attended.");
  std::vector<std::string> names;
  for (const PersonEntity& p : staged.entities.people) names.push_back(p.name);
  EXPECT_THAT(names,
              ::testing::ElementsAre("Manu Santhanam", "Subramanian Sarma"));
}

TEST(EntityResolverTest, BylineNameIsNoPerson) {
  const StagedText staged(
      "By Kwame Mensah | August 3, 2022\nProf. Rita Dickson of Ningbo "
      "University signed the agreement.\nReporter Zhang Wei | 2022-08-03");
  std::vector<std::string> names;
  for (const PersonEntity& p : staged.entities.people) names.push_back(p.name);
  EXPECT_THAT(names, ::testing::ElementsAre("Rita Dickson"));
}

TEST(EntityResolverTest, WireCreditsAndContactsAreNoPeople) {
  const StagedText staged(
      "By Kenji Morita and Heekyong Park\nProf. Rita Dickson of Ningbo "
      "University signed the agreement.\n(Reporting by Kenji Morita in "
      "Tokyo; Editing by Louise Heavens)\nMedia Contact:\nJordan Ellis\n"
      "Ningbo University\nRachel Tan Hui Min, Education Correspondent\n");
  std::vector<std::string> names;
  for (const PersonEntity& p : staged.entities.people) names.push_back(p.name);
  EXPECT_THAT(names, ::testing::ElementsAre("Rita Dickson"));
}

TEST(EntityResolverTest, CreditedPersonNamedInTheStoryStays) {
  const StagedText staged(
      "Reporter Zhang Wei\nZhang Wei, president of Ningbo University, spoke.");
  ASSERT_EQ(staged.entities.people.size(), 1U);
  EXPECT_EQ(staged.entities.people[0].name, "Zhang Wei");
}

}  // namespace
}  // namespace partnerlens::extraction
