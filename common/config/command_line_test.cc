#include "common/config/command_line.h"

#include <cstdlib>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "glog/logging.h"
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

struct TestOptions {
  std::string listen;
  int port = 0;

  absl::Status Validate() const {
    if (port > 0) return absl::OkStatus();
    return absl::InvalidArgumentError("test_port must be positive");
  }
};

TestOptions TestOptionsFromFlags() {
  return {absl::GetFlag(FLAGS_test_listen), absl::GetFlag(FLAGS_test_port)};
}

constexpr ServiceCommandLine kCommandLine = {
    "common/config/command_line_test.cc", "A test.", kFlags};

TEST(OptionsFromCommandLineTest, ReportsABadVariableBeforeParsing) {
  setenv("PARTNERLENS_TEST_PORT", "twelve", 1);
  std::string program = "command_line_test";
  std::vector<char*> argv = {program.data()};
  const absl::StatusOr<TestOptions> options = OptionsFromCommandLine(
      1, argv.data(), kCommandLine, &TestOptionsFromFlags);
  EXPECT_EQ(options.status().code(), absl::StatusCode::kInvalidArgument);
  unsetenv("PARTNERLENS_TEST_PORT");
}

// The whole start of main(); the only test that gets this far, since absl
// exits when the usage message is set twice in one process.
TEST(OptionsFromCommandLineTest, CommandLineWinsOverEnvironment) {
  setenv("PARTNERLENS_TEST_LISTEN", "from-env", 1);
  setenv("PARTNERLENS_TEST_PORT", "3", 1);
  std::string program = "command_line_test";
  std::string port = "--test_port=7";
  std::vector<char*> argv = {program.data(), port.data()};
  const absl::StatusOr<TestOptions> options = OptionsFromCommandLine(
      2, argv.data(), kCommandLine, &TestOptionsFromFlags);
  ASSERT_TRUE(options.ok()) << options.status();
  EXPECT_EQ(options->listen, "from-env");
  EXPECT_EQ(options->port, 7);
  EXPECT_TRUE(google::IsGoogleLoggingInitialized());
  unsetenv("PARTNERLENS_TEST_LISTEN");
  unsetenv("PARTNERLENS_TEST_PORT");
}

}  // namespace
}  // namespace partnerlens::config
