#include "common/storage/rocksdb_status.h"

#include "gtest/gtest.h"

namespace partnerlens::storage {
namespace {

TEST(FromRocksDbTest, MapsEveryKind) {
  struct Case {
    rocksdb::Status in;
    absl::StatusCode code;
  };
  const Case cases[] = {
      {rocksdb::Status::OK(), absl::StatusCode::kOk},
      {rocksdb::Status::NotFound("k"), absl::StatusCode::kNotFound},
      {rocksdb::Status::Corruption("bad block"), absl::StatusCode::kDataLoss},
      {rocksdb::Status::NoSpace("disk full"),
       absl::StatusCode::kResourceExhausted},
      {rocksdb::Status::IOError("While lock file: /d/LOCK",
                                "Resource temporarily unavailable"),
       absl::StatusCode::kFailedPrecondition},
      {rocksdb::Status::IOError(
           "lock hold by current process, acquire time 1 acquiring thread 2: "
           "/d/LOCK",
           "No locks available"),
       absl::StatusCode::kFailedPrecondition},
      {rocksdb::Status::IOError("read failed"), absl::StatusCode::kUnavailable},
      {rocksdb::Status::Busy(), absl::StatusCode::kUnavailable},
      {rocksdb::Status::TryAgain(), absl::StatusCode::kUnavailable},
      {rocksdb::Status::TimedOut(), absl::StatusCode::kUnavailable},
      {rocksdb::Status::ShutdownInProgress(), absl::StatusCode::kUnavailable},
      {rocksdb::Status::Aborted(), absl::StatusCode::kAborted},
      {rocksdb::Status::InvalidArgument("bad option"),
       absl::StatusCode::kInternal},
      {rocksdb::Status::NotSupported(), absl::StatusCode::kInternal},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FromRocksDb(c.in).code(), c.code) << c.in.ToString();
  }
}

TEST(FromRocksDbTest, KeepsRocksDbText) {
  absl::Status status = FromRocksDb(rocksdb::Status::Corruption("bad block"));
  EXPECT_EQ(status.message(), "rocksdb: Corruption: bad block");
}

TEST(FromRocksDbTest, LockMessageSaysAnotherProcess) {
  absl::Status status = FromRocksDb(rocksdb::Status::IOError(
      "While lock file: /d/LOCK", "Resource temporarily unavailable"));
  EXPECT_NE(status.message().find("another process"), absl::string_view::npos)
      << status;
}

}  // namespace
}  // namespace partnerlens::storage
