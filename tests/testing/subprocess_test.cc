#include "tests/testing/subprocess.h"

#include <signal.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "gtest/gtest.h"

#include "tests/testing/scratch_dir.h"

namespace partnerlens::testing {
namespace {

namespace fs = std::filesystem;

class SubprocessTest : public ::testing::Test {
 protected:
  ScratchDir scratch_;
  const fs::path dir_{scratch_.path()};
};

TEST_F(SubprocessTest, RunCommandCapturesOutputAndExitCode) {
  absl::StatusOr<CommandResult> result = RunCommand(
      {"/bin/sh", "-c", "echo out; echo err >&2; echo $PL_TEST_VAR; exit 3"},
      dir_.string(), absl::Seconds(30), {{"PL_TEST_VAR", "set"}});
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_TRUE(result->exit.exited);
  EXPECT_EQ(result->exit.code, 3);
  EXPECT_EQ(result->out, "out\nset\n");
  EXPECT_EQ(result->err, "err\n");
}

TEST_F(SubprocessTest, MissingBinaryExits127) {
  absl::StatusOr<CommandResult> result =
      RunCommand({"/nonexistent/binary"}, dir_.string(), absl::Seconds(30));
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->exit.code, 127);
}

TEST_F(SubprocessTest, RunCommandKillsWhatOutlivesTheTimeout) {
  absl::StatusOr<CommandResult> result =
      RunCommand({"/bin/sleep", "30"}, dir_.string(), absl::Milliseconds(200));
  EXPECT_EQ(result.status().code(), absl::StatusCode::kDeadlineExceeded);
}

TEST_F(SubprocessTest, StopTerminatesGracefully) {
  SubprocessOptions options;
  options.argv = {"/bin/sleep", "30"};
  auto process = Subprocess::Start(options);
  ASSERT_TRUE(process.ok());
  EXPECT_TRUE((*process)->Running());
  const ExitInfo exit = (*process)->Stop(absl::Seconds(10));
  EXPECT_FALSE(exit.exited);
  EXPECT_EQ(exit.signal, SIGTERM);
  EXPECT_FALSE((*process)->Running());
}

TEST_F(SubprocessTest, StopKillsAProcessThatIgnoresSigterm) {
  SubprocessOptions options;
  // The shell ignores TERM and so does the sleep it starts; the whole
  // process group gets SIGKILL after the grace period.
  options.argv = {"/bin/sh", "-c", "trap '' TERM; /bin/sleep 30; exit 0"};
  auto process = Subprocess::Start(options);
  ASSERT_TRUE(process.ok());
  absl::SleepFor(absl::Milliseconds(100));  // let the trap be set
  const absl::Time start = absl::Now();
  const ExitInfo exit = (*process)->Stop(absl::Milliseconds(300));
  EXPECT_EQ(exit.signal, SIGKILL);
  EXPECT_LT(absl::Now() - start, absl::Seconds(10));
}

TEST_F(SubprocessTest, DestructorStopsTheChild) {
  pid_t pid = 0;
  {
    SubprocessOptions options;
    options.argv = {"/bin/sleep", "30"};
    auto process = Subprocess::Start(options);
    ASSERT_TRUE(process.ok());
    pid = (*process)->pid();
  }
  EXPECT_NE(kill(pid, 0), 0);  // reaped and gone
}

}  // namespace
}  // namespace partnerlens::testing
