// Golden tests of the whole extraction: every tests/testdata/articles/*.txt
// is run through ExtractArticle and its records are rendered one sorted line
// per record, then compared with tests/golden/<article>.golden.
//
// With PARTNERLENS_UPDATE_GOLDENS=1 the goldens are rewritten from the
// current output instead and the tests pass; review the diff before
// committing it.

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"

#include "ingest_service/extraction/pipeline.h"
#include "ingest_service/extraction/resources.h"
#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {
namespace {

namespace fs = std::filesystem;

fs::path SourceDir() { return fs::path(PARTNERLENS_SOURCE_DIR); }
fs::path ArticlesDir() { return SourceDir() / "tests/testdata/articles"; }
fs::path GoldenDir() { return SourceDir() / "tests/golden"; }

bool UpdateGoldens() {
  const char* update = std::getenv("PARTNERLENS_UPDATE_GOLDENS");
  return update != nullptr && std::string(update) == "1";
}

const ExtractionResources& Resources() {
  static const ExtractionResources* const resources = [] {
    auto loaded = LoadBuiltinResources();
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status();
      std::abort();
    }
    return loaded->release();
  }();
  return *resources;
}

// Article file stems, sorted.
std::vector<std::string> ArticleNames() {
  std::vector<std::string> names;
  std::error_code error;
  for (const fs::directory_entry& entry :
       fs::directory_iterator(ArticlesDir(), error)) {
    if (entry.path().extension() == ".txt") {
      names.push_back(entry.path().stem().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

// Tabs and line breaks inside a field would break the line format.
std::string Field(absl::string_view value) {
  std::string out(value);
  std::replace(out.begin(), out.end(), '\t', ' ');
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

std::string SortedList(std::vector<std::string> values) {
  for (std::string& value : values) value = Field(value);
  std::sort(values.begin(), values.end());
  return absl::StrJoin(values, "|");
}

std::string OrgLine(const OrganizationRecord& org) {
  return absl::StrCat("org\t", OrgKindName(org.kind), "\t", Field(org.name),
                      "\taliases=", SortedList(org.aliases),
                      "\tparent=", Field(org.parent));
}

std::string PersonLine(const PersonRecord& person) {
  std::vector<std::string> positions;
  for (const PositionRecord& p : person.positions) {
    positions.push_back(absl::StrCat(p.title, " @ ", p.organization));
  }
  return absl::StrCat("person\t", Field(person.name),
                      "\tpositions=", SortedList(positions));
}

std::string EventLine(const EventRecord& event) {
  return absl::StrCat("event\t", EventKindName(event.kind), "\t",
                      Field(event.name), "\tdate=", event.date,
                      "\tlocation=", Field(event.location),
                      "\torgs=", SortedList(event.organizations),
                      "\tpeople=", SortedList(event.people));
}

std::string PartnershipLine(const PartnershipRecord& p) {
  return absl::StrCat("partnership\t", PartnershipKindName(p.kind), "\t",
                      PartnershipStatusName(p.status), "\tdate=", p.date,
                      "\torgs=", SortedList(p.organizations),
                      "\tevidence=", Field(p.evidence));
}

// The records of `records`, one sorted line each, after an article line.
std::vector<std::string> RenderRecords(const ArticleRecords& records) {
  std::vector<std::string> lines;
  for (const auto& org : records.organizations) lines.push_back(OrgLine(org));
  for (const auto& person : records.people) lines.push_back(PersonLine(person));
  for (const auto& event : records.events) lines.push_back(EventLine(event));
  for (const auto& p : records.partnerships) {
    lines.push_back(PartnershipLine(p));
  }
  std::sort(lines.begin(), lines.end());
  lines.insert(lines.begin(),
               absl::StrCat("article\tpublished=", records.published_date,
                            "\ttitle=", Field(records.title)));
  return lines;
}

std::vector<std::string> SplitLines(absl::string_view text) {
  return absl::StrSplit(text, '\n', absl::SkipEmpty());
}

// "- line" for lines only in `want`, "+ line" for lines only in `got`.
std::string LineDiff(std::vector<std::string> want,
                     std::vector<std::string> got) {
  std::sort(want.begin(), want.end());
  std::sort(got.begin(), got.end());
  std::vector<std::string> missing;
  std::vector<std::string> extra;
  std::set_difference(want.begin(), want.end(), got.begin(), got.end(),
                      std::back_inserter(missing));
  std::set_difference(got.begin(), got.end(), want.begin(), want.end(),
                      std::back_inserter(extra));
  std::string out;
  for (const std::string& line : missing) {
    absl::StrAppend(&out, "- ", line, "\n");
  }
  for (const std::string& line : extra) {
    absl::StrAppend(&out, "+ ", line, "\n");
  }
  return out;
}

std::vector<std::string> ExtractLines(const std::string& name) {
  ArticleInput input;
  input.content = ReadFile(ArticlesDir() / (name + ".txt"));
  return RenderRecords(ExtractArticle(input, Resources()));
}

class GoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenTest, RecordsMatchTheGolden) {
  const std::vector<std::string> got = ExtractLines(GetParam());
  const fs::path golden = GoldenDir() / (GetParam() + ".golden");
  if (UpdateGoldens()) {
    std::ofstream out(golden, std::ios::binary | std::ios::trunc);
    out << absl::StrJoin(got, "\n") << "\n";
    ASSERT_TRUE(out.good()) << "cannot write " << golden;
    return;
  }
  ASSERT_TRUE(fs::exists(golden))
      << golden << " is missing; run with PARTNERLENS_UPDATE_GOLDENS=1";
  const std::vector<std::string> want = SplitLines(ReadFile(golden));
  const std::string diff = LineDiff(want, got);
  EXPECT_TRUE(diff.empty())
      << GetParam() << ": records differ from " << golden.filename()
      << " (- golden, + now); if the change is right, rerun with "
         "PARTNERLENS_UPDATE_GOLDENS=1 and review the diff:\n"
      << diff;
}

// Test names made of the article names.
std::string TestName(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (char& c : name) {
    if (!absl::ascii_isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Articles, GoldenTest,
                         ::testing::ValuesIn(ArticleNames()), TestName);

TEST(GoldenFilesTest, EveryArticleHasAGoldenAndEveryGoldenAnArticle) {
  const std::vector<std::string> articles = ArticleNames();
  ASSERT_GE(articles.size(), 6U) << "no articles in " << ArticlesDir();
  if (UpdateGoldens()) return;
  std::error_code error;
  for (const fs::directory_entry& entry :
       fs::directory_iterator(GoldenDir(), error)) {
    if (entry.path().extension() != ".golden") continue;
    const std::string stem = entry.path().stem().string();
    EXPECT_TRUE(std::binary_search(articles.begin(), articles.end(), stem))
        << entry.path().filename() << " has no article";
  }
}

}  // namespace
}  // namespace partnerlens::extraction
