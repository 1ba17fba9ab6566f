#include "ingest_service/extraction/types.h"

#include <string>

#include "gtest/gtest.h"

namespace partnerlens::extraction {
namespace {

TEST(TypesTest, EnumNamesFollowFormat) {
  EXPECT_STREQ(OrgKindName(OrgKind::kResearchInstitute), "RESEARCH_INSTITUTE");
  EXPECT_STREQ(EventKindName(EventKind::kSigning), "SIGNING");
  EXPECT_STREQ(PartnershipKindName(PartnershipKind::kPostdoctoralWorkstation),
               "POSTDOCTORAL_WORKSTATION");
  EXPECT_STREQ(PartnershipStatusName(PartnershipStatus::kOngoing), "ONGOING");
}

TEST(SpanTest, OrdersByBeginThenEnd) {
  EXPECT_LT((Span{1, 5}), (Span{2, 3}));
  EXPECT_LT((Span{1, 3}), (Span{1, 5}));
  EXPECT_EQ((Span{4, 9}).size(), 5);
}

}  // namespace
}  // namespace partnerlens::extraction
