#include "tools/article_files.h"

#include <filesystem>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "tests/testing/scratch_dir.h"

namespace partnerlens::tools {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

class ArticleFilesTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& name, const std::string& content) {
    return scratch_.WriteFile(name, content);
  }

  testing::ScratchDir scratch_;
  const fs::path dir_{scratch_.path()};
};

TEST(FormatOfPathTest, FollowsTheExtension) {
  EXPECT_EQ(FormatOfPath("a/b.txt"), ArticleFormat::kText);
  EXPECT_EQ(FormatOfPath("b.HTML"), ArticleFormat::kHtml);
  EXPECT_EQ(FormatOfPath("b.htm"), ArticleFormat::kHtml);
  EXPECT_EQ(FormatOfPath("b.md"), ArticleFormat::kGuess);
  EXPECT_EQ(FormatOfPath("noext"), ArticleFormat::kGuess);
}

TEST(StemOfPathTest, DropsDirectoryAndLastExtension) {
  EXPECT_EQ(StemOfPath("x/000_1cdf.txt"), "000_1cdf");
  EXPECT_EQ(StemOfPath("a.b.html"), "a.b");
  EXPECT_EQ(StemOfPath("plain"), "plain");
}

TEST_F(ArticleFilesTest, ReadsContentAndFormat) {
  const std::string path = Write("a.html", "<p>x\xFF</p>");
  auto file = ReadArticleFile(path);
  ASSERT_TRUE(file.ok()) << file.status();
  EXPECT_EQ(file->content, "<p>x\xFF</p>");
  EXPECT_EQ(file->stem, "a");
  EXPECT_EQ(file->format, ArticleFormat::kHtml);
}

TEST_F(ArticleFilesTest, MissingFileIsNotFound) {
  auto file = ReadArticleFile((dir_ / "missing.txt").string());
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(file.status().message()), HasSubstr("cannot read"));
  EXPECT_EQ(ReadArticleFile(dir_.string()).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_F(ArticleFilesTest, DirectoryExpandsToSortedArticleFiles) {
  const std::string b = Write("d/b.txt", "b");
  const std::string a = Write("d/a.html", "a");
  Write("d/notes.md", "skip");
  Write("d/sub/c.txt", "not recursive");
  const std::string single = Write("z.txt", "z");
  auto files = ExpandArticlePaths(
      std::vector<std::string>{single, (dir_ / "d").string()});
  ASSERT_TRUE(files.ok()) << files.status();
  EXPECT_THAT(*files, ElementsAre(single, a, b));
}

TEST_F(ArticleFilesTest, ExpansionErrors) {
  EXPECT_EQ(
      ExpandArticlePaths(std::vector<std::string>{(dir_ / "nope").string()})
          .status()
          .code(),
      absl::StatusCode::kNotFound);
  EXPECT_EQ(ExpandArticlePaths(std::vector<std::string>{dir_.string()})
                .status()
                .code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ExpandArticlePaths({}).status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace partnerlens::tools
