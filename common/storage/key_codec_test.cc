#include "common/storage/key_codec.h"

#include <string>

#include "gtest/gtest.h"

namespace partnerlens::storage {
namespace {

TEST(FactKeyTest, RoundTrips) {
  const std::string key = FactKey("org_0123", "art_9");
  auto parts = ParseFactKey(key);
  ASSERT_TRUE(parts.ok()) << parts.status();
  EXPECT_EQ(parts->entity_id, "org_0123");
  EXPECT_EQ(parts->article_id, "art_9");
  EXPECT_EQ(key.substr(0, FactPrefix("org_0123").size()),
            FactPrefix("org_0123"));
}

TEST(FactKeyTest, PrefixOfOneIdExcludesLongerIds) {
  // "org_1" must not prefix-match rows of "org_12".
  EXPECT_NE(FactKey("org_12", "a").rfind(FactPrefix("org_1"), 0), 0U);
}

TEST(FactKeyTest, RejectsMalformed) {
  EXPECT_FALSE(ParseFactKey("no-separator").ok());
  EXPECT_FALSE(ParseFactKey(std::string("a\0b\0c", 5)).ok());
  EXPECT_FALSE(ParseFactKey(std::string("\0b", 2)).ok());
}

TEST(IndexKeyTest, RoundTrips) {
  const std::string key =
      IndexKey(IndexTag::kOrganizationPartnership, "org_1", "prt_2", "art_3");
  auto parts = ParseIndexKey(key);
  ASSERT_TRUE(parts.ok()) << parts.status();
  EXPECT_EQ(parts->tag, IndexTag::kOrganizationPartnership);
  EXPECT_EQ(parts->a, "org_1");
  EXPECT_EQ(parts->b, "prt_2");
  EXPECT_EQ(parts->article_id, "art_3");
  EXPECT_EQ(
      key.rfind(IndexPrefix(IndexTag::kOrganizationPartnership, "org_1"), 0),
      0U);
}

TEST(IndexKeyTest, RejectsUnknownTagAndRequestKeys) {
  EXPECT_FALSE(ParseIndexKey(std::string("Z\0b\0c", 5)).ok());
  EXPECT_FALSE(ParseIndexKey(RequestKey("req-1")).ok());
  EXPECT_FALSE(ParseIndexKey("").ok());
}

TEST(PrefixSuccessorTest, IncrementsLastByte) {
  EXPECT_EQ(PrefixSuccessor("ab"), "ac");
  EXPECT_EQ(PrefixSuccessor(std::string("a\xff", 2)), "b");
  EXPECT_EQ(PrefixSuccessor(std::string("\xff\xff", 2)), "");
  EXPECT_LT(std::string("ab\xff"), PrefixSuccessor("ab"));
}

}  // namespace
}  // namespace partnerlens::storage
