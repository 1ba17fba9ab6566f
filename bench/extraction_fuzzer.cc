// libFuzzer target over the whole extraction (ExtractArticle).
//
// Input layout: byte 0 picks the content format (kGuess, kText, kHtml by
// value modulo 3); byte 1 modulo 16 is the length N of a published date;
// the next N bytes are that date (any bytes: the date parser is fuzzed
// too); the rest is the article content. Shorter inputs are padded with
// defaults. Built only with -DPARTNERLENS_FUZZ=ON and clang; see
// docs/fuzzing.md.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "absl/strings/string_view.h"

#include "ingest_service/extraction/pipeline.h"
#include "ingest_service/extraction/resources.h"

namespace partnerlens::bench {
namespace {

using extraction::ArticleInput;
using extraction::ContentFormat;

// Loaded once per process; a startup failure is a broken build, so abort.
const extraction::ExtractionResources& Resources() {
  static const extraction::ExtractionResources* const resources = [] {
    auto loaded = extraction::LoadBuiltinResources();
    if (!loaded.ok()) __builtin_trap();
    return loaded->release();
  }();
  return *resources;
}

ArticleInput DecodeInput(absl::string_view data) {
  ArticleInput input;
  if (data.empty()) return input;
  constexpr ContentFormat kFormats[] = {
      ContentFormat::kGuess, ContentFormat::kText, ContentFormat::kHtml};
  input.format = kFormats[static_cast<uint8_t>(data[0]) % 3];
  data.remove_prefix(1);
  if (data.empty()) return input;
  const size_t date_size =
      std::min<size_t>(static_cast<uint8_t>(data[0]) % 16, data.size() - 1);
  input.published_date = std::string(data.substr(1, date_size));
  data.remove_prefix(1 + date_size);
  input.content = std::string(data);
  return input;
}

void CheckRecords(const extraction::ArticleRecords& records) {
  // Offsets must stay inside the text they refer to.
  const auto size = static_cast<int32_t>(records.text.size());
  for (const auto& org : records.organizations) {
    for (const auto& span : org.mentions) {
      if (span.begin < 0 || span.begin > span.end || span.end > size) {
        __builtin_trap();
      }
    }
  }
  for (const auto& person : records.people) {
    for (const auto& span : person.mentions) {
      if (span.begin < 0 || span.begin > span.end || span.end > size) {
        __builtin_trap();
      }
    }
  }
}

}  // namespace
}  // namespace partnerlens::bench

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using partnerlens::bench::DecodeInput;
  const partnerlens::extraction::ArticleInput input =
      DecodeInput(absl::string_view(reinterpret_cast<const char*>(data), size));
  partnerlens::bench::CheckRecords(partnerlens::extraction::ExtractArticle(
      input, partnerlens::bench::Resources()));
  return 0;
}
