#include "tools/extract_command.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"

#include "tests/testing/scratch_dir.h"

namespace partnerlens::tools {
namespace {

namespace fs = std::filesystem;
using google::protobuf::Value;
using ::testing::HasSubstr;

class ExtractCommandTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& name, const std::string& content) {
    return scratch_.WriteFile(name, content);
  }

  testing::ScratchDir scratch_;
  const fs::path dir_{scratch_.path()};
};

ExtractOptions Options(std::vector<std::string> paths,
                       std::string published_date = "",
                       std::string out_dir = "") {
  ExtractOptions options;
  options.paths = std::move(paths);
  options.published_date = std::move(published_date);
  options.out_dir = std::move(out_dir);
  return options;
}

Value ParseJson(const std::string& json) {
  Value value;
  EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(json, &value).ok())
      << json;
  return value;
}

std::string ArticleId(const Value& record) {
  return record.struct_value()
      .fields()
      .at("article")
      .struct_value()
      .fields()
      .at("id")
      .string_value();
}

TEST_F(ExtractCommandTest, OneFilePrintsOneObject) {
  const std::string path = Write("000_abc.txt", "Fan Jing met Huang.");
  std::ostringstream out;
  ASSERT_TRUE(RunExtract(Options({path}, "2024-04-18"), out).ok());
  const Value record = ParseJson(out.str());
  EXPECT_EQ(ArticleId(record), "000_abc");
  const auto& fields = record.struct_value().fields();
  for (const char* list :
       {"organizations", "people", "events", "partnerships"}) {
    EXPECT_EQ(fields.at(list).kind_case(), Value::kListValue) << list;
  }
  EXPECT_EQ(fields.at("article")
                .struct_value()
                .fields()
                .at("publishedDate")
                .string_value(),
            "2024-04-18");
}

TEST_F(ExtractCommandTest, SeveralFilesPrintAnArray) {
  const std::string a = Write("a.txt", "One.");
  const std::string b =
      Write("b.html", "<html><body><p>Two.</p></body></html>");
  std::ostringstream out;
  ASSERT_TRUE(RunExtract(Options({a, b}), out).ok());
  const Value array = ParseJson(out.str());
  ASSERT_EQ(array.list_value().values_size(), 2);
  EXPECT_EQ(ArticleId(array.list_value().values(0)), "a");
  EXPECT_EQ(ArticleId(array.list_value().values(1)), "b");
}

TEST_F(ExtractCommandTest, OutDirGetsOneFilePerInput) {
  fs::create_directories(dir_ / "in");
  Write("in/x1.txt", "One.");
  Write("in/x2.txt", "Two.");
  const fs::path out_dir = dir_ / "out" / "nested";
  std::ostringstream out;
  ASSERT_TRUE(
      RunExtract(Options({(dir_ / "in").string()}, "", out_dir.string()), out)
          .ok());
  for (const char* stem : {"x1", "x2"}) {
    std::ifstream in(out_dir / absl::StrCat(stem, ".json"));
    std::stringstream json;
    json << in.rdbuf();
    EXPECT_EQ(ArticleId(ParseJson(json.str())), stem);
    EXPECT_THAT(out.str(), HasSubstr(absl::StrCat(stem, ".json")));
  }
}

TEST_F(ExtractCommandTest, UnreadableFileFailsAndPrintsNothing) {
  const std::string good = Write("good.txt", "One.");
  std::ostringstream out;
  const absl::Status status =
      RunExtract(Options({good, (dir_ / "missing.txt").string()}), out);
  EXPECT_EQ(status.code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(status.message()), HasSubstr("missing.txt"));
  EXPECT_EQ(out.str(), "");
}

TEST_F(ExtractCommandTest, RejectsBadDateAndDuplicateStems) {
  const std::string a = Write("a.txt", "One.");
  const std::string a_html = Write("a.html", "<p>One.</p>");
  std::ostringstream out;
  EXPECT_EQ(RunExtract(Options({a}, "2024-13-01"), out).code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(RunExtract(Options({a, a_html}), out).code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(ValidateDateFlagTest, AcceptsIsoPrefixes) {
  for (const char* good : {"", "2024", "2024-05", "2024-05-17"}) {
    EXPECT_TRUE(ValidateDateFlag("d", good).ok()) << good;
  }
  for (const char* bad : {"24", "2024-5", "2024-00", "2024-05-32", "2024/05/17",
                          "2024-05-17T00", "x"}) {
    EXPECT_EQ(ValidateDateFlag("d", bad).code(),
              absl::StatusCode::kInvalidArgument)
        << bad;
  }
}

}  // namespace
}  // namespace partnerlens::tools
