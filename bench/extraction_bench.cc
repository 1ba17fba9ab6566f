// Google Benchmark of the whole extraction (ExtractArticle):
// - extract/corpus: the seed and dev articles of tests/testdata, reported in
//   bytes of article text per second (target: 5 MB/s on one core);
// - extract/conll: the CoNLL-2003 dev texts (many short Reuters articles);
// - pathological/<case>/<bytes>: adversarial inputs at 256 KiB and 1 MiB
//   (a few known slow ones smaller); "s_per_MiB" that grows with the size
//   marks a super-linear stage.
// Resources load once, before any timing. Resident memory after loading,
// after a warm-up pass over the corpus and at exit is printed in the context
// block and on stderr.
//
// Usage: partnerlens-bench [benchmark flags] [TESTDATA_DIR]
// TESTDATA_DIR defaults to the source tree's tests/testdata.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "bench/pathological_inputs.h"
#include "benchmark/benchmark.h"

#include "ingest_service/extraction/pipeline.h"
#include "ingest_service/extraction/resources.h"

namespace partnerlens::bench {
namespace {

using extraction::ArticleInput;
using extraction::ArticleRecords;
using extraction::ExtractArticle;
using extraction::ExtractionResources;

constexpr int64_t kKiB = 1024;
constexpr int64_t kMiB = 1024 * kKiB;

// Sorted *.txt files of `directory`, read whole.
absl::StatusOr<std::vector<std::string>> ReadTextFiles(
    const std::filesystem::path& directory) {
  std::error_code error;
  std::vector<std::filesystem::path> paths;
  for (std::filesystem::directory_iterator it(directory, error), end;
       !error && it != end; it.increment(error)) {
    if (it->path().extension() == ".txt") paths.push_back(it->path());
  }
  if (error) {
    return absl::NotFoundError(
        absl::StrCat("cannot list ", directory.string()));
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> texts;
  for (const auto& path : paths) {
    std::ifstream file(path, std::ios::binary);
    texts.emplace_back(std::istreambuf_iterator<char>(file),
                       std::istreambuf_iterator<char>());
  }
  return texts;
}

int64_t TotalBytes(const std::vector<ArticleInput>& articles) {
  int64_t bytes = 0;
  for (const auto& article : articles) {
    bytes += static_cast<int64_t>(article.content.size());
  }
  return bytes;
}

std::vector<ArticleInput> ToInputs(const std::vector<std::string>& texts) {
  std::vector<ArticleInput> inputs;
  inputs.reserve(texts.size());
  for (const auto& text : texts) inputs.push_back({.content = text});
  return inputs;
}

// VmRSS and VmHWM of this process, e.g. "VmRSS 41.2 MiB, VmHWM 43.0 MiB".
std::string MemoryUsage() {
  std::ifstream status("/proc/self/status");
  std::string line;
  std::string usage;
  while (std::getline(status, line)) {
    if (!absl::StartsWith(line, "VmRSS:") &&
        !absl::StartsWith(line, "VmHWM:")) {
      continue;
    }
    std::istringstream fields(line);
    std::string key;
    double kib = 0;
    fields >> key >> kib;
    char value[64];
    std::snprintf(value, sizeof(value), "%s %.1f MiB", key.c_str(),
                  kib / 1024.0);
    usage = usage.empty() ? value : absl::StrCat(usage, ", ", value);
  }
  return usage;
}

void ExtractAll(benchmark::State& state, const ExtractionResources* resources,
                const std::vector<ArticleInput>* articles) {
  for (auto _ : state) {  // NOLINT(clang-analyzer-deadcode.DeadStores)
    for (const auto& article : *articles) {
      ArticleRecords records = ExtractArticle(article, *resources);
      benchmark::DoNotOptimize(records);
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes(*articles));
  state.SetItemsProcessed(state.iterations() *
                          static_cast<int64_t>(articles->size()));
}

void ExtractPathological(benchmark::State& state,
                         const ExtractionResources* resources,
                         const PathologicalCase* c) {
  const ArticleInput input{.content = c->make(state.range(0)),
                           .format = c->format};
  ArticleRecords records;
  for (auto _ : state) {  // NOLINT(clang-analyzer-deadcode.DeadStores)
    records = ExtractArticle(input, *resources);
    benchmark::DoNotOptimize(records);
  }
  const auto bytes = static_cast<int64_t>(input.content.size());
  state.SetBytesProcessed(state.iterations() * bytes);
  state.counters["s_per_MiB"] =
      benchmark::Counter(static_cast<double>(bytes) / kMiB,
                         benchmark::Counter::kIsIterationInvariantRate |
                             benchmark::Counter::kInvert);
  state.counters["orgs"] = static_cast<double>(records.organizations.size());
  state.counters["people"] = static_cast<double>(records.people.size());
}

void RegisterAll(const ExtractionResources& resources,
                 const std::vector<ArticleInput>& corpus,
                 const std::vector<ArticleInput>& conll) {
  benchmark::RegisterBenchmark("extract/corpus", ExtractAll, &resources,
                               &corpus)
      ->Unit(benchmark::kMillisecond);
  if (!conll.empty()) {
    benchmark::RegisterBenchmark("extract/conll", ExtractAll, &resources,
                                 &conll)
        ->Unit(benchmark::kMillisecond);
  }
  for (const PathologicalCase& c : PathologicalCases()) {
    benchmark::RegisterBenchmark(absl::StrCat("pathological/", c.name).c_str(),
                                 ExtractPathological, &resources, &c)
        ->Arg(static_cast<int64_t>(c.max_bytes / 4))
        ->Arg(static_cast<int64_t>(c.max_bytes))
        ->Unit(benchmark::kMillisecond);
  }
}

absl::StatusOr<std::vector<ArticleInput>> LoadCorpus(
    const std::filesystem::path& testdata) {
  std::vector<std::string> texts;
  for (const char* folder : {"seeds", "dev/texts"}) {
    auto folder_texts = ReadTextFiles(testdata / folder);
    if (!folder_texts.ok()) return folder_texts.status();
    texts.insert(texts.end(), folder_texts->begin(), folder_texts->end());
  }
  if (texts.empty()) return absl::NotFoundError("no *.txt articles");
  return ToInputs(texts);
}

int Run(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  const std::filesystem::path testdata =
      argc > 1 ? argv[1] : PARTNERLENS_SOURCE_DIR "/tests/testdata";
  auto corpus = LoadCorpus(testdata);
  if (!corpus.ok()) {
    std::fprintf(stderr, "%s\n", corpus.status().ToString().c_str());
    return 1;
  }
  auto conll_texts = ReadTextFiles(testdata / "conll2003-dev");
  const std::vector<ArticleInput> conll =
      conll_texts.ok() ? ToInputs(*conll_texts) : std::vector<ArticleInput>{};
  benchmark::AddCustomContext("memory_at_start", MemoryUsage());
  auto resources = extraction::LoadBuiltinResources();
  if (!resources.ok()) {
    std::fprintf(stderr, "%s\n", resources.status().ToString().c_str());
    return 1;
  }
  benchmark::AddCustomContext("memory_after_resources", MemoryUsage());
  for (const auto& article : *corpus) ExtractArticle(article, **resources);
  benchmark::AddCustomContext("memory_after_corpus", MemoryUsage());
  benchmark::AddCustomContext("corpus_bytes",
                              absl::StrCat(TotalBytes(*corpus)));
  RegisterAll(**resources, *corpus, conll);
  benchmark::RunSpecifiedBenchmarks();
  std::fprintf(stderr, "memory at exit: %s\n", MemoryUsage().c_str());
  benchmark::Shutdown();
  return 0;
}

}  // namespace
}  // namespace partnerlens::bench

int main(int argc, char** argv) { return partnerlens::bench::Run(argc, argv); }
