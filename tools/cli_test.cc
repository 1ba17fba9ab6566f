#include "tools/cli.h"

#include <sstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace partnerlens::tools {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

struct CliRun {
  int code = 0;
  std::string out;
  std::string err;
};

CliRun RunPartnerlens(const std::vector<std::string>& args) {
  std::ostringstream out;
  std::ostringstream err;
  CliRun run;
  run.code = RunCli(args, out, err, /*interactive=*/false);
  run.out = out.str();
  run.err = err.str();
  return run;
}

TEST(CliTest, HelpListsEveryCommandAndGlobalFlag) {
  for (const auto& args :
       {std::vector<std::string>{"--help"}, std::vector<std::string>{"-h"},
        std::vector<std::string>{"help"}}) {
    const CliRun run = RunPartnerlens(args);
    EXPECT_EQ(run.code, kExitOk);
    for (const char* word :
         {"extract", "submit", "org ", "partnerships", "people", "person",
          "events", "article", "--ingest=HOST:PORT", "--query=HOST:PORT",
          "--timeout=SECONDS"}) {
      EXPECT_THAT(run.out, HasSubstr(word));
    }
  }
}

TEST(CliTest, CommandHelpListsItsFlags) {
  const CliRun run = RunPartnerlens({"help", "partnerships"});
  EXPECT_EQ(run.code, kExitOk);
  for (const char* flag : {"--org=", "--kind=", "--status=", "--from=", "--to=",
                           "--page-size=", "--all", "JOINT_LAB"}) {
    EXPECT_THAT(run.out, HasSubstr(flag));
  }
  EXPECT_THAT(RunPartnerlens({"extract", "--help"}).out,
              HasSubstr("--out=DIR"));
  EXPECT_THAT(RunPartnerlens({"submit", "-h"}).out,
              HasSubstr("--ids-from-file-names"));
}

TEST(CliTest, BadCommandLinesExitTwo) {
  const struct {
    std::vector<std::string> args;
    std::string error;
  } cases[] = {
      {{}, "Usage: partnerlens"},
      {{"frobnicate"}, "error: INVALID_ARGUMENT: unknown command"},
      {{"org", "--bogus", "x"}, "unknown flag --bogus"},
      {{"--bogus", "org", "x"}, "unknown flag --bogus"},
      {{"help", "nope"}, "unknown command"},
      {{"--timeout=0", "org", "x"}, "--timeout wants a positive number"},
  };
  for (const auto& c : cases) {
    const CliRun run = RunPartnerlens(c.args);
    EXPECT_EQ(run.code, kExitUsage) << c.error;
    EXPECT_THAT(run.err, HasSubstr(c.error));
  }
}

TEST(CliTest, UnreachableServiceIsUnavailable) {
  // Port 1 on loopback: nothing listens there, the connection is refused.
  const CliRun run =
      RunPartnerlens({"org", "--query=127.0.0.1:1", "--timeout=5", "Huashu"});
  EXPECT_EQ(run.code, kExitFailure);
  EXPECT_THAT(run.err, StartsWith("error: UNAVAILABLE: "));
}

TEST(CliTest, HealthReportsServicesThatDoNotRun) {
  const CliRun run =
      RunPartnerlens({"health", "--ingest=127.0.0.1:1", "--query=127.0.0.1:1"});
  EXPECT_EQ(run.code, kExitFailure);
  EXPECT_THAT(run.out, HasSubstr("\"status\": \"UNAVAILABLE\""));
  EXPECT_THAT(run.err, HasSubstr("error: UNAVAILABLE: not serving: ingest"));
  EXPECT_EQ(RunPartnerlens({"health", "--only=both"}).code, kExitFailure);
}

TEST(CliTest, ExtractMissingFileFailsClearly) {
  const CliRun run = RunPartnerlens({"extract", "/nonexistent/article.txt"});
  EXPECT_EQ(run.code, kExitFailure);
  EXPECT_THAT(run.err, HasSubstr("/nonexistent/article.txt"));
  EXPECT_EQ(run.out, "");
}

}  // namespace
}  // namespace partnerlens::tools
