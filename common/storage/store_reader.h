#ifndef PARTNERLENS_COMMON_STORAGE_STORE_READER_H_
#define PARTNERLENS_COMMON_STORAGE_STORE_READER_H_

// The query service's read-only view of the store: a RocksDB secondary
// instance over the directory the ingest service (the primary) writes. It
// follows the primary by replaying its log, on a timer and on demand, and
// never writes. Layouts are those of common/storage/schema.h.

#include <cstdint>
#include <memory>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "google/protobuf/message_lite.h"
#include "rocksdb/db.h"

#include "common/storage/schema.h"

namespace partnerlens::storage {

struct StoreReaderOptions {
  // Directory of the store the primary writes. Required.
  std::string data_dir;
  // Directory for the secondary's own files (its info log). Empty: a fresh
  // directory under the system temp directory, removed by the destructor.
  // Default: empty.
  std::string secondary_dir;
  // Period of the background catch-up with the primary. Default 100 ms.
  absl::Duration catch_up_interval = absl::Milliseconds(100);
  // How long Open() keeps retrying while the primary has not created the
  // store (or all of its column families) yet. Default 30 s.
  absl::Duration open_timeout = absl::Seconds(30);
};

// One row of a scan. The views are valid only during the visit call.
struct RowView {
  absl::string_view key;
  absl::string_view value;
};

// One fact row of an entity, decoded: the article it came from and what
// that article says.
template <typename Fact>
struct ArticleFact {
  std::string article_id;
  Fact fact;
};

// One distinct target of an index prefix: the second key component and the
// number of articles whose entries name it.
struct IndexHit {
  std::string id;
  int article_count = 0;
};

// A secondary instance of the store. Thread-safe: every method may be called
// from any thread at once. A background thread catches up with the primary
// every catch_up_interval until destruction.
//
// Reads see the state of the last catch-up. Each scan uses one iterator, so
// it sees one state; a sequence of reads may straddle a catch-up, and the
// primary writes each article as one batch, so a reader sees an article's
// rows either all or not at all at any one state.
//
// Error codes: NOT_FOUND for an absent key, DATA_LOSS for a value that does
// not decode, INTERNAL/UNAVAILABLE/RESOURCE_EXHAUSTED for RocksDB failures.
class StoreReader {
 public:
  // Opens `options.data_dir` as a secondary with every family of
  // kColumnFamilies and starts the catch-up thread. While the store or one
  // of its families is missing it retries for up to open_timeout, then
  // returns UNAVAILABLE naming the directory. FAILED_PRECONDITION when the
  // store has another kSchemaVersion; INVALID_ARGUMENT for an empty
  // data_dir or a non-positive catch_up_interval.
  static absl::StatusOr<std::unique_ptr<StoreReader>> Open(
      const StoreReaderOptions& options);

  // Stops the catch-up thread, closes the store and removes a secondary
  // directory that Open() created.
  ~StoreReader();

  StoreReader(const StoreReader&) = delete;
  StoreReader& operator=(const StoreReader&) = delete;

  // The sequence number of the latest write this instance has replayed.
  uint64_t LatestSequence() const;

  // Replays what the primary wrote since the last catch-up.
  absl::Status CatchUp();

  // Catches up until LatestSequence() >= sequence. DEADLINE_EXCEEDED when
  // `deadline` passes first.
  absl::Status WaitForSequence(uint64_t sequence, absl::Time deadline);

  // The value under `key` in `family`; NOT_FOUND when absent.
  absl::StatusOr<std::string> Get(absl::string_view family,
                                  absl::string_view key) const;

  // `key` in `family` decoded into `message`; NOT_FOUND when absent,
  // DATA_LOSS when the value does not decode.
  absl::Status GetMessage(absl::string_view family, absl::string_view key,
                          google::protobuf::MessageLite& message) const;

  // Calls `visit` for each row of `family` whose key starts with `prefix`
  // and is >= `start` (an empty `start` means the first such key), in key
  // order, until `visit` returns false or an error (which Scan returns).
  absl::Status Scan(
      absl::string_view family, absl::string_view prefix,
      absl::string_view start,
      absl::FunctionRef<absl::StatusOr<bool>(RowView)> visit) const;

  // Every fact row of `entity_id` in a fact family, decoded, in article id
  // order; empty when the entity is unknown. DATA_LOSS for a bad row.
  template <typename Fact>
  absl::StatusOr<std::vector<ArticleFact<Fact>>> ReadFacts(
      absl::string_view family, absl::string_view entity_id) const;

  // Calls `visit` with the entity id and decoded fact rows of each entity in
  // a fact family whose id is greater than `after_id` (empty: from the
  // first), in id order, until `visit` returns false or an error.
  template <typename Fact>
  absl::Status ScanEntities(
      absl::string_view family, absl::string_view after_id,
      absl::FunctionRef<absl::StatusOr<bool>(absl::string_view,
                                             std::vector<ArticleFact<Fact>>)>
          visit) const;

  // The distinct second components of the index entries under (tag, a), in
  // key order, each with the number of articles behind it.
  absl::StatusOr<std::vector<IndexHit>> ReadIndex(IndexTag tag,
                                                  absl::string_view a) const;

 private:
  StoreReader(std::unique_ptr<rocksdb::DB> db,
              std::vector<rocksdb::ColumnFamilyHandle*> handles,
              std::string owned_secondary_dir,
              absl::Duration catch_up_interval);

  rocksdb::ColumnFamilyHandle* Family(absl::string_view name) const;
  void CatchUpLoop(absl::Duration interval);
  absl::Status CatchUpLocked() ABSL_EXCLUSIVE_LOCKS_REQUIRED(catch_up_mu_);

  // Fact-row scan shared by the templates: visits (entity id, article id,
  // value) rows of entities after `after_id`, or only of `entity_id`.
  absl::Status ScanFactRows(
      absl::string_view family, absl::string_view prefix,
      absl::string_view start,
      absl::FunctionRef<absl::StatusOr<bool>(
          absl::string_view, absl::string_view, absl::string_view)>
          visit) const;

  static absl::Status Decode(absl::string_view value,
                             google::protobuf::MessageLite& message);
  static std::string StartAfterEntity(absl::string_view after_id);
  static std::string EntityPrefix(absl::string_view entity_id);

  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  const std::string owned_secondary_dir_;

  // Serialises catch-ups: one replays while the others wait for it.
  absl::Mutex catch_up_mu_;
  absl::Status last_catch_up_ ABSL_GUARDED_BY(catch_up_mu_);

  absl::Mutex stop_mu_;
  bool stop_ ABSL_GUARDED_BY(stop_mu_) = false;
  std::thread catch_up_thread_;
};

template <typename Fact>
absl::StatusOr<std::vector<ArticleFact<Fact>>> StoreReader::ReadFacts(
    absl::string_view family, absl::string_view entity_id) const {
  std::vector<ArticleFact<Fact>> facts;
  const std::string prefix = EntityPrefix(entity_id);
  absl::Status status =
      ScanFactRows(family, prefix, prefix,
                   [&](absl::string_view, absl::string_view article_id,
                       absl::string_view value) -> absl::StatusOr<bool> {
                     ArticleFact<Fact>& row = facts.emplace_back();
                     row.article_id = std::string(article_id);
                     absl::Status decoded = Decode(value, row.fact);
                     if (!decoded.ok()) return decoded;
                     return true;
                   });
  if (!status.ok()) return status;
  return facts;
}

template <typename Fact>
absl::Status StoreReader::ScanEntities(
    absl::string_view family, absl::string_view after_id,
    absl::FunctionRef<absl::StatusOr<bool>(absl::string_view,
                                           std::vector<ArticleFact<Fact>>)>
        visit) const {
  std::string current;
  std::vector<ArticleFact<Fact>> group;
  bool stopped = false;
  absl::Status status = ScanFactRows(
      family, "", StartAfterEntity(after_id),
      [&](absl::string_view entity_id, absl::string_view article_id,
          absl::string_view value) -> absl::StatusOr<bool> {
        if (!group.empty() && entity_id != current) {
          absl::StatusOr<bool> more = visit(current, std::move(group));
          group.clear();
          if (!more.ok() || !*more) {
            stopped = true;
            return more;
          }
        }
        current = std::string(entity_id);
        ArticleFact<Fact>& row = group.emplace_back();
        row.article_id = std::string(article_id);
        absl::Status decoded = Decode(value, row.fact);
        if (!decoded.ok()) return decoded;
        return true;
      });
  if (!status.ok() || stopped || group.empty()) return status;
  return visit(current, std::move(group)).status();
}

}  // namespace partnerlens::storage

#endif  // PARTNERLENS_COMMON_STORAGE_STORE_READER_H_
