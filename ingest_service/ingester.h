#ifndef PARTNERLENS_INGEST_SERVICE_INGESTER_H_
#define PARTNERLENS_INGEST_SERVICE_INGESTER_H_

// The ingest service's domain logic, free of gRPC: validate a submission,
// extract it, convert it and store it idempotently.
//
// Idempotency: an article's id is the client's article_id, else derived
// from the content (storage::ArticleIdForContent). Submitting an id that is
// stored with the same content (SHA-256 of the raw bytes) stores nothing and
// reports created = false; with other content it fails with ALREADY_EXISTS.
// A request_id seen before returns the article of its first submission.
// Metadata (url, title, dates) of a repeat is ignored: the first wins.
//
// Thread-safety: all methods may be called concurrently (the store
// serializes writes; resources are immutable).

#include <cstdint>
#include <functional>
#include <string>

#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"

#include "common/config/options.h"
#include "common/storage/entity_store.h"
#include "ingest_service/extraction/resources.h"
#include "ingest_service/submission.h"
#include "partnerlens/storage/v1/records.pb.h"

namespace partnerlens::ingest {

// Called before extracting and before writing: CANCELLED or
// DEADLINE_EXCEEDED when the caller has given up, else OK.
using AliveCheck = absl::FunctionRef<absl::Status()>;

// An article with its facts, stored or not.
struct ExtractedArticle {
  storage::v1::ArticleRow row;
  storage::v1::ArticleFacts facts;
};

// The result of Submit.
struct SubmitOutcome {
  std::string article_id;
  // False for an idempotent repeat (nothing was written).
  bool created = false;
  // The store's sequence number covering the article.
  uint64_t sequence = 0;
  // The facts stored for the article (empty when it has since been deleted).
  storage::v1::ArticleFacts facts;
};

class Ingester {
 public:
  // `store` and `resources` are not owned and must outlive the Ingester.
  // `now` gives the ingest time; default absl::Now.
  Ingester(storage::EntityStore& store,
           const extraction::ExtractionResources& resources,
           config::IngestOptions options,
           std::function<absl::Time()> now = absl::Now);

  // Validates, extracts and stores one article (see the file comment).
  // INVALID_ARGUMENT (ValidateSubmission, or content with no article text),
  // ALREADY_EXISTS, CANCELLED / DEADLINE_EXCEEDED from `alive`, and store
  // errors.
  absl::StatusOr<SubmitOutcome> Submit(const Submission& submission,
                                       AliveCheck alive);

  // Validates and extracts without storing: the row and facts Submit would
  // store (ingest time 0). Same errors as Submit, minus ALREADY_EXISTS.
  absl::StatusOr<ExtractedArticle> Extract(const Submission& submission,
                                           AliveCheck alive);

  // The stored article and, when `with_facts`, its facts. INVALID_ARGUMENT
  // for a malformed id, NOT_FOUND for an unknown one.
  absl::StatusOr<ExtractedArticle> Get(absl::string_view article_id,
                                       bool with_facts);

  // Deletes an article and withdraws its facts; returns the sequence number
  // reached. INVALID_ARGUMENT for a malformed id, NOT_FOUND for an unknown
  // one.
  absl::StatusOr<uint64_t> Delete(absl::string_view article_id);

  // The store's latest sequence number.
  uint64_t LatestSequenceNumber() const {
    return store_.LatestSequenceNumber();
  }

 private:
  // The outcome for an article or request stored before, or nullopt.
  absl::StatusOr<std::optional<SubmitOutcome>> FindEarlier(
      absl::string_view request_id, absl::string_view article_id,
      absl::string_view content_sha256);
  absl::StatusOr<SubmitOutcome> Repeat(std::string article_id);
  absl::StatusOr<ExtractedArticle> ExtractValid(const Submission& submission,
                                                absl::string_view article_id,
                                                std::string content_sha256,
                                                int64_t ingest_unix_micros);

  storage::EntityStore& store_;
  const extraction::ExtractionResources& resources_;
  const config::IngestOptions options_;
  const std::function<absl::Time()> now_;
};

}  // namespace partnerlens::ingest

#endif  // PARTNERLENS_INGEST_SERVICE_INGESTER_H_
