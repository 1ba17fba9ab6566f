// The partnerlens CLI against the real service binaries: submit a
// directory, read back with the consistency token, errors as
// "error: CODE: message", health.

#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"

#include "tests/e2e/service_pair.h"

namespace partnerlens::e2e {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

class CliE2eTest : public ServicePairFixture {
 protected:
  // Runs `partnerlens --ingest=... --query=... ARGS`.
  testing::CommandResult Cli(const std::vector<std::string>& args) {
    std::vector<std::string> argv = {
        CliBinary(), absl::StrCat("--ingest=", pair_->ingest().address()),
        absl::StrCat("--query=", pair_->query().address()), "--timeout=30"};
    argv.insert(argv.end(), args.begin(), args.end());
    return RunClient(argv);
  }
};

google::protobuf::Struct ParseJson(const std::string& json) {
  google::protobuf::Struct parsed;
  EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(json, &parsed).ok())
      << json;
  return parsed;
}

TEST_F(CliE2eTest, SubmitDirectoryThenReadBackWithTheToken) {
  const std::string seeds = SourceDir() + "/tests/testdata/seeds";
  const testing::CommandResult submit =
      Cli({"submit", "--ids-from-file-names", seeds});
  ASSERT_TRUE(submit.exit.success()) << submit.err;
  const google::protobuf::Struct summary = ParseJson(submit.out);
  EXPECT_EQ(summary.fields().at("submitted").number_value(), 4);
  EXPECT_EQ(summary.fields().at("created").number_value(), 4);
  EXPECT_EQ(summary.fields().at("failed").number_value(), 0);
  const std::string token =
      summary.fields().at("consistencyToken").string_value();
  ASSERT_FALSE(token.empty());

  const testing::CommandResult article =
      Cli({"article", absl::StrCat("--consistency-token=", token),
           "000_1cdf2a01273a9a39"});
  ASSERT_TRUE(article.exit.success()) << article.err;
  EXPECT_THAT(article.out, HasSubstr("\"id\": \"000_1cdf2a01273a9a39\""));
  EXPECT_THAT(article.out, HasSubstr("Zhejiang University of Technology"));

  const testing::CommandResult articles =
      Cli({"articles", "--all", "--page-size=1"});
  ASSERT_TRUE(articles.exit.success()) << articles.err;
  EXPECT_THAT(articles.out, HasSubstr("003_7b3f9680a6ed6afe"));
  EXPECT_THAT(articles.out, ::testing::Not(HasSubstr("nextPageToken")));

  // Submitting again creates nothing.
  const testing::CommandResult again =
      Cli({"submit", "--ids-from-file-names", seeds});
  ASSERT_TRUE(again.exit.success()) << again.err;
  EXPECT_EQ(ParseJson(again.out).fields().at("created").number_value(), 0);
}

TEST_F(CliE2eTest, ServiceErrorsPrintCodeAndExitOne) {
  const testing::CommandResult missing = Cli({"article", "no_such_article"});
  EXPECT_EQ(missing.exit.code, 1);
  EXPECT_THAT(missing.err, StartsWith("error: NOT_FOUND: "));

  const testing::CommandResult bad_page =
      Cli({"partnerships", "--page-size=-1"});
  EXPECT_EQ(bad_page.exit.code, 1);
  EXPECT_THAT(bad_page.err, StartsWith("error: INVALID_ARGUMENT: "));

  const testing::CommandResult bad_date = Cli({"events", "--from=2022-13"});
  EXPECT_EQ(bad_date.exit.code, 1);
  EXPECT_THAT(bad_date.err, StartsWith("error: INVALID_ARGUMENT: "));

  const std::string empty = scratch_.path() + "/empty.txt";
  { std::ofstream touch(empty); }
  const testing::CommandResult empty_submit = Cli({"submit", empty});
  EXPECT_EQ(empty_submit.exit.code, 1);
  EXPECT_THAT(empty_submit.err, StartsWith("error: INVALID_ARGUMENT: "));
}

TEST_F(CliE2eTest, HealthReportsBothServing) {
  const testing::CommandResult health = Cli({"health"});
  ASSERT_TRUE(health.exit.success()) << health.out << health.err;
  const google::protobuf::Struct report = ParseJson(health.out);
  for (const char* service : {"ingest", "query"}) {
    EXPECT_EQ(report.fields()
                  .at(service)
                  .struct_value()
                  .fields()
                  .at("status")
                  .string_value(),
              "SERVING")
        << service;
  }
}

}  // namespace
}  // namespace partnerlens::e2e
