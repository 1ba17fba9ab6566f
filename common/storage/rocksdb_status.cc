#include "common/storage/rocksdb_status.h"

#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace partnerlens::storage {
namespace {

absl::StatusCode CodeOf(const rocksdb::Status& status) {
  if (status.IsNotFound() || status.IsPathNotFound()) {
    return absl::StatusCode::kNotFound;
  }
  if (status.IsCorruption()) return absl::StatusCode::kDataLoss;
  if (status.IsNoSpace() || status.IsCompactionTooLarge()) {
    return absl::StatusCode::kResourceExhausted;
  }
  if (IsLockHeld(status)) return absl::StatusCode::kFailedPrecondition;
  if (status.IsBusy() || status.IsTryAgain() || status.IsTimedOut() ||
      status.IsShutdownInProgress() || status.IsIncomplete() ||
      status.IsIOError()) {
    return absl::StatusCode::kUnavailable;
  }
  if (status.IsAborted()) return absl::StatusCode::kAborted;
  if (status.IsExpired()) return absl::StatusCode::kDeadlineExceeded;
  return absl::StatusCode::kInternal;
}

}  // namespace

bool IsLockHeld(const rocksdb::Status& status) {
  if (!status.IsIOError()) return false;
  const std::string text = status.ToString();
  return absl::StrContains(text, "While lock file") ||
         absl::StrContains(text, "lock hold by current process");
}

absl::Status FromRocksDb(const rocksdb::Status& status) {
  if (status.ok()) return absl::OkStatus();
  if (IsLockHeld(status)) {
    return absl::FailedPreconditionError(
        "the data directory is held by another process (its RocksDB LOCK "
        "file is taken); stop that process or use another directory");
  }
  return absl::Status(CodeOf(status),
                      absl::StrCat("rocksdb: ", status.ToString()));
}

}  // namespace partnerlens::storage
