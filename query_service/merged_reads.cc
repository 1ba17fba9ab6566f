#include "query_service/merged_reads.h"

#include <cstdint>
#include <limits>
#include <string>

#include "partnerlens/storage/v1/records.pb.h"

namespace partnerlens::query {

absl::Status ArticleAges::Load(const std::string& article_id) {
  if (ages_.contains(article_id)) return absl::OkStatus();
  storage::v1::ArticleRow row;
  const absl::Status status =
      reader_.GetMessage(storage::kArticlesFamily, article_id, row);
  if (absl::IsNotFound(status)) {
    // The article went away after this scan began: order it last.
    ages_[article_id] = std::numeric_limits<int64_t>::max();
    return absl::OkStatus();
  }
  PARTNERLENS_RETURN_IF_ERROR(status);
  ages_[article_id] = row.ingest_unix_micros();
  return absl::OkStatus();
}

absl::Status CheckDeadline(absl::Time deadline) {
  if (absl::Now() <= deadline) return absl::OkStatus();
  return absl::DeadlineExceededError("the deadline passed while reading");
}

}  // namespace partnerlens::query
