#include "tools/article_files.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace partnerlens::tools {
namespace {

namespace fs = std::filesystem;

std::string LowerExtension(absl::string_view path) {
  return absl::AsciiStrToLower(
      fs::path(std::string(path)).extension().string());
}

bool IsArticleExtension(absl::string_view path) {
  const std::string ext = LowerExtension(path);
  return ext == ".txt" || ext == ".html" || ext == ".htm";
}

absl::Status CannotRead(absl::string_view path, const std::error_code& ec) {
  const std::string message =
      absl::StrCat("cannot read ", path, ": ", ec.message());
  if (ec == std::errc::permission_denied) {
    return absl::PermissionDeniedError(message);
  }
  return absl::NotFoundError(message);
}

// Appends the article files directly inside `dir`, sorted by name.
absl::Status AppendDirectory(const std::string& dir,
                             std::vector<std::string>& out) {
  std::error_code ec;
  std::vector<std::string> found;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    const fs::path& path = it->path();
    if (it->is_regular_file(ec) && IsArticleExtension(path.string())) {
      found.push_back(path.string());
    }
  }
  if (ec) return CannotRead(dir, ec);
  std::sort(found.begin(), found.end());
  out.insert(out.end(), found.begin(), found.end());
  return absl::OkStatus();
}

}  // namespace

ArticleFormat FormatOfPath(absl::string_view path) {
  const std::string ext = LowerExtension(path);
  if (ext == ".txt") return ArticleFormat::kText;
  if (ext == ".html" || ext == ".htm") return ArticleFormat::kHtml;
  return ArticleFormat::kGuess;
}

std::string StemOfPath(absl::string_view path) {
  return fs::path(std::string(path)).stem().string();
}

absl::StatusOr<std::vector<std::string>> ExpandArticlePaths(
    absl::Span<const std::string> paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      return absl::NotFoundError(absl::StrCat("no such file: ", path));
    }
    if (!fs::is_directory(status)) {
      files.push_back(path);
      continue;
    }
    absl::Status listed = AppendDirectory(path, files);
    if (!listed.ok()) return listed;
  }
  if (files.empty()) {
    return absl::InvalidArgumentError(
        "no article files (*.txt, *.html, *.htm) given");
  }
  return files;
}

absl::StatusOr<ArticleFile> ReadArticleFile(absl::string_view path) {
  const std::string name(path);
  std::error_code ec;
  if (fs::is_directory(name, ec)) {
    return absl::InvalidArgumentError(
        absl::StrCat("cannot read ", path, ": is a directory"));
  }
  std::ifstream in(name, std::ios::binary);
  if (!in) {
    return CannotRead(path, std::error_code(errno, std::generic_category()));
  }
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) {
    return CannotRead(path, std::make_error_code(std::errc::io_error));
  }
  return ArticleFile{.path = name,
                     .stem = StemOfPath(path),
                     .content = std::move(content).str(),
                     .format = FormatOfPath(path)};
}

}  // namespace partnerlens::tools
