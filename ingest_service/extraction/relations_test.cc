// Tests of ExtractRelations (relation_extractor.h): positions, events and
// partnerships, on short texts in the genre.

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "ingest_service/extraction/relation_extractor.h"
#include "ingest_service/extraction/staged_text_for_test.h"

namespace partnerlens::extraction {
namespace {

using ::partnerlens::extraction::test_support::StagedText;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::UnorderedElementsAreArray;

// --- positions ---------------------------------------------------------------

// "person | title (lower case) | organization", one per position.
std::vector<std::string> Positions(const StagedText& staged) {
  std::vector<std::string> out;
  for (const PositionRelation& p : staged.relations.positions) {
    const std::string org =
        p.org >= 0 ? staged.entities.orgs[p.org].name : std::string();
    out.push_back(absl::StrCat(staged.entities.people[p.person].name, " | ",
                               absl::AsciiStrToLower(p.title), " | ", org));
  }
  return out;
}

struct PositionCase {
  const char* text;
  std::vector<std::string> positions;
};

class PositionTest : public ::testing::TestWithParam<PositionCase> {};

TEST_P(PositionTest, OnePositionPerTitleWithItsOrganization) {
  const StagedText staged(GetParam().text);
  EXPECT_THAT(Positions(staged),
              UnorderedElementsAreArray(GetParam().positions))
      << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Forward, PositionTest,
    ::testing::Values(
        PositionCase{"Wang Jianhua, vice president of Ningbo University, "
                     "attended the meeting.",
                     {"Wang Jianhua | vice president | Ningbo University"}},
        // A list: each title with its own organization.
        PositionCase{"Chen Gang, vice president of Huawei and general "
                     "manager of Huawei Cloud, spoke.",
                     {"Chen Gang | vice president | Huawei",
                      "Chen Gang | general manager | Huawei Cloud"}},
        // Two titles share the organization named after the last one.
        PositionCase{"Sun Lei, director and chairman of Zhongke Robotics "
                     "Co., Ltd., signed the agreement.",
                     {"Sun Lei | director | Zhongke Robotics Co., Ltd.",
                      "Sun Lei | chairman | Zhongke Robotics Co., Ltd."}},
        // Two people, each with a title of their own.
        PositionCase{"Zhou Jie, vice president of Ningbo University, and Xu "
                     "Bin, general manager of Haitian Group, signed it.",
                     {"Zhou Jie | vice president | Ningbo University",
                      "Xu Bin | general manager | Haitian Group"}},
        // A city in a title is its government.
        PositionCase{"Li Hua, deputy mayor of Ningbo, attended the ceremony.",
                     {"Li Hua | deputy mayor | Ningbo"}},
        // A title's field names the ministry it serves.
        PositionCase{"The Ministry of Education signed the MoU. Mr. Joel "
                     "Kamoko, Permanent Secretary for Education Services, "
                     "spoke.",
                     {"Joel Kamoko | permanent secretary for education "
                      "services | Ministry of Education"}},
        // "the university's" is the university a short name last named.
        PositionCase{"Curtin University and James Cook University joined. "
                     "Curtin will lead it. Chris Moran, the university's "
                     "deputy vice-chancellor, spoke.",
                     {"Chris Moran | deputy vice-chancellor | Curtin "
                      "University"}}));

INSTANTIATE_TEST_SUITE_P(
    Backward, PositionTest,
    ::testing::Values(
        // "O T P".
        PositionCase{"Ningbo University President Zhang Wei delivered a "
                     "speech.",
                     {"Zhang Wei | president | Ningbo University"}},
        PositionCase{"Huawei Vice President Chen Gang spoke.",
                     {"Chen Gang | vice president | Huawei"}},
        // "T of O, P".
        PositionCase{"Deputy Mayor of Ningbo, Li Hua, attended the ceremony.",
                     {"Li Hua | deputy mayor | Ningbo"}},
        // A title before the first of two people is not shared with the
        // second's, and the second's body is not the first's.
        // A title given with no body is held in the body the story is
        // about.
        PositionCase{"Ningbo University hosted it. Vice President Hu "
                     "Hongqiang and Wang Hui, Deputy General Manager of "
                     "Haitian Group, signed it.",
                     {"Hu Hongqiang | vice president | Ningbo University",
                      "Wang Hui | deputy general manager | Haitian Group"}},
        // A post the sentence elects the person to, after their title.
        PositionCase{
            "Ningbo University founded the Yangtze Robotics Alliance. Tang "
            "Haiyan, Secretary of Ningbo University, was elected "
            "Chairman of the Alliance, and Luo Gang, Deputy General "
            "Manager of Haitian Group, was elected Secretary-General.",
            {"Tang Haiyan | secretary | Ningbo University",
             "Tang Haiyan | chairman | Yangtze Robotics Alliance",
             "Luo Gang | deputy general manager | Haitian Group",
             "Luo Gang | secretary-general | Yangtze Robotics Alliance"}},
        PositionCase{"Gao Wenjie, vice president of Haitian Group, will serve "
                     "as the first director of Haitian Research Institute.",
                     {"Gao Wenjie | vice president | Haitian Group",
                      "Gao Wenjie | director | Haitian Research Institute"}},
        // A list of titles before names: the title after a name is the
        // next name's.
        PositionCase{"The Kwara State Government signed it. Governor Yusuf "
                     "Adegboye, the Executive Secretary of the "
                     "Kwara State Investment Promotion Agency (KWIPA), Dr. "
                     "Halima Saliu, and others witnessed the signing.",
                     {"Yusuf Adegboye | governor | Kwara State Government",
                      "Halima Saliu | executive secretary | Kwara State "
                      "Investment Promotion Agency"}},
        // A unit named by its field, or as its owner's.
        PositionCase{"Stefan Weiss, dean of the Faculty of Law, spoke.",
                     {"Stefan Weiss | dean | Faculty of Law"}},
        PositionCase{"Liao Meifang, General Manager of Haitian Group and "
                     "Director of its Human Resources Department, attended. "
                     "Deng Kai, Deputy Director of the group's Finance "
                     "Office, spoke.",
                     {"Liao Meifang | general manager | Haitian Group",
                      "Liao Meifang | director | Human Resources Department",
                      "Deng Kai | deputy director | Finance Office"}},
        // "the center" is the body last named with that noun.
        PositionCase{"Haitian Group opened the Haitian Central China R&D "
                     "Center. Chen Ying, vice president of Haitian Group, "
                     "will be director of the center.",
                     {"Chen Ying | vice president | Haitian Group",
                      "Chen Ying | director | Haitian Central China R&D "
                      "Center"}},
        // A hyphenated modifier and head.
        PositionCase{"Haitian Group signed it. Vice-Mayor Peng Li of Ningbo "
                     "Municipal People's Government attended.",
                     {"Peng Li | vice-mayor | Ningbo Municipal People's "
                      "Government"}},
        // "of our university".
        PositionCase{"Ningbo University signed it. Chen Wenxing, Party "
                     "Secretary of our university, spoke.",
                     {"Chen Wenxing | party secretary | Ningbo University"}},
        // "T of F at O, P".
        PositionCase{"Also present was the Director of Human Resources at "
                     "Haitian Group, Mrs. Abena Osei.",
                     {"Abena Osei | director of human resources | Haitian "
                      "Group"}}));

TEST(PositionTest, TitleOfAKindIsNotPlacedInAnotherKind) {
  const StagedText staged(
      "The Technical University of Munich opened a centre. Bavarian "
      "Minister of Science Markus Blume spoke.");
  EXPECT_THAT(Positions(staged),
              ElementsAre("Markus Blume | minister of science | "));
}

TEST(PositionTest, GovernmentTitleIsHeldInTheGovernment) {
  const StagedText staged(
      "The Municipality of Thessaloniki and Haitian Group signed it. The "
      "agreement was signed by Hamad Al Ketbi, director of Haitian Group's "
      "Real Estate Department, and Mayor Eleni Vasileiou.");
  EXPECT_THAT(Positions(staged),
              Contains("Eleni Vasileiou | mayor | Municipality of "
                       "Thessaloniki"));
}

TEST(PositionTest, PublisherHoldsTitlesGivenWithoutBody) {
  const StagedText staged(
      "Our University Signs Agreement with Weichai Power\n\nWeichai Power "
      "and Shandong University of Science and Technology signed it. Weichai "
      "Power sent a team. Vice President Ren Yanxiu presided.");
  EXPECT_THAT(Positions(staged),
              ElementsAre("Ren Yanxiu | vice president | Shandong University "
                          "of Science and Technology"));
}

TEST(PositionTest, HonorificIsNoTitle) {
  const StagedText staged("Prof. Zhang Wei and Dr. Maria Garcia spoke.");
  EXPECT_THAT(staged.relations.positions, IsEmpty());
}

TEST(PositionTest, EvidenceCoversTheTitle) {
  const StagedText staged(
      "Wang Jianhua, vice president of Ningbo University, attended.");
  ASSERT_EQ(staged.relations.positions.size(), 1U);
  const std::string evidence =
      staged.TextOf(staged.relations.positions[0].evidence);
  EXPECT_THAT(evidence, ::testing::HasSubstr("vice president"));
}

// --- events ------------------------------------------------------------------

TEST(EventTest, OneHappeningIsOneEvent) {
  const StagedText staged(
      "On May 12, Ningbo University and Haitian Group held a signing "
      "ceremony. At the ceremony, the two sides signed a strategic "
      "cooperation agreement. After the ceremony, the guests signed the "
      "guest book.");
  ASSERT_EQ(staged.relations.events.size(), 1U);
  const EventRelation& event = staged.relations.events[0];
  EXPECT_EQ(event.kind, EventKind::kSigning);
  EXPECT_EQ(event.date, "--05-12");
  EXPECT_THAT(
      staged.OrgNames(event.orgs),
      UnorderedElementsAreArray({"Ningbo University", "Haitian Group"}));
}

struct DayCase {
  const char* text;
  size_t min_events;
};

class StoryDayTest : public ::testing::TestWithParam<DayCase> {};

TEST_P(StoryDayTest, EveryEventIsOnTheStorysDay) {
  const StagedText staged(GetParam().text);
  ASSERT_GE(staged.relations.events.size(), GetParam().min_events);
  for (const EventRelation& event : staged.relations.events) {
    EXPECT_EQ(event.date, "--05-12") << event.name;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, StoryDayTest,
    ::testing::Values(
        // A bare year tells background and dates no later event.
        DayCase{"On May 12, Ningbo University and Haitian Group held an "
                "unveiling ceremony. Haitian Group, founded in 2006, makes "
                "machines. After the ceremony, Ningbo University and Haitian "
                "Group visited the workshop.",
                2},
        // A sentence on a told event, or on the same day, is on its day.
        DayCase{"On May 12, Ningbo University and Haitian Group signed an "
                "agreement. Construction will start in March 2025. After the "
                "signing, Haitian Group visited the Ningbo University campus. "
                "On the morning of the same day, Ningbo University and Haitian "
                "Group held a meeting.",
                3},
        // A headline's event learns its day from the story.
        DayCase{"Joint Centre unveiled at Ningbo University\n\nOn the "
                "afternoon of May 12, the joint centre of Ningbo University "
                "and Haitian Group was officially unveiled.",
                1}));

TEST(EventTest, FactoryWorkshopIsNoForum) {
  const StagedText staged(
      "On May 12, Ningbo University and Haitian Group unveiled a joint "
      "centre. The guests visited the company's assembly workshop.");
  for (const EventRelation& event : staged.relations.events) {
    EXPECT_NE(event.kind, EventKind::kForum) << event.name;
  }
}

TEST(EventTest, SigningOfAnotherDayIsAnotherSigning) {
  const StagedText staged(
      "Published: 2024-06-05\n\nOn Wednesday, Haitian Group and Ningbo "
      "University signed a cooperation agreement. Last month, Haitian Group "
      "signed a memorandum of understanding with Ningbo Polytechnic.");
  std::vector<std::string> dates;
  for (const EventRelation& e : staged.relations.events) {
    dates.push_back(e.date);
  }
  EXPECT_THAT(dates, UnorderedElementsAreArray({"2024-06-05", "2024-05"}));
}

TEST(EventTest, DatelineDatesTheReportNotTheEvent) {
  const StagedText staged(
      "Hefei, Nov. 9 (Reporter Sun Qiang) -- The founding meeting of the "
      "Robotics Alliance was held in Hefei on November 8, 2022.");
  ASSERT_EQ(staged.relations.events.size(), 1U);
  EXPECT_EQ(staged.relations.events[0].date, "2022-11-08");
}

TEST(EventTest, TheSameCeremonyIsTheCeremonyTold) {
  const StagedText staged(
      "On May 12, Ningbo University and Haitian Group held an unveiling "
      "ceremony. At the same ceremony, Ningbo University and Haitian Group "
      "unveiled a plaque.");
  EXPECT_EQ(staged.relations.events.size(), 1U);
}

TEST(EventTest, DefiniteNounRefersToTheDatedEvent) {
  const StagedText staged(
      "On June 3, Ningbo University held a forum on smart manufacturing. "
      "Haitian Group spoke at the forum. The forum closed at noon.");
  ASSERT_EQ(staged.relations.events.size(), 1U);
  EXPECT_EQ(staged.relations.events[0].kind, EventKind::kForum);
  EXPECT_THAT(staged.OrgNames(staged.relations.events[0].orgs),
              Contains("Haitian Group"));
}

TEST(EventTest, DefiniteCompoundRefersToTheEventOfItsKind) {
  const StagedText staged(
      "On June 3, Ningbo University and Haitian Group held a strategic "
      "cooperation agreement signing ceremony. Heads of the School of "
      "Mechanical Engineering attended the signing ceremony.");
  ASSERT_EQ(staged.relations.events.size(), 1U);
  EXPECT_EQ(staged.relations.events[0].kind, EventKind::kSigning);
  EXPECT_THAT(staged.OrgNames(staged.relations.events[0].orgs),
              Contains("School of Mechanical Engineering"));
}

struct EventKindCase {
  const char* text;
  EventKind kind;
  const char* date;
};

class EventKindTest : public ::testing::TestWithParam<EventKindCase> {};

TEST_P(EventKindTest, CueGivesTheKindAndTheSentenceTheDate) {
  const EventKindCase& c = GetParam();
  const StagedText staged(c.text);
  ASSERT_EQ(staged.relations.events.size(), 1U) << c.text;
  EXPECT_EQ(staged.relations.events[0].kind, c.kind) << c.text;
  EXPECT_EQ(staged.relations.events[0].date, c.date);
  EXPECT_THAT(staged.relations.events[0].orgs, Not(IsEmpty()));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, EventKindTest,
    ::testing::Values(
        EventKindCase{"On May 12, Ningbo University and Haitian Group held "
                      "talks on cooperation.",
                      EventKind::kMeeting, "--05-12"},
        EventKindCase{"On May 12, Ningbo University and Haitian Group signed "
                      "a strategic cooperation agreement.",
                      EventKind::kSigning, "--05-12"},
        EventKindCase{"On June 1, Ningbo University and Haitian Group held an "
                      "unveiling ceremony for the joint laboratory.",
                      EventKind::kCeremony, "--06-01"},
        EventKindCase{"On June 3, Ningbo University held a forum on smart "
                      "manufacturing.",
                      EventKind::kForum, "--06-03"},
        EventKindCase{"On June 5, a delegation from Haitian Group visited "
                      "Ningbo University.",
                      EventKind::kVisit, "--06-05"}));

TEST(EventTest, VenueNounIsNoEvent) {
  const StagedText staged(
      "Ningbo University and Haitian Group have a conference room each.");
  EXPECT_THAT(staged.relations.events, IsEmpty());
}

TEST(EventTest, PeopleTakePart) {
  const StagedText staged(
      "On May 12, Wang Jianhua, vice president of Ningbo University, and Li "
      "Ming, general manager of Haitian Group, attended the signing "
      "ceremony.");
  ASSERT_EQ(staged.relations.events.size(), 1U);
  std::vector<std::string> people;
  for (int32_t p : staged.relations.events[0].people) {
    people.push_back(staged.entities.people[p].name);
  }
  EXPECT_THAT(people, UnorderedElementsAreArray({"Wang Jianhua", "Li Ming"}));
}

// --- partnerships ------------------------------------------------------------

// "kind status org1 + org2 ..." with organizations sorted.
std::vector<std::string> Partnerships(const StagedText& staged) {
  std::vector<std::string> out;
  for (const PartnershipRelation& p : staged.relations.partnerships) {
    std::vector<std::string> orgs = staged.OrgNames(p.orgs);
    std::sort(orgs.begin(), orgs.end());
    out.push_back(absl::StrCat(PartnershipKindName(p.kind), " ",
                               PartnershipStatusName(p.status), " ",
                               absl::StrJoin(orgs, " + ")));
  }
  return out;
}

struct PartnershipCase {
  const char* text;
  std::vector<std::string> partnerships;
};

class PartnershipTest : public ::testing::TestWithParam<PartnershipCase> {};

TEST_P(PartnershipTest, RecordsOfTheText) {
  const StagedText staged(GetParam().text);
  EXPECT_THAT(Partnerships(staged),
              UnorderedElementsAreArray(GetParam().partnerships))
      << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Kinds, PartnershipTest,
    ::testing::Values(
        PartnershipCase{
            "Ningbo University and Haitian Group signed a strategic "
            "cooperation agreement.",
            {"STRATEGIC_COOPERATION AGREED Haitian Group + Ningbo University"}},
        PartnershipCase{"Ningbo University and Haitian Group unveiled a joint "
                        "laboratory for robotics.",
                        {"JOINT_LAB AGREED Haitian Group + Ningbo University"}},
        PartnershipCase{
            "Ningbo University and Haitian Group set up an internship base.",
            {"INTERNSHIP_BASE AGREED Haitian Group + Ningbo University"}},
        PartnershipCase{"Ningbo University and Haitian Group established a "
                        "postdoctoral workstation.",
                        {"POSTDOCTORAL_WORKSTATION AGREED Haitian Group + "
                         "Ningbo University"}}));

INSTANTIATE_TEST_SUITE_P(
    Statuses, PartnershipTest,
    ::testing::Values(
        PartnershipCase{
            "Ningbo University and Haitian Group held talks on building an "
            "internship base.",
            {"INTERNSHIP_BASE DISCUSSED Haitian Group + Ningbo University"}},
        PartnershipCase{
            "Ningbo University and Haitian Group hope to build a joint "
            "laboratory.",
            {"JOINT_LAB DISCUSSED Haitian Group + Ningbo University"}},
        PartnershipCase{"Ningbo University and Haitian Group expressed the "
                        "intention to establish a postdoctoral workstation.",
                        {"POSTDOCTORAL_WORKSTATION DISCUSSED Haitian Group + "
                         "Ningbo University"}},
        PartnershipCase{"Ningbo University and Haitian Group have cooperated "
                        "for many years in talent training.",
                        {"TALENT_TRAINING ONGOING Haitian Group + Ningbo "
                         "University"}}));

INSTANTIATE_TEST_SUITE_P(
    Parties, PartnershipTest,
    ::testing::Values(
        // What the partners set up is no party.
        PartnershipCase{"Ningbo University and Haitian Group will jointly set "
                        "up the Haitian Intelligent Manufacturing Research "
                        "Center.",
                        {"JOINT_LAB AGREED Haitian Group + Ningbo University"}},
        // A venue is no party.
        PartnershipCase{"Ningbo University and Haitian Group unveiled a joint "
                        "laboratory in the Academic Exchange Centre.",
                        {"JOINT_LAB AGREED Haitian Group + Ningbo University"}},
        // The unit in play holds the relations told of its parent.
        PartnershipCase{
            "The School of Clinical Medicine of Hanshui University and Qingxi "
            "Hospital Group signed a cooperation agreement. Hanshui "
            "University and Qingxi Hospital Group will jointly train "
            "residents.",
            {"STRATEGIC_COOPERATION AGREED Qingxi Hospital Group + School of "
             "Clinical Medicine of Hanshui University",
             "TALENT_TRAINING AGREED Qingxi Hospital Group + School of "
             "Clinical Medicine of Hanshui University"}},
        // Agreements with each partner are pairs.
        PartnershipCase{"Haitian Group signed cooperation agreements with "
                        "Ningbo University and Ningbo Polytechnic.",
                        {"STRATEGIC_COOPERATION AGREED Haitian Group + Ningbo "
                         "University",
                         "STRATEGIC_COOPERATION AGREED Haitian Group + Ningbo "
                         "Polytechnic"}},
        // The owner named in an apposition is no party.
        PartnershipCase{"Yunhai Technology, the cloud computing unit of "
                        "Tengjing Group, and Ningbo University signed a "
                        "strategic cooperation agreement.",
                        {"STRATEGIC_COOPERATION AGREED Ningbo University + "
                         "Yunhai Technology"}}));

TEST(PartnershipTest, BothPartiesAreTheTwoOrganizationsInPlay) {
  const StagedText staged(
      "Haitian Group is a leading machinery maker. Ningbo University is a "
      "key university. Both parties will jointly build a research center.");
  EXPECT_THAT(Partnerships(staged),
              Contains("JOINT_LAB AGREED Haitian Group + Ningbo University"));
}

TEST(PartnershipTest, OneRecordPerOrganizationSetAndKind) {
  const StagedText staged(
      "Ningbo University and Haitian Group signed a strategic cooperation "
      "agreement. Under the strategic cooperation agreement, Haitian Group "
      "and Ningbo University will share equipment.");
  EXPECT_THAT(Partnerships(staged),
              UnorderedElementsAreArray({"STRATEGIC_COOPERATION AGREED "
                                         "Haitian Group + Ningbo University"}));
}

TEST(PartnershipTest, DateAndEvidenceComeFromTheSentence) {
  const StagedText staged(
      "On March 3, Ningbo University and Haitian Group signed a strategic "
      "cooperation agreement.");
  ASSERT_EQ(staged.relations.partnerships.size(), 1U);
  const PartnershipRelation& p = staged.relations.partnerships[0];
  EXPECT_EQ(p.date, "--03-03");
  EXPECT_THAT(staged.TextOf(p.evidence),
              ::testing::HasSubstr("strategic cooperation"));
}

TEST(PartnershipTest, MembersTheAllianceConsistsOf) {
  const StagedText staged(
      "The Yangtze River Delta Robotics Alliance consists of 135 members, "
      "including Ningbo University and Haitian Group.");
  EXPECT_THAT(
      Partnerships(staged),
      UnorderedElementsAreArray(
          {"MEMBERSHIP AGREED Haitian Group + Yangtze River Delta Robotics "
           "Alliance",
           "MEMBERSHIP AGREED Ningbo University + Yangtze River Delta "
           "Robotics Alliance"}));
}

TEST(EventTest, WitnessesOfAToldSigningTakePart) {
  const StagedText staged(
      "On June 3, Ningbo University and Haitian Group held a signing "
      "ceremony. Zhou Jie and Xu Bin witnessed the signing.");
  ASSERT_EQ(staged.relations.events.size(), 1U);
  EXPECT_EQ(staged.relations.events[0].people.size(), 2U);
}

TEST(PartnershipTest, MembershipPairsEachMemberWithTheAlliance) {
  const StagedText staged(
      "On June 5, Ningbo University and Haitian Group joined the Yangtze "
      "River Delta Robotics Alliance.");
  EXPECT_THAT(
      Partnerships(staged),
      UnorderedElementsAreArray(
          {"MEMBERSHIP AGREED Haitian Group + Yangtze River Delta Robotics "
           "Alliance",
           "MEMBERSHIP AGREED Ningbo University + Yangtze River Delta "
           "Robotics Alliance"}));
}

TEST(PartnershipTest, MembershipOfTheAllianceNamedBefore) {
  const StagedText staged(
      "On June 5, the Ningbo Robotics Innovation Alliance held its founding "
      "meeting. Ningbo University and Haitian Group joined the alliance as "
      "founding members.");
  EXPECT_THAT(
      Partnerships(staged),
      UnorderedElementsAreArray(
          {"MEMBERSHIP AGREED Haitian Group + Ningbo Robotics Innovation "
           "Alliance",
           "MEMBERSHIP AGREED Ningbo Robotics Innovation Alliance + Ningbo "
           "University"}));
}

TEST(PartnershipTest, OneOrganizationMakesNoPartnership) {
  const StagedText staged(
      "Ningbo University praised the cooperation culture of its campus.");
  EXPECT_THAT(staged.relations.partnerships, IsEmpty());
}

TEST(PartnershipTest, BodyOfATitleIsNoParty) {
  const StagedText staged(
      "Li Ming, general manager of Zhongke Robotics, said that Ningbo "
      "University and Haitian Group signed a strategic cooperation "
      "agreement.");
  EXPECT_THAT(Partnerships(staged),
              UnorderedElementsAreArray({"STRATEGIC_COOPERATION AGREED "
                                         "Haitian Group + Ningbo University"}));
}

}  // namespace
}  // namespace partnerlens::extraction
