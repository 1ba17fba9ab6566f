#include "tools/progress_bar.h"

#include <sstream>

#include "gtest/gtest.h"

namespace partnerlens::tools {
namespace {

TEST(RenderProgressTest, FillsInProportion) {
  EXPECT_EQ(RenderProgress(0, 4, 8, ""), "[........] 0/4");
  EXPECT_EQ(RenderProgress(1, 4, 8, "a.txt"), "[##......] 1/4  a.txt");
  EXPECT_EQ(RenderProgress(4, 4, 8, ""), "[########] 4/4");
  EXPECT_EQ(RenderProgress(3, 12, 4, ""), "[#...]  3/12");
}

TEST(RenderProgressTest, ClampsOutOfRange) {
  EXPECT_EQ(RenderProgress(9, 4, 4, ""), "[####] 4/4");
  EXPECT_EQ(RenderProgress(-1, 4, 4, ""), "[....] 0/4");
  EXPECT_EQ(RenderProgress(0, 0, 4, ""), "[####] 0/0");
}

TEST(ProgressBarTest, DrawsInPlaceAndClears) {
  std::ostringstream out;
  ProgressBar bar(out, 2, true);
  bar.Update(1, "long-label");
  bar.Update(2, "");
  bar.Finish();
  const std::string text = out.str();
  EXPECT_EQ(text.find('\n'), std::string::npos);
  EXPECT_NE(text.find("1/2  long-label"), std::string::npos);
  EXPECT_EQ(text.back(), '\r');
}

TEST(ProgressBarTest, DisabledWritesNothing) {
  std::ostringstream out;
  ProgressBar bar(out, 2, false);
  bar.Update(1, "x");
  bar.Finish();
  EXPECT_TRUE(out.str().empty());
}

}  // namespace
}  // namespace partnerlens::tools
