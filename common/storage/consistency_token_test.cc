#include "common/storage/consistency_token.h"

#include <cstdint>
#include <limits>

#include "gtest/gtest.h"

namespace partnerlens::storage {
namespace {

TEST(ConsistencyTokenTest, RoundTrips) {
  for (uint64_t seq : {uint64_t{0}, uint64_t{1}, uint64_t{0x1234abcd},
                       std::numeric_limits<uint64_t>::max()}) {
    auto decoded = DecodeConsistencyToken(EncodeConsistencyToken(seq));
    ASSERT_TRUE(decoded.ok()) << decoded.status();
    EXPECT_EQ(*decoded, seq);
  }
}

TEST(ConsistencyTokenTest, RejectsForeignStrings) {
  for (const char* bad :
       {"", "v1.", "v1.123", "v2.0000000000000001", "v1.000000000000000G",
        "v1.0000000000000000A", "v1.ABCDEF0000000000"}) {
    EXPECT_EQ(DecodeConsistencyToken(bad).status().code(),
              absl::StatusCode::kInvalidArgument)
        << bad;
  }
}

}  // namespace
}  // namespace partnerlens::storage
