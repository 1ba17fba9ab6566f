#include "common/storage/store_reader.h"

#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "glog/logging.h"
#include "rocksdb/options.h"
#include "rocksdb/slice.h"

#include "common/status/status_macros.h"
#include "common/storage/key_codec.h"
#include "common/storage/rocksdb_status.h"
#include "partnerlens/storage/v1/records.pb.h"

namespace partnerlens::storage {
namespace {

constexpr absl::Duration kOpenRetryPause = absl::Milliseconds(200);
constexpr absl::Duration kMaxWaitPause = absl::Milliseconds(20);

absl::string_view ToView(const rocksdb::Slice& slice) {
  return absl::string_view(slice.data(), slice.size());
}

rocksdb::Slice ToSlice(absl::string_view view) {
  return rocksdb::Slice(view.data(), view.size());
}

// A fresh directory under the system temp directory for the secondary's
// own files.
absl::StatusOr<std::string> MakeTempSecondaryDir() {
  std::error_code error;
  const std::filesystem::path base =
      std::filesystem::temp_directory_path(error);
  if (error) return absl::InternalError("no temp directory for the reader");
  std::string pattern = (base / "partnerlens-secondary-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    return absl::InternalError("cannot create the reader's temp directory");
  }
  return pattern;
}

absl::Status ValidateOptions(const StoreReaderOptions& options) {
  if (options.data_dir.empty()) {
    return absl::InvalidArgumentError("data_dir is empty");
  }
  if (options.catch_up_interval <= absl::ZeroDuration()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "catch_up_interval ", absl::FormatDuration(options.catch_up_interval),
        " is not positive"));
  }
  std::error_code error;
  if (std::filesystem::exists(options.data_dir, error) &&
      !std::filesystem::is_directory(options.data_dir, error)) {
    return absl::FailedPreconditionError(
        absl::StrCat("data_dir ", options.data_dir, " is not a directory"));
  }
  return absl::OkStatus();
}

struct OpenedDb {
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
};

// Families of kColumnFamilies that the store in `data_dir` lacks; an error
// when the store itself cannot be listed (not created yet, unreadable).
absl::StatusOr<std::vector<std::string>> MissingFamilies(
    const rocksdb::DBOptions& options, const std::string& data_dir) {
  std::vector<std::string> present;
  PARTNERLENS_RETURN_IF_ERROR(FromRocksDb(
      rocksdb::DB::ListColumnFamilies(options, data_dir, &present)));
  std::vector<std::string> missing;
  for (absl::string_view family : kColumnFamilies) {
    if (std::find(present.begin(), present.end(), family) == present.end()) {
      missing.emplace_back(family);
    }
  }
  return missing;
}

// One attempt to open `data_dir` as a secondary with every family.
absl::StatusOr<OpenedDb> TryOpenSecondary(const std::string& data_dir,
                                          const std::string& secondary_dir) {
  rocksdb::DBOptions options;
  options.max_open_files = -1;  // A secondary must keep every file open.
  options.create_if_missing = false;
  PARTNERLENS_ASSIGN_OR_RETURN(std::vector<std::string> missing,
                               MissingFamilies(options, data_dir));
  if (!missing.empty()) {
    return absl::UnavailableError(absl::StrCat("store lacks column families ",
                                               absl::StrJoin(missing, ", ")));
  }
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  descriptors.reserve(kColumnFamilies.size());
  for (absl::string_view family : kColumnFamilies) {
    descriptors.emplace_back(std::string(family),
                             rocksdb::ColumnFamilyOptions());
  }
  OpenedDb opened;
  rocksdb::DB* db = nullptr;
  PARTNERLENS_RETURN_IF_ERROR(FromRocksDb(rocksdb::DB::OpenAsSecondary(
      options, data_dir, secondary_dir, descriptors, &opened.handles, &db)));
  opened.db.reset(db);
  return opened;
}

// Retries TryOpenSecondary while the primary has not created the store.
absl::StatusOr<OpenedDb> OpenSecondaryWithRetry(
    const std::string& data_dir, const std::string& secondary_dir,
    absl::Duration timeout) {
  const absl::Time give_up = absl::Now() + timeout;
  for (int attempt = 0;; ++attempt) {
    absl::StatusOr<OpenedDb> opened = TryOpenSecondary(data_dir, secondary_dir);
    if (opened.ok()) return opened;
    if (absl::Now() >= give_up) {
      return absl::UnavailableError(
          absl::StrCat("store in ", data_dir, " is not ready after ",
                       absl::FormatDuration(timeout),
                       " (is the ingest service running on it?): ",
                       opened.status().message()));
    }
    if (attempt == 0) {
      LOG(INFO) << "waiting for the store in " << data_dir
                << " to be created: " << opened.status().message();
    }
    absl::SleepFor(kOpenRetryPause);
  }
}

// FAILED_PRECONDITION when the store was created for another layout. A
// store without a version yet (the primary has just created it) passes.
absl::Status CheckSchemaVersion(const StoreReader& reader) {
  v1::SchemaInfo info;
  absl::Status status =
      reader.GetMessage(kDefaultFamily, kSchemaVersionKey, info);
  if (absl::IsNotFound(status)) return absl::OkStatus();
  PARTNERLENS_RETURN_IF_ERROR(status);
  if (info.version() != kSchemaVersion) {
    return absl::FailedPreconditionError(
        absl::StrCat("store has schema version ", info.version(),
                     ", this binary reads version ", kSchemaVersion));
  }
  return absl::OkStatus();
}

void RemoveDir(const std::string& dir) {
  if (dir.empty()) return;
  std::error_code error;
  std::filesystem::remove_all(dir, error);
  if (error) LOG(WARNING) << "cannot remove " << dir << ": " << error.message();
}

}  // namespace

absl::StatusOr<std::unique_ptr<StoreReader>> StoreReader::Open(
    const StoreReaderOptions& options) {
  PARTNERLENS_RETURN_IF_ERROR(ValidateOptions(options));
  std::string owned_dir;
  std::string secondary_dir = options.secondary_dir;
  if (secondary_dir.empty()) {
    PARTNERLENS_ASSIGN_OR_RETURN(owned_dir, MakeTempSecondaryDir());
    secondary_dir = owned_dir;
  }
  absl::StatusOr<OpenedDb> opened = OpenSecondaryWithRetry(
      options.data_dir, secondary_dir, options.open_timeout);
  if (!opened.ok()) {
    RemoveDir(owned_dir);
    return opened.status();
  }
  std::unique_ptr<StoreReader> reader(
      new StoreReader(std::move(opened->db), std::move(opened->handles),
                      std::move(owned_dir), options.catch_up_interval));
  PARTNERLENS_RETURN_IF_ERROR(CheckSchemaVersion(*reader));
  return reader;
}

StoreReader::StoreReader(std::unique_ptr<rocksdb::DB> db,
                         std::vector<rocksdb::ColumnFamilyHandle*> handles,
                         std::string owned_secondary_dir,
                         absl::Duration catch_up_interval)
    : db_(std::move(db)),
      handles_(std::move(handles)),
      owned_secondary_dir_(std::move(owned_secondary_dir)) {
  catch_up_thread_ = std::thread(
      [this, catch_up_interval] { CatchUpLoop(catch_up_interval); });
}

StoreReader::~StoreReader() {
  {
    absl::MutexLock lock(&stop_mu_);
    stop_ = true;
  }
  catch_up_thread_.join();
  for (rocksdb::ColumnFamilyHandle* handle : handles_) {
    db_->DestroyColumnFamilyHandle(handle).PermitUncheckedError();
  }
  db_.reset();
  RemoveDir(owned_secondary_dir_);
}

rocksdb::ColumnFamilyHandle* StoreReader::Family(absl::string_view name) const {
  for (size_t i = 0; i < kColumnFamilies.size(); ++i) {
    if (kColumnFamilies[i] == name) return handles_[i];
  }
  LOG(FATAL) << "unknown column family " << name;
  return nullptr;
}

void StoreReader::CatchUpLoop(absl::Duration interval) {
  while (true) {
    {
      absl::MutexLock lock(&stop_mu_);
      if (stop_mu_.AwaitWithTimeout(absl::Condition(&stop_), interval)) return;
    }
    CatchUp().IgnoreError();  // CatchUpLocked logs changes of health.
  }
}

uint64_t StoreReader::LatestSequence() const {
  return db_->GetLatestSequenceNumber();
}

absl::Status StoreReader::CatchUp() {
  absl::MutexLock lock(&catch_up_mu_);
  return CatchUpLocked();
}

absl::Status StoreReader::CatchUpLocked() {
  absl::Status status = FromRocksDb(db_->TryCatchUpWithPrimary());
  if (!status.ok() && last_catch_up_.ok()) {
    LOG(WARNING) << "catching up with the primary failed: " << status;
  } else if (status.ok() && !last_catch_up_.ok()) {
    LOG(INFO) << "catching up with the primary works again";
  }
  last_catch_up_ = status;
  return status;
}

absl::Status StoreReader::WaitForSequence(uint64_t sequence,
                                          absl::Time deadline) {
  absl::Duration pause = absl::Milliseconds(1);
  while (LatestSequence() < sequence) {
    if (absl::Now() >= deadline) {
      return absl::DeadlineExceededError(absl::StrCat(
          "the store did not reach the consistency token's write (sequence ",
          sequence, ", now at ", LatestSequence(), ") before the deadline"));
    }
    PARTNERLENS_RETURN_IF_ERROR(CatchUp());
    if (LatestSequence() >= sequence) break;
    absl::SleepFor(std::min(pause, deadline - absl::Now()));
    pause = std::min(pause * 2, kMaxWaitPause);
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> StoreReader::Get(absl::string_view family,
                                             absl::string_view key) const {
  std::string value;
  rocksdb::Status status =
      db_->Get(rocksdb::ReadOptions(), Family(family), ToSlice(key), &value);
  if (status.IsNotFound()) {
    return absl::NotFoundError(absl::StrCat("no row in ", family));
  }
  PARTNERLENS_RETURN_IF_ERROR(FromRocksDb(status));
  return value;
}

absl::Status StoreReader::GetMessage(
    absl::string_view family, absl::string_view key,
    google::protobuf::MessageLite& message) const {
  PARTNERLENS_ASSIGN_OR_RETURN(std::string value, Get(family, key));
  return Decode(value, message);
}

absl::Status StoreReader::Scan(
    absl::string_view family, absl::string_view prefix, absl::string_view start,
    absl::FunctionRef<absl::StatusOr<bool>(RowView)> visit) const {
  const std::string upper = PrefixSuccessor(prefix);
  const rocksdb::Slice upper_slice(upper);
  rocksdb::ReadOptions read_options;
  if (!upper.empty()) read_options.iterate_upper_bound = &upper_slice;
  std::unique_ptr<rocksdb::Iterator> it(
      db_->NewIterator(read_options, Family(family)));
  for (it->Seek(ToSlice(std::max(start, prefix))); it->Valid(); it->Next()) {
    const absl::string_view key = ToView(it->key());
    if (!absl::StartsWith(key, prefix)) break;
    PARTNERLENS_ASSIGN_OR_RETURN(bool more,
                                 visit(RowView{key, ToView(it->value())}));
    if (!more) return absl::OkStatus();
  }
  return FromRocksDb(it->status());
}

absl::Status StoreReader::ScanFactRows(
    absl::string_view family, absl::string_view prefix, absl::string_view start,
    absl::FunctionRef<absl::StatusOr<bool>(absl::string_view, absl::string_view,
                                           absl::string_view)>
        visit) const {
  return Scan(family, prefix, start, [&](RowView row) -> absl::StatusOr<bool> {
    absl::StatusOr<FactKeyParts> parts = ParseFactKey(row.key);
    if (!parts.ok()) {
      return absl::DataLossError(absl::StrCat("malformed key in ", family));
    }
    return visit(parts->entity_id, parts->article_id, row.value);
  });
}

absl::StatusOr<std::vector<IndexHit>> StoreReader::ReadIndex(
    IndexTag tag, absl::string_view a) const {
  std::vector<IndexHit> hits;
  const std::string prefix = IndexPrefix(tag, a);
  PARTNERLENS_RETURN_IF_ERROR(Scan(
      kIndexFamily, prefix, prefix, [&](RowView row) -> absl::StatusOr<bool> {
        absl::StatusOr<IndexKeyParts> parts = ParseIndexKey(row.key);
        if (!parts.ok()) return absl::DataLossError("malformed index key");
        if (hits.empty() || hits.back().id != parts->b) {
          hits.push_back(IndexHit{std::string(parts->b), 0});
        }
        ++hits.back().article_count;
        return true;
      }));
  return hits;
}

absl::Status StoreReader::Decode(absl::string_view value,
                                 google::protobuf::MessageLite& message) {
  if (!message.ParseFromArray(value.data(), static_cast<int>(value.size()))) {
    return absl::DataLossError(
        absl::StrCat("stored ", message.GetTypeName(), " does not decode"));
  }
  return absl::OkStatus();
}

std::string StoreReader::StartAfterEntity(absl::string_view after_id) {
  if (after_id.empty()) return "";
  return PrefixSuccessor(FactPrefix(after_id));
}

std::string StoreReader::EntityPrefix(absl::string_view entity_id) {
  return FactPrefix(entity_id);
}

}  // namespace partnerlens::storage
