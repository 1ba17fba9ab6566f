#ifndef PARTNERLENS_COMMON_STORAGE_ROCKSDB_STATUS_H_
#define PARTNERLENS_COMMON_STORAGE_ROCKSDB_STATUS_H_

// The one conversion from rocksdb::Status to absl::Status. Pure and
// thread-safe.

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "rocksdb/status.h"

namespace partnerlens::storage {

// Maps a RocksDB status to the code a caller can act on:
//   OK -> OK; NotFound and PathNotFound -> NOT_FOUND; Corruption -> DATA_LOSS;
//   IOError NoSpace, CompactionTooLarge -> RESOURCE_EXHAUSTED;
//   IOError on the LOCK file (another process or another open in this
//   process holds the directory) -> FAILED_PRECONDITION;
//   Busy, TryAgain, TimedOut, ShutdownInProgress, Incomplete, other IOError
//   -> UNAVAILABLE; Aborted -> ABORTED; Expired -> DEADLINE_EXCEEDED;
//   InvalidArgument, NotSupported and anything else -> INTERNAL (only a bug
//   here can cause them).
// The message is "rocksdb: " plus RocksDB's own text.
absl::Status FromRocksDb(const rocksdb::Status& status);

// True when `status` says the directory's LOCK file is held elsewhere.
bool IsLockHeld(const rocksdb::Status& status);

}  // namespace partnerlens::storage

#endif  // PARTNERLENS_COMMON_STORAGE_ROCKSDB_STATUS_H_
