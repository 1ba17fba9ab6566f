#include "tools/extract_command.h"

#include <filesystem>
#include <fstream>
#include <functional>
#include <system_error>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "tools/article_files.h"
#include "tools/json_writer.h"
#include "tools/records_json.h"

#include "common/status/status_macros.h"
#include "ingest_service/extraction/pipeline.h"
#include "ingest_service/extraction/resources.h"

namespace partnerlens::tools {
namespace {

namespace fs = std::filesystem;
using extraction::ArticleRecords;

extraction::ContentFormat ToContentFormat(ArticleFormat format) {
  switch (format) {
    case ArticleFormat::kText:
      return extraction::ContentFormat::kText;
    case ArticleFormat::kHtml:
      return extraction::ContentFormat::kHtml;
    case ArticleFormat::kGuess:
      break;
  }
  return extraction::ContentFormat::kGuess;
}

// Whether `part` is `digits` decimal digits in [low, high].
bool IsNumberIn(absl::string_view part, size_t digits, int low, int high) {
  int value = 0;
  if (part.size() != digits || !absl::SimpleAtoi(part, &value)) return false;
  for (char c : part) {
    if (c < '0' || c > '9') return false;
  }
  return value >= low && value <= high;
}

bool IsIsoDate(absl::string_view value) {
  std::vector<absl::string_view> parts = absl::StrSplit(value, '-');
  if (parts.empty() || parts.size() > 3) return false;
  if (!IsNumberIn(parts[0], 4, 1, 9999)) return false;
  if (parts.size() >= 2 && !IsNumberIn(parts[1], 2, 1, 12)) return false;
  if (parts.size() == 3 && !IsNumberIn(parts[2], 2, 1, 31)) return false;
  return true;
}

// Receives each article's records as soon as they are extracted.
using RecordsSink = std::function<absl::Status(absl::string_view stem,
                                               const ArticleRecords& records)>;

absl::Status ExtractEach(const std::vector<std::string>& files,
                         const std::string& published_date,
                         const RecordsSink& sink) {
  auto resources = extraction::LoadBuiltinResources();
  if (!resources.ok()) {
    return absl::InternalError(absl::StrCat("built-in lexicons do not load: ",
                                            resources.status().message()));
  }
  absl::flat_hash_set<std::string> stems;
  for (const std::string& path : files) {
    PARTNERLENS_ASSIGN_OR_RETURN(ArticleFile file, ReadArticleFile(path));
    if (!stems.insert(file.stem).second) {
      return absl::InvalidArgumentError(
          absl::StrCat("two inputs are named ", file.stem));
    }
    extraction::ArticleInput input{.content = std::move(file.content),
                                   .format = ToContentFormat(file.format),
                                   .published_date = published_date};
    PARTNERLENS_RETURN_IF_ERROR(
        sink(file.stem, extraction::ExtractArticle(input, **resources)));
  }
  return absl::OkStatus();
}

absl::Status WriteFile(const fs::path& path, absl::string_view text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.close();
  if (!out) {
    return absl::PermissionDeniedError(
        absl::StrCat("cannot write ", path.string()));
  }
  return absl::OkStatus();
}

// Writes OUT_DIR/<stem>.json per article as it comes and prints its path.
absl::Status ExtractToDirectory(const std::vector<std::string>& files,
                                const ExtractOptions& options,
                                std::ostream& out) {
  std::error_code ec;
  fs::create_directories(options.out_dir, ec);
  if (ec) {
    return absl::PermissionDeniedError(
        absl::StrCat("cannot create ", options.out_dir, ": ", ec.message()));
  }
  return ExtractEach(
      files, options.published_date,
      [&](absl::string_view stem, const ArticleRecords& records) {
        const fs::path path =
            fs::path(options.out_dir) / absl::StrCat(stem, ".json");
        PARTNERLENS_RETURN_IF_ERROR(
            WriteFile(path, RecordsToJson(stem, records)));
        out << path.string() << "\n";
        return absl::OkStatus();
      });
}

// Prints one JSON object for one file, an array for several; prints nothing
// when any file fails.
absl::Status ExtractToStream(const std::vector<std::string>& files,
                             const ExtractOptions& options, std::ostream& out) {
  JsonWriter writer;
  if (files.size() > 1) writer.BeginArray();
  PARTNERLENS_RETURN_IF_ERROR(
      ExtractEach(files, options.published_date,
                  [&](absl::string_view stem, const ArticleRecords& records) {
                    WriteRecordsJson(stem, records, writer);
                    return absl::OkStatus();
                  }));
  if (files.size() > 1) writer.EndArray();
  out << std::move(writer).Finish();
  return absl::OkStatus();
}

}  // namespace

absl::Status ValidateDateFlag(absl::string_view flag, absl::string_view value) {
  if (value.empty() || IsIsoDate(value)) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(
      "--", flag, " wants YYYY-MM-DD (or YYYY-MM, YYYY), got \"", value, "\""));
}

absl::Status RunExtract(const ExtractOptions& options, std::ostream& out) {
  PARTNERLENS_RETURN_IF_ERROR(
      ValidateDateFlag("published-date", options.published_date));
  PARTNERLENS_ASSIGN_OR_RETURN(std::vector<std::string> files,
                               ExpandArticlePaths(options.paths));
  if (!options.out_dir.empty()) {
    return ExtractToDirectory(files, options, out);
  }
  return ExtractToStream(files, options, out);
}

}  // namespace partnerlens::tools
