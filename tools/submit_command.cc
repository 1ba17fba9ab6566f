#include "tools/submit_command.h"

#include <optional>
#include <utility>

#include "absl/strings/str_cat.h"
#include "tools/extract_command.h"
#include "tools/json_writer.h"
#include "tools/progress_bar.h"
#include "tools/utf8.h"

#include "common/status/status_macros.h"

namespace partnerlens::tools {
namespace {

using Stub = v1::IngestService::StubInterface;

// What happened to one file.
struct Outcome {
  std::string file;
  absl::Status status;
  v1::SubmitArticleResponse response;
};

struct Summary {
  std::vector<Outcome> outcomes;
  std::string consistency_token;
};

v1::ContentType ToContentType(ArticleFormat format) {
  switch (format) {
    case ArticleFormat::kText:
      return v1::CONTENT_TYPE_TEXT;
    case ArticleFormat::kHtml:
      return v1::CONTENT_TYPE_HTML;
    case ArticleFormat::kGuess:
      break;
  }
  return v1::CONTENT_TYPE_UNSPECIFIED;
}

void WriteCounts(const v1::RecordCounts& counts, JsonWriter& w) {
  w.BeginObject();
  w.IntField("organizations", counts.organizations());
  w.IntField("people", counts.people());
  w.IntField("events", counts.events());
  w.IntField("partnerships", counts.partnerships());
  w.EndObject();
}

void WriteOutcome(const Outcome& outcome, JsonWriter& w) {
  w.BeginObject();
  w.StringField("file", outcome.file);
  if (!outcome.status.ok()) {
    w.Key("error");
    w.BeginObject();
    w.StringField("code", StatusCodeName(outcome.status.code()));
    w.StringField("message", outcome.status.message());
    w.EndObject();
  } else {
    w.StringField("articleId", outcome.response.article_id());
    w.BoolField("created", outcome.response.created());
    w.Key("counts");
    WriteCounts(outcome.response.counts(), w);
  }
  w.EndObject();
}

std::string SummaryJson(const Summary& summary) {
  int created = 0;
  int failed = 0;
  JsonWriter w;
  w.BeginObject();
  w.Key("articles");
  w.BeginArray();
  for (const Outcome& outcome : summary.outcomes) {
    WriteOutcome(outcome, w);
    if (!outcome.status.ok()) ++failed;
    if (outcome.status.ok() && outcome.response.created()) ++created;
  }
  w.EndArray();
  w.IntField("submitted", static_cast<int64_t>(summary.outcomes.size()));
  w.IntField("created", created);
  w.IntField("failed", failed);
  w.StringField("consistencyToken", summary.consistency_token);
  w.EndObject();
  return std::move(w).Finish();
}

// Reads an article file; INVALID_ARGUMENT when it is not UTF-8, which the
// service would refuse (and the protobuf library would log about).
absl::StatusOr<ArticleFile> ReadUtf8File(const std::string& path) {
  PARTNERLENS_ASSIGN_OR_RETURN(ArticleFile file, ReadArticleFile(path));
  if (std::optional<size_t> bad = FirstInvalidUtf8(file.content)) {
    return absl::InvalidArgumentError(absl::StrCat(
        path, " is not valid UTF-8 (first bad byte at offset ", *bad, ")"));
  }
  return file;
}

absl::StatusOr<Summary> SubmitOne(const std::string& path,
                                  const SubmitOptions& options,
                                  const ClientOptions& client, Stub& stub) {
  PARTNERLENS_ASSIGN_OR_RETURN(ArticleFile file, ReadUtf8File(path));
  grpc::ClientContext context;
  SetDeadline(context, client.timeout);
  Summary summary;
  Outcome& outcome = summary.outcomes.emplace_back();
  outcome.file = path;
  const grpc::Status status = stub.SubmitArticle(
      &context, BuildSubmitRequest(file, options), &outcome.response);
  if (!status.ok()) return FromGrpcStatus(status);
  summary.consistency_token = outcome.response.consistency_token();
  return summary;
}

// Reads and writes every file into `writer`; returns, per stream index, the
// index of the file sent there. Files that cannot be read fail alone.
std::vector<size_t> SendAll(
    const std::vector<std::string>& files, const SubmitOptions& options,
    grpc::ClientWriterInterface<v1::SubmitArticleRequest>& writer,
    std::vector<Outcome>& outcomes, ProgressBar& bar) {
  std::vector<size_t> sent;
  for (size_t i = 0; i < files.size(); ++i) {
    bar.Update(static_cast<int>(i), files[i]);
    outcomes[i].file = files[i];
    absl::StatusOr<ArticleFile> file = ReadUtf8File(files[i]);
    if (!file.ok()) {
      outcomes[i].status = file.status();
      continue;
    }
    outcomes[i].status = absl::UnknownError("the service sent no result");
    // A failed Write means the stream is broken; Finish() tells why.
    if (!writer.Write(BuildSubmitRequest(*file, options))) break;
    sent.push_back(i);
  }
  bar.Update(static_cast<int>(files.size()), "waiting for the service");
  return sent;
}

void ApplyResults(const v1::SubmitArticlesResponse& response,
                  const std::vector<size_t>& sent,
                  std::vector<Outcome>& outcomes) {
  for (const v1::SubmitArticleResult& result : response.results()) {
    if (result.index() < 0 ||
        static_cast<size_t>(result.index()) >= sent.size()) {
      continue;
    }
    Outcome& outcome = outcomes[sent[static_cast<size_t>(result.index())]];
    outcome.status = absl::Status(static_cast<absl::StatusCode>(result.code()),
                                  result.message());
    if (result.code() == 0) outcome.response = result.response();
  }
}

absl::StatusOr<Summary> SubmitStream(const std::vector<std::string>& files,
                                     const SubmitOptions& options,
                                     const ClientOptions& client, Stub& stub,
                                     std::ostream& progress) {
  grpc::ClientContext context;
  SetDeadline(context, client.timeout * static_cast<double>(files.size()));
  v1::SubmitArticlesResponse response;
  auto writer = stub.SubmitArticles(&context, &response);
  Summary summary;
  summary.outcomes.resize(files.size());
  ProgressBar bar(progress, static_cast<int>(files.size()),
                  options.show_progress);
  const std::vector<size_t> sent =
      SendAll(files, options, *writer, summary.outcomes, bar);
  writer->WritesDone();
  const grpc::Status status = writer->Finish();
  bar.Finish();
  if (!status.ok()) return FromGrpcStatus(status);
  ApplyResults(response, sent, summary.outcomes);
  summary.consistency_token = response.consistency_token();
  return summary;
}

// OK, or the first failure's code with "N of M articles failed".
absl::Status OverallStatus(const Summary& summary) {
  const absl::Status* first = nullptr;
  int failed = 0;
  for (const Outcome& outcome : summary.outcomes) {
    if (outcome.status.ok()) continue;
    if (first == nullptr) first = &outcome.status;
    ++failed;
  }
  if (first == nullptr) return absl::OkStatus();
  return absl::Status(
      first->code(),
      absl::StrCat(failed, " of ", summary.outcomes.size(),
                   " articles failed; first: ", first->message()));
}

}  // namespace

v1::SubmitArticleRequest BuildSubmitRequest(const ArticleFile& file,
                                            const SubmitOptions& options) {
  v1::SubmitArticleRequest request;
  request.set_content(file.content);
  request.set_content_type(ToContentType(file.format));
  request.set_published_date(options.published_date);
  if (options.ids_from_file_names) request.set_article_id(file.stem);
  return request;
}

absl::Status RunSubmit(const SubmitOptions& options,
                       const ClientOptions& client, Stub& stub,
                       std::ostream& out, std::ostream& progress) {
  PARTNERLENS_RETURN_IF_ERROR(
      ValidateDateFlag("published-date", options.published_date));
  PARTNERLENS_ASSIGN_OR_RETURN(std::vector<std::string> files,
                               ExpandArticlePaths(options.paths));
  absl::StatusOr<Summary> summary =
      files.size() == 1 ? SubmitOne(files[0], options, client, stub)
                        : SubmitStream(files, options, client, stub, progress);
  if (!summary.ok()) return summary.status();
  out << SummaryJson(*summary);
  return OverallStatus(*summary);
}

}  // namespace partnerlens::tools
