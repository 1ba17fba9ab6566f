#include "tests/testing/scratch_dir.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace partnerlens::testing {

namespace fs = std::filesystem;

ScratchDir::ScratchDir() {
  const ::testing::TestInfo* test =
      ::testing::UnitTest::GetInstance()->current_test_info();
  path_ = (fs::path(::testing::TempDir()) /
           absl::StrCat("partnerlens_", test->test_suite_name(), "_",
                        test->name(), "_", getpid()))
              .string();
  std::error_code ec;
  fs::remove_all(path_, ec);
  fs::create_directories(path_, ec);
}

ScratchDir::~ScratchDir() {
  if (::testing::Test::HasFailure() ||
      std::getenv("PARTNERLENS_KEEP_TEST_DIRS") != nullptr) {
    return;
  }
  std::error_code ec;
  fs::remove_all(path_, ec);
}

std::string ScratchDir::Subdir(const std::string& name) const {
  std::string dir = absl::StrCat(path_, "/", name);
  std::error_code ec;
  fs::create_directories(dir, ec);
  return dir;
}

std::string ScratchDir::WriteFile(const std::string& name,
                                  const std::string& content) const {
  const fs::path file = fs::path(path_) / name;
  std::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  std::ofstream out(file, std::ios::binary);
  out << content;
  EXPECT_TRUE(out.good()) << "cannot write " << file;
  return file.string();
}

}  // namespace partnerlens::testing
