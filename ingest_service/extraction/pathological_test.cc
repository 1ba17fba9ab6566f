// Adversarial inputs through the whole ExtractArticle: each must finish and
// give a sane result. Times are not asserted here; bench/ measures them
// (partnerlens-bench --benchmark_filter=pathological) and shows that time
// per MiB stays flat from 256 KiB to 1 MiB.

#include <utf8proc.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "gtest/gtest.h"

#include "ingest_service/extraction/pipeline.h"
#include "ingest_service/extraction/resources.h"
#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {
namespace {

constexpr size_t kMiB = size_t{1024} * 1024;

const ExtractionResources& Resources() {
  static const ExtractionResources* const resources = [] {
    auto loaded = LoadBuiltinResources();
    if (!loaded.ok()) {
      std::fprintf(stderr, "%s\n", loaded.status().ToString().c_str());
      std::abort();
    }
    return loaded->release();
  }();
  return *resources;
}

std::string Repeat(absl::string_view unit, size_t bytes) {
  std::string out;
  out.reserve(bytes);
  while (out.size() + unit.size() <= bytes) {
    out.append(unit.data(), unit.size());
  }
  return out;
}

// A distinct capitalised word per n: "A", "B", ..., "Ab", "Bb", ...
std::string DistinctWord(size_t n) {
  std::string word(1, static_cast<char>('A' + n % 26));
  for (n /= 26; n > 0; n /= 26) word += static_cast<char>('a' + n % 26);
  return word;
}

// Items made from DistinctWord(n) by `item` until `bytes` is reached.
std::string DistinctItems(size_t bytes,
                          const std::function<std::string(size_t)>& item) {
  std::string out;
  for (size_t n = 0;; ++n) {
    const std::string next = item(n);
    if (out.size() + next.size() > bytes) return out;
    out += next;
  }
}

std::string NestedDivs(int depth) {
  std::string html;
  for (int i = 0; i < depth; ++i) html += "<div>";
  html += "Deep text.";
  for (int i = 0; i < depth; ++i) html += "</div>";
  return html;
}

bool IsValidUtf8(absl::string_view text) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  for (size_t pos = 0; pos < text.size();) {
    utf8proc_int32_t code_point = 0;
    const utf8proc_ssize_t n = utf8proc_iterate(
        bytes + pos, static_cast<utf8proc_ssize_t>(text.size() - pos),
        &code_point);
    if (n <= 0) return false;
    pos += n;
  }
  return true;
}

size_t RecordCount(const ArticleRecords& r) {
  return r.organizations.size() + r.people.size() + r.events.size() +
         r.partnerships.size();
}

bool SpansInside(const std::vector<Span>& spans, size_t size) {
  for (const Span& span : spans) {
    if (span.begin < 0 || span.begin > span.end ||
        static_cast<size_t>(span.end) > size) {
      return false;
    }
  }
  return true;
}

// What every result must satisfy, whatever the input.
void ExpectWellFormed(const ArticleRecords& r) {
  EXPECT_TRUE(IsValidUtf8(r.text));
  for (size_t i = 1; i < r.anchors.size(); ++i) {
    ASSERT_LE(r.anchors[i - 1].normalized, r.anchors[i].normalized);
  }
  for (const OrganizationRecord& org : r.organizations) {
    EXPECT_FALSE(org.name.empty());
    EXPECT_TRUE(SpansInside(org.mentions, r.text.size())) << org.name;
  }
  for (const PersonRecord& person : r.people) {
    EXPECT_TRUE(SpansInside(person.mentions, r.text.size())) << person.name;
  }
  for (const PartnershipRecord& partnership : r.partnerships) {
    EXPECT_TRUE(SpansInside({partnership.evidence_span}, r.text.size()));
  }
}

struct PathologicalCase {
  const char* name;
  ContentFormat format;
  std::function<std::string()> content;
  std::function<void(const std::string& content, const ArticleRecords&)> expect;
};

// gtest prints the case by name rather than as bytes.
void PrintTo(const PathologicalCase& c, std::ostream* os) { *os << c.name; }

// Plain ASCII text comes through whole (only the last space may go).
void ExpectTextKeptNothingFound(const std::string& content,
                                const ArticleRecords& r) {
  EXPECT_GE(r.text.size() + 1, content.size());
  EXPECT_EQ(RecordCount(r), 0U);
}

// One character, or one bad byte sequence, over and over.
std::vector<PathologicalCase> CharacterCases() {
  return {
      {"RepeatedLetter", ContentFormat::kText,
       [] { return std::string(kMiB, 'a'); }, ExpectTextKeptNothingFound},
      {"RepeatedSpace", ContentFormat::kText,
       [] { return std::string(kMiB, ' '); },
       [](const std::string&, const ArticleRecords& r) {
         EXPECT_EQ(r.text, "");
         EXPECT_EQ(RecordCount(r), 0U);
       }},
      {"RepeatedPeriod", ContentFormat::kText,
       [] { return std::string(kMiB, '.'); }, ExpectTextKeptNothingFound},
      {"RepeatedLessThan", ContentFormat::kGuess,
       [] { return std::string(kMiB, '<'); }, ExpectTextKeptNothingFound},
      {"InvalidUtf8", ContentFormat::kText,
       [] {
         return Repeat("\x80\xBF\xC0\xAF\xE2\x82\xF0\x9F\x98\xFF\xFE", kMiB);
       },
       [](const std::string&, const ArticleRecords& r) {
         // Every bad sequence becomes U+FFFD; nothing is a name.
         EXPECT_TRUE(absl::StartsWith(r.text, "\xEF\xBF\xBD"));
         EXPECT_EQ(RecordCount(r), 0U);
       }},
  };
}

// Text shaped to defeat sentence splitting, HTML parsing and cue rules.
std::vector<PathologicalCase> StructureCases() {
  return {
      {"NoSentenceEnd", ContentFormat::kText,
       [] { return Repeat("signed an agreement with the partner and ", kMiB); },
       ExpectTextKeptNothingFound},
      {"DeeplyNestedHtml", ContentFormat::kHtml,
       [] { return NestedDivs(100000); },
       [](const std::string&, const ArticleRecords& r) {
         EXPECT_EQ(r.text, "Deep text.");
         EXPECT_EQ(RecordCount(r), 0U);
       }},
      {"DeeplyNestedHtmlGuessed", ContentFormat::kGuess,
       [] { return NestedDivs(100000); },
       [](const std::string&, const ArticleRecords& r) {
         EXPECT_EQ(r.text, "Deep text.");
       }},
      {"RepeatedHonorific", ContentFormat::kText,
       [] { return Repeat("Dr. ", kMiB); }, ExpectTextKeptNothingFound},
      {"RepeatedAnaphor", ContentFormat::kText,
       [] { return Repeat("the group ", kMiB); }, ExpectTextKeptNothingFound},
      {"RepeatedDate", ContentFormat::kText,
       [] { return Repeat("April 17 ", kMiB); },
       [](const std::string& content, const ArticleRecords& r) {
         EXPECT_GE(r.text.size() + 1, content.size());
         EXPECT_TRUE(r.organizations.empty());
         EXPECT_TRUE(r.people.empty());
       }},
  };
}

// Many names in one article: stresses entity resolution.
std::vector<PathologicalCase> NameCases() {
  return {
      {"CapitalisedWords", ContentFormat::kText,
       [] {
         return DistinctItems(
             kMiB, [](size_t n) { return absl::StrCat(DistinctWord(n), " "); });
       },
       [](const std::string&, const ArticleRecords& r) {
         // Unknown capitalised words are not a flood of names.
         EXPECT_LT(RecordCount(r), 1000U);
       }},
      {"UniversityList", ContentFormat::kText,
       [] {
         return DistinctItems(kMiB, [](size_t n) {
           return absl::StrCat(DistinctWord(n), " University, ");
         });
       },
       [](const std::string& content, const ArticleRecords& r) {
         const size_t items = content.size() / 16;  // ~16 bytes per item
         EXPECT_GT(r.organizations.size(), items / 2);
         EXPECT_LE(r.organizations.size(), content.size() / 14);
         EXPECT_TRUE(r.people.empty());
       }},
      {"AcronymList", ContentFormat::kText,
       [] {
         return DistinctItems(kMiB, [](size_t n) {
           const std::string a = DistinctWord(n * 7919 + 3);
           const std::string b = DistinctWord(n * 104729 + 5);
           return absl::StrCat(a, " ", b, " Institute (", a.substr(0, 1),
                               b.substr(0, 1), "I). ");
         });
       },
       [](const std::string& content, const ArticleRecords& r) {
         EXPECT_GT(r.organizations.size(), 0U);
         EXPECT_LE(r.organizations.size(), content.size() / 20);
       }},
  };
}

std::vector<PathologicalCase> Cases() {
  std::vector<PathologicalCase> cases = CharacterCases();
  for (auto more : {StructureCases(), NameCases()}) {
    cases.insert(cases.end(), more.begin(), more.end());
  }
  return cases;
}

class PathologicalTest : public testing::TestWithParam<PathologicalCase> {};

TEST_P(PathologicalTest, FinishesWithSaneRecords) {
  const PathologicalCase& c = GetParam();
  ArticleInput input;
  input.content = c.content();
  input.format = c.format;
  const ArticleRecords records = ExtractArticle(input, Resources());
  ExpectWellFormed(records);
  c.expect(input.content, records);
}

TEST_P(PathologicalTest, FinishesWithPublishedDate) {
  const PathologicalCase& c = GetParam();
  ArticleInput input;
  input.content = c.content().substr(0, size_t{64} * 1024);
  input.format = c.format;
  input.published_date = "2024-05-17";
  const ArticleRecords records = ExtractArticle(input, Resources());
  ExpectWellFormed(records);
  EXPECT_EQ(records.published_date, "2024-05-17");
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, PathologicalTest, testing::ValuesIn(Cases()),
    [](const testing::TestParamInfo<PathologicalCase>& info) {
      return std::string(info.param.name);
    });

}  // namespace
}  // namespace partnerlens::extraction
