#include "tests/testing/scratch_dir.h"

#include <filesystem>
#include <string>

#include "gtest/gtest.h"

#include "tests/testing/subprocess.h"

namespace partnerlens::testing {
namespace {

namespace fs = std::filesystem;

TEST(ScratchDirTest, HoldsFilesUntilDestroyed) {
  std::string path;
  {
    const ScratchDir scratch;
    path = scratch.path();
    EXPECT_TRUE(fs::is_directory(path));
    EXPECT_NE(path.find("HoldsFilesUntilDestroyed"), std::string::npos);
    const std::string file = scratch.WriteFile("a/b.txt", "content");
    EXPECT_EQ(file, path + "/a/b.txt");
    EXPECT_EQ(ReadFileOrEmpty(file), "content");
    EXPECT_TRUE(fs::is_directory(scratch.Subdir("logs")));
  }
  EXPECT_FALSE(fs::exists(path));
}

}  // namespace
}  // namespace partnerlens::testing
