#include "common/storage/ids.h"

#include <string>

#include "gtest/gtest.h"

namespace partnerlens::storage {
namespace {

TEST(Sha256HexTest, KnownVector) {
  EXPECT_EQ(Sha256Hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(IdsTest, PrefixAndLength) {
  struct Case {
    std::string id;
    std::string prefix;
  };
  const Case cases[] = {
      {OrganizationId("Zhejiang University"), "org_"},
      {PersonId("Fan Jing"), "per_"},
      {EventId(2, "signing ceremony", "2022-11-09"), "evt_"},
      {PartnershipId({"org_1", "org_2"}, 1), "prt_"},
      {ArticleIdForContent("text"), "art_"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(c.id.substr(0, 4), c.prefix);
    EXPECT_EQ(c.id.size(), 20u) << c.id;
    EXPECT_TRUE(ValidateClientId("id", c.id).ok()) << c.id;
  }
}

TEST(IdsTest, SpellingsOfOneNameShareAnId) {
  EXPECT_EQ(OrganizationId("Huashu Group"),
            OrganizationId("the Huashu Group Co., Ltd."));
  EXPECT_EQ(PersonId("Fan Jing"), PersonId("FAN  jing"));
  EXPECT_NE(OrganizationId("Huashu Group"), OrganizationId("Lenovo Group"));
  EXPECT_EQ(EventId(2, "The Signing", "2022"),
            EventId(2, "the signing", "2022"));
  EXPECT_NE(EventId(2, "signing", "2022"), EventId(3, "signing", "2022"));
  EXPECT_NE(EventId(2, "signing", "2022"), EventId(2, "signing", "2023"));
}

TEST(IdsTest, NamesWithoutLettersStillGetDistinctIds) {
  EXPECT_NE(OrganizationId("???"), OrganizationId("!!!"));
  EXPECT_NE(PersonId("-"), PersonId("--"));
}

TEST(IdsTest, PartnershipIdIgnoresOrder) {
  EXPECT_EQ(PartnershipId({"org_a", "org_b", "org_c"}, 4),
            PartnershipId({"org_c", "org_a", "org_b"}, 4));
  EXPECT_NE(PartnershipId({"org_a", "org_b"}, 4),
            PartnershipId({"org_a", "org_b"}, 5));
}

TEST(IdsTest, ArticleIdDependsOnEveryByte) {
  EXPECT_EQ(ArticleIdForContent("abc"), ArticleIdForContent("abc"));
  EXPECT_NE(ArticleIdForContent("abc"), ArticleIdForContent("abd"));
}

TEST(ValidateClientIdTest, AcceptsAndRejects) {
  for (const std::string& good :
       {std::string("a"), std::string("news-2024.05_17"),
        std::string(128, 'x')}) {
    EXPECT_TRUE(ValidateClientId("article_id", good).ok()) << good;
  }
  for (const std::string& bad :
       {std::string(""), std::string("has space"), std::string("a/b"),
        std::string("caf\xc3\xa9"), std::string("nul\0x", 5),
        std::string(129, 'x')}) {
    absl::Status status = ValidateClientId("article_id", bad);
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << bad;
    EXPECT_NE(status.message().find("article_id"), absl::string_view::npos);
  }
}

}  // namespace
}  // namespace partnerlens::storage
