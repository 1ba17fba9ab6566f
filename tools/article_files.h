#ifndef PARTNERLENS_TOOLS_ARTICLE_FILES_H_
#define PARTNERLENS_TOOLS_ARTICLE_FILES_H_

// Finding and reading article files for `partnerlens extract` and
// `partnerlens submit`. The format of a file follows its extension: .txt is
// plain text, .html and .htm are HTML, anything else is guessed from the
// content. Thread-compatible free functions; they touch only the files named.

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace partnerlens::tools {

// How an article file is encoded, from its extension.
enum class ArticleFormat { kGuess, kText, kHtml };

// One article file, read.
struct ArticleFile {
  std::string path;
  // File name without directory and extension: the article id the CLI uses.
  std::string stem;
  std::string content;
  ArticleFormat format = ArticleFormat::kGuess;
};

// The format that `path`'s extension implies (case-insensitive).
ArticleFormat FormatOfPath(absl::string_view path);

// File name of `path` without directory and last extension
// ("a/b/x.txt" -> "x").
std::string StemOfPath(absl::string_view path);

// Expands `paths`: files are kept as given (in order), a directory stands
// for its *.txt, *.html and *.htm files (not recursive), sorted by name.
// NOT_FOUND names a path that does not exist; INVALID_ARGUMENT when the
// expansion is empty.
absl::StatusOr<std::vector<std::string>> ExpandArticlePaths(
    absl::Span<const std::string> paths);

// Reads one file whole. NOT_FOUND or PERMISSION_DENIED ("cannot read PATH:
// reason") when it cannot be read; INVALID_ARGUMENT for a directory.
absl::StatusOr<ArticleFile> ReadArticleFile(absl::string_view path);

}  // namespace partnerlens::tools

#endif  // PARTNERLENS_TOOLS_ARTICLE_FILES_H_
