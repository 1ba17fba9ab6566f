#ifndef PARTNERLENS_TOOLS_SUBMIT_COMMAND_H_
#define PARTNERLENS_TOOLS_SUBMIT_COMMAND_H_

// `partnerlens submit`: sends article files to the ingest service, one
// unary SubmitArticle for a single file, one client-streaming
// SubmitArticles for several, and prints a JSON summary:
//
//   {"articles": [{"file", "articleId", "created", "counts": {...}}
//                 | {"file", "error": {"code", "message"}}],
//    "submitted": N, "created": N, "failed": N,
//    "consistencyToken": "..."}
//
// A file that cannot be read or is not UTF-8 fails alone (listed with its
// error), like an article the service rejects. Not thread-safe (writes to the
// streams).

#include <ostream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "tools/article_files.h"
#include "tools/grpc_client.h"

#include "partnerlens/v1/ingest_service.grpc.pb.h"

namespace partnerlens::tools {

struct SubmitOptions {
  // Article files or directories (see ExpandArticlePaths).
  std::vector<std::string> paths;
  // Publication date sent with every article, or empty.
  std::string published_date;
  // Send each file's stem as the article id (else the service derives the
  // id from the content).
  bool ids_from_file_names = false;
  // Draw a progress bar on the progress stream.
  bool show_progress = false;
};

// The request for one file.
v1::SubmitArticleRequest BuildSubmitRequest(const ArticleFile& file,
                                            const SubmitOptions& options);

// Submits every file and prints the summary on `out`, the progress bar on
// `progress`. Errors: INVALID_ARGUMENT for a bad date, no files or (one
// file) content that is not UTF-8,
// NOT_FOUND for a missing path, the service's status when the call itself
// fails (nothing is printed then), and, after printing the summary when
// some articles failed alone, the first failure's code with "N of M
// articles failed; first: message".
absl::Status RunSubmit(const SubmitOptions& options,
                       const ClientOptions& client,
                       v1::IngestService::StubInterface& stub,
                       std::ostream& out, std::ostream& progress);

}  // namespace partnerlens::tools

#endif  // PARTNERLENS_TOOLS_SUBMIT_COMMAND_H_
