#include "common/config/command_line.h"

#include <cstdlib>
#include <string>

#include "absl/flags/flag.h"
#include "gtest/gtest.h"

ABSL_FLAG(std::string, test_listen, "default", "A flag for the test.");
ABSL_FLAG(int, test_port, 1, "Another flag for the test.");

namespace partnerlens::config {
namespace {

constexpr EnvironmentFlag kFlags[] = {
    {"test_listen", "PARTNERLENS_TEST_LISTEN"},
    {"test_port", "PARTNERLENS_TEST_PORT"},
};

TEST(ApplyEnvironmentTest, SetsFlagsFromVariables) {
  setenv("PARTNERLENS_TEST_LISTEN", "127.0.0.1:9", 1);
  unsetenv("PARTNERLENS_TEST_PORT");
  ASSERT_TRUE(ApplyEnvironment(kFlags).ok());
  EXPECT_EQ(absl::GetFlag(FLAGS_test_listen), "127.0.0.1:9");
  EXPECT_EQ(absl::GetFlag(FLAGS_test_port), 1);
  unsetenv("PARTNERLENS_TEST_LISTEN");
}

TEST(ApplyEnvironmentTest, RejectsMalformedValues) {
  setenv("PARTNERLENS_TEST_PORT", "twelve", 1);
  const absl::Status status = ApplyEnvironment(kFlags);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(status.message().find("PARTNERLENS_TEST_PORT"), std::string::npos);
  unsetenv("PARTNERLENS_TEST_PORT");
}

TEST(ApplyEnvironmentTest, ReportsUnknownFlags) {
  constexpr EnvironmentFlag kUnknown[] = {{"no_such_flag", "PATH"}};
  EXPECT_EQ(ApplyEnvironment(kUnknown).code(), absl::StatusCode::kInternal);
}

}  // namespace
}  // namespace partnerlens::config
