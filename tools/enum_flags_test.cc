#include "tools/enum_flags.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace partnerlens::tools {
namespace {

using ::testing::HasSubstr;

TEST(EnumFlagsTest, AcceptsShortAndFullNamesInAnyCase) {
  EXPECT_EQ(*ParseOrganizationKind("university"),
            v1::ORGANIZATION_KIND_UNIVERSITY);
  EXPECT_EQ(*ParseOrganizationKind("Research_Institute"),
            v1::ORGANIZATION_KIND_RESEARCH_INSTITUTE);
  EXPECT_EQ(*ParsePartnershipKind("JOINT_LAB"), v1::PARTNERSHIP_KIND_JOINT_LAB);
  EXPECT_EQ(*ParsePartnershipKind("joint-lab"), v1::PARTNERSHIP_KIND_JOINT_LAB);
  EXPECT_EQ(*ParsePartnershipKind("PARTNERSHIP_KIND_INVESTMENT"),
            v1::PARTNERSHIP_KIND_INVESTMENT);
  EXPECT_EQ(*ParsePartnershipStatus("agreed"), v1::PARTNERSHIP_STATUS_AGREED);
  EXPECT_EQ(*ParseEventKind("Signing"), v1::EVENT_KIND_SIGNING);
}

TEST(EnumFlagsTest, RejectsUnknownAndUnspecified) {
  for (const char* bad :
       {"", "unspecified", "EVENT_KIND_UNSPECIFIED", "party", "MEETINGS"}) {
    auto parsed = ParseEventKind(bad);
    ASSERT_FALSE(parsed.ok()) << bad;
    EXPECT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(std::string(parsed.status().message()),
                HasSubstr("MEETING, SIGNING, CEREMONY, FORUM, VISIT, OTHER"));
  }
}

TEST(EnumFlagsTest, NamesListEveryValueButUnspecified) {
  EXPECT_EQ(PartnershipStatusNames(), "DISCUSSED, AGREED, ONGOING");
  EXPECT_THAT(OrganizationKindNames(), HasSubstr("UNIVERSITY"));
  EXPECT_THAT(PartnershipKindNames(), HasSubstr("POSTDOCTORAL_WORKSTATION"));
  EXPECT_THAT(EventKindNames(), ::testing::Not(HasSubstr("UNSPECIFIED")));
}

}  // namespace
}  // namespace partnerlens::tools
