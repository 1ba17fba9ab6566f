#include "tools/cli_args.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace partnerlens::tools {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

const std::vector<FlagSpec>& Specs() {
  static const auto* specs = new std::vector<FlagSpec>{
      {"org", true, "X", "an organization"},
      {"page-size", true, "N", "page size"},
      {"all", false, "", "every page"},
  };
  return *specs;
}

TEST(ParseArgsTest, ReadsAllFlagForms) {
  const std::vector<std::string> args = {
      "--org=Huashu Group", "x", "--page-size", "-5", "--all", "y"};
  auto result = ParseArgs(args, Specs());
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(result->args.Get("org"), "Huashu Group");
  EXPECT_EQ(result->args.Get("page-size"), "-5");
  EXPECT_TRUE(result->args.Has("all"));
  EXPECT_FALSE(result->args.Get("missing").has_value());
  EXPECT_EQ(result->args.GetOr("missing", "d"), "d");
  EXPECT_THAT(result->args.positional(), ElementsAre("x", "y"));
  EXPECT_EQ(result->consumed, args.size());
}

TEST(ParseArgsTest, SwitchMayBeSetFalse) {
  const std::vector<std::string> args = {"--all=false"};
  auto result = ParseArgs(args, Specs());
  ASSERT_TRUE(result.ok());
  EXPECT_FALSE(result->args.Has("all"));
}

TEST(ParseArgsTest, DoubleDashEndsFlags) {
  const std::vector<std::string> args = {"--all", "--", "--org", "-"};
  auto result = ParseArgs(args, Specs());
  ASSERT_TRUE(result.ok());
  EXPECT_THAT(result->args.positional(), ElementsAre("--org", "-"));
}

TEST(ParseArgsTest, StopsAtFirstPositionalWhenAsked) {
  const std::vector<std::string> args = {"--org", "A", "cmd", "--all"};
  auto result = ParseArgs(args, Specs(), ParseMode::kStopAtFirstPositional);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->consumed, 2);
  EXPECT_TRUE(result->args.positional().empty());
  EXPECT_FALSE(result->args.Has("all"));
}

TEST(ParseArgsTest, RejectsBadFlags) {
  const struct {
    std::vector<std::string> args;
    std::string message;
  } cases[] = {
      {{"--nope"}, "unknown flag --nope"},
      {{"--org"}, "flag --org needs a value"},
      {{"--all=yes"}, "flag --all takes no value"},
      {{"--org=a", "--org=b"}, "flag --org given twice"},
  };
  for (const auto& c : cases) {
    auto result = ParseArgs(c.args, Specs());
    ASSERT_FALSE(result.ok()) << c.message;
    EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(std::string(result.status().message()), HasSubstr(c.message));
  }
}

TEST(FormatFlagHelpTest, AlignsHelpColumns) {
  EXPECT_EQ(FormatFlagHelp(Specs()),
            "  --org=X        an organization\n"
            "  --page-size=N  page size\n"
            "  --all          every page\n");
}

TEST(ParseIntFlagTest, ParsesIntegersOnly) {
  EXPECT_EQ(*ParseIntFlag("n", "42"), 42);
  EXPECT_EQ(*ParseIntFlag("n", "-1"), -1);
  EXPECT_FALSE(ParseIntFlag("n", "4x").ok());
  EXPECT_FALSE(ParseIntFlag("n", "").ok());
  EXPECT_FALSE(ParseIntFlag("n", "99999999999").ok());
}

}  // namespace
}  // namespace partnerlens::tools
