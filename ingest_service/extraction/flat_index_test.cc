#include "ingest_service/extraction/flat_index.h"

#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace partnerlens::extraction {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(FlatIndexTest, GroupsValuesByKeyInEntryOrder) {
  const FlatIndex index(4, {{2, 10}, {0, 11}, {2, 12}, {3, 13}});
  EXPECT_THAT(index[0], ElementsAre(11));
  EXPECT_THAT(index[1], IsEmpty());
  EXPECT_THAT(index[2], ElementsAre(10, 12));
  EXPECT_THAT(index[3], ElementsAre(13));
}

TEST(FlatIndexTest, KeysOutOfRangeAreEmpty) {
  const FlatIndex index(2, {{1, 5}});
  EXPECT_THAT(index[-1], IsEmpty());
  EXPECT_THAT(index[2], IsEmpty());
  EXPECT_THAT(FlatIndex()[0], IsEmpty());
}

}  // namespace
}  // namespace partnerlens::extraction
