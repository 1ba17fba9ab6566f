#include "query_service/page_token.h"

#include <string>

#include "absl/status/status.h"
#include "absl/strings/escaping.h"
#include "gtest/gtest.h"

namespace partnerlens::query {
namespace {

TEST(ResolvePageSizeTest, FollowsAip158) {
  struct Case {
    int requested;
    int expected;
  };
  const Case cases[] = {{0, 50},    {1, 1},     {50, 50},
                        {500, 500}, {501, 500}, {5000, 500}};
  for (const Case& c : cases) {
    auto size = ResolvePageSize(c.requested, 50, 500);
    ASSERT_TRUE(size.ok()) << c.requested;
    EXPECT_EQ(*size, c.expected) << c.requested;
  }
}

TEST(ResolvePageSizeTest, RejectsNegative) {
  const auto size = ResolvePageSize(-1, 50, 500);
  EXPECT_EQ(size.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(size.status().message(), "page_size -1 is negative");
}

TEST(FilterFingerprintTest, DependsOnEveryFieldAndItsBoundaries) {
  const uint64_t base = FilterFingerprint({"ListEvents", "ab", "c"});
  EXPECT_EQ(base, FilterFingerprint({"ListEvents", "ab", "c"}));
  EXPECT_NE(base, FilterFingerprint({"ListEvents", "a", "bc"}));
  EXPECT_NE(base, FilterFingerprint({"ListEvents", "ab", "d"}));
  EXPECT_NE(base, FilterFingerprint({"ListPartnerships", "ab", "c"}));
}

TEST(PageTokenTest, RoundTripsTheLastKey) {
  const uint64_t fingerprint = FilterFingerprint({"ListOrganizations", "1"});
  const std::string token = EncodePageToken("org_00ff", fingerprint);
  EXPECT_EQ(token.find_first_of("+/="), std::string::npos) << token;
  const auto key = DecodePageToken(token, fingerprint);
  ASSERT_TRUE(key.ok()) << key.status();
  EXPECT_EQ(*key, "org_00ff");
}

TEST(PageTokenTest, EmptyTokenIsTheFirstPage) {
  const auto key = DecodePageToken("", 42);
  ASSERT_TRUE(key.ok());
  EXPECT_EQ(*key, "");
}

TEST(PageTokenTest, RejectsOtherFiltersAndGarbage) {
  const std::string token = EncodePageToken("org_1", 1);
  const std::string bad_tokens[] = {
      token.substr(0, token.size() - 3) + "!!!",           // not base64
      absl::WebSafeBase64Escape("\x01short"),              // no room for a key
      absl::WebSafeBase64Escape(std::string(10, '\x02')),  // wrong version
      "hello",
  };
  EXPECT_EQ(DecodePageToken(token, 2).status().message(),
            "page_token is invalid or does not match the request");
  for (const std::string& bad : bad_tokens) {
    EXPECT_EQ(DecodePageToken(bad, 1).status().code(),
              absl::StatusCode::kInvalidArgument)
        << bad;
  }
}

}  // namespace
}  // namespace partnerlens::query
