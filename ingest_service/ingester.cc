#include "ingest_service/ingester.h"

#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

#include "common/status/status_macros.h"
#include "common/storage/ids.h"
#include "ingest_service/extraction/pipeline.h"
#include "ingest_service/to_records.h"

namespace partnerlens::ingest {
namespace {

constexpr size_t kIdHexDigits = 16;

// The client's id, else "art_" + the first hex digits of the content hash
// (the same as storage::ArticleIdForContent).
std::string ArticleIdFor(const Submission& submission,
                         absl::string_view content_sha256) {
  if (!submission.article_id.empty()) {
    return std::string(submission.article_id);
  }
  return absl::StrCat("art_", content_sha256.substr(0, kIdHexDigits));
}

absl::Status ValidateArticleId(absl::string_view article_id) {
  return storage::ValidateClientId("article_id", article_id);
}

}  // namespace

Ingester::Ingester(storage::EntityStore& store,
                   const extraction::ExtractionResources& resources,
                   config::IngestOptions options,
                   std::function<absl::Time()> now)
    : store_(store),
      resources_(resources),
      options_(std::move(options)),
      now_(std::move(now)) {}

absl::StatusOr<SubmitOutcome> Ingester::Submit(const Submission& submission,
                                               AliveCheck alive) {
  PARTNERLENS_RETURN_IF_ERROR(
      ValidateSubmission(submission, options_.max_article_bytes));
  std::string sha256 = storage::Sha256Hex(submission.content);
  const std::string article_id = ArticleIdFor(submission, sha256);
  PARTNERLENS_ASSIGN_OR_RETURN(
      std::optional<SubmitOutcome> earlier,
      FindEarlier(submission.request_id, article_id, sha256));
  if (earlier.has_value()) return *std::move(earlier);

  PARTNERLENS_RETURN_IF_ERROR(alive());
  PARTNERLENS_ASSIGN_OR_RETURN(
      ExtractedArticle article,
      ExtractValid(submission, article_id, std::move(sha256),
                   absl::ToUnixMicros(now_())));
  PARTNERLENS_RETURN_IF_ERROR(alive());
  // The store re-checks request id and content under its write lock, so a
  // concurrent submit of the same article cannot store it twice.
  PARTNERLENS_ASSIGN_OR_RETURN(
      storage::CreateOutcome created,
      store_.CreateArticle(article.row, article.facts, submission.request_id));
  if (!created.created) return Repeat(std::move(created.article_id));
  return SubmitOutcome{std::move(created.article_id), true, created.sequence,
                       std::move(article.facts)};
}

absl::StatusOr<ExtractedArticle> Ingester::Extract(const Submission& submission,
                                                   AliveCheck alive) {
  PARTNERLENS_RETURN_IF_ERROR(
      ValidateSubmission(submission, options_.max_article_bytes));
  std::string sha256 = storage::Sha256Hex(submission.content);
  const std::string article_id = ArticleIdFor(submission, sha256);
  PARTNERLENS_RETURN_IF_ERROR(alive());
  return ExtractValid(submission, article_id, std::move(sha256), 0);
}

absl::StatusOr<ExtractedArticle> Ingester::Get(absl::string_view article_id,
                                               bool with_facts) {
  PARTNERLENS_RETURN_IF_ERROR(ValidateArticleId(article_id));
  ExtractedArticle article;
  PARTNERLENS_ASSIGN_OR_RETURN(article.row, store_.GetArticle(article_id));
  if (with_facts) {
    PARTNERLENS_ASSIGN_OR_RETURN(article.facts,
                                 store_.GetArticleFacts(article_id));
  }
  return article;
}

absl::StatusOr<uint64_t> Ingester::Delete(absl::string_view article_id) {
  PARTNERLENS_RETURN_IF_ERROR(ValidateArticleId(article_id));
  return store_.DeleteArticle(article_id);
}

absl::StatusOr<std::optional<SubmitOutcome>> Ingester::FindEarlier(
    absl::string_view request_id, absl::string_view article_id,
    absl::string_view content_sha256) {
  PARTNERLENS_ASSIGN_OR_RETURN(std::optional<std::string> first,
                               store_.LookupRequest(request_id));
  if (first.has_value()) return Repeat(*std::move(first));
  absl::StatusOr<storage::v1::ArticleRow> stored =
      store_.GetArticle(article_id);
  if (absl::IsNotFound(stored.status())) return std::nullopt;
  if (!stored.ok()) return stored.status();
  if (stored->content_sha256() != content_sha256) {
    return absl::AlreadyExistsError(absl::StrCat(
        "article_id ", article_id, " is already stored with other content"));
  }
  // Same content again. Let the store record the request id, if any.
  if (!request_id.empty()) return std::nullopt;
  return Repeat(std::string(article_id));
}

absl::StatusOr<SubmitOutcome> Ingester::Repeat(std::string article_id) {
  SubmitOutcome outcome{
      std::move(article_id), false, store_.LatestSequenceNumber(), {}};
  absl::StatusOr<storage::v1::ArticleFacts> facts =
      store_.GetArticleFacts(outcome.article_id);
  if (facts.ok()) {
    outcome.facts = *std::move(facts);
  } else if (!absl::IsNotFound(facts.status())) {
    return facts.status();
  }
  return outcome;
}

absl::StatusOr<ExtractedArticle> Ingester::ExtractValid(
    const Submission& submission, absl::string_view article_id,
    std::string content_sha256, int64_t ingest_unix_micros) {
  extraction::ArticleInput input;
  input.content = std::string(submission.content);
  input.format = ToContentFormat(submission.content_type);
  input.published_date = std::string(submission.published_date);
  const extraction::ArticleRecords records =
      extraction::ExtractArticle(input, resources_);
  if (absl::StripAsciiWhitespace(records.text).empty()) {
    return absl::InvalidArgumentError("content has no article text");
  }
  ArticleMetadata metadata;
  metadata.id = std::string(article_id);
  metadata.url = std::string(submission.url);
  metadata.title = std::string(submission.title);
  metadata.source = std::string(submission.source);
  metadata.requested_published_date = std::string(submission.published_date);
  metadata.content_type = submission.content_type;
  metadata.content_sha256 = std::move(content_sha256);
  metadata.ingest_unix_micros = ingest_unix_micros;
  return ExtractedArticle{
      ToArticleRow(metadata, std::move(input.content), records),
      ToArticleFacts(records)};
}

}  // namespace partnerlens::ingest
