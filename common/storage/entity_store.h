#ifndef PARTNERLENS_COMMON_STORAGE_ENTITY_STORE_H_
#define PARTNERLENS_COMMON_STORAGE_ENTITY_STORE_H_

// The primary (read-write) handle of the PartnerLens RocksDB store, held by
// the ingest service, the only writer. The query service reads the same
// directory as a secondary instance (store_reader.h).
//
// Durability: every write is one WriteBatch written with the WAL on and
// WriteOptions::sync = true, so a write that returned OK survives a crash
// of the process or the machine. Readers never see half an article.
//
// Thread-safety: all methods may be called concurrently. Writes are
// serialized by a mutex, so the check-then-write of CreateArticle is atomic
// and the sequence number a write returns is the one that write reached.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"
#include "rocksdb/db.h"

#include "partnerlens/storage/v1/records.pb.h"

namespace partnerlens::storage {

struct EntityStoreOptions {
  // Sync the WAL before a write returns. Default true; tests may turn it off
  // for speed.
  bool sync_writes = true;
};

// What CreateArticle did.
struct CreateOutcome {
  // The article the request refers to: the new one, the already stored one
  // with the same content, or the one a known request id first stored.
  std::string article_id;
  // True when this call stored the article.
  bool created = false;
  // The store's sequence number after the call; covers the article.
  uint64_t sequence = 0;
};

class EntityStore {
 public:
  // Opens (creating when missing) the store in directory `dir`, with every
  // column family of schema.h. Checks the stored schema version, writing it
  // into a new store. Errors: FAILED_PRECONDITION when another process (or
  // another EntityStore in this one) holds the directory, when it cannot be
  // created, or when its schema version differs from kSchemaVersion;
  // DATA_LOSS when the version record does not decode; others from
  // FromRocksDb.
  static absl::StatusOr<std::unique_ptr<EntityStore>> Open(
      absl::string_view dir, const EntityStoreOptions& options = {});

  // Flushes nothing extra (the WAL is synced) and closes the database.
  ~EntityStore();

  EntityStore(const EntityStore&) = delete;
  EntityStore& operator=(const EntityStore&) = delete;

  // Stores `row`, its `facts` and their index entries in one WriteBatch,
  // plus request id -> row.id() when `request_id` is not empty. When an
  // article with row.id() is stored already, the same batch first withdraws
  // every fact row and index entry the old version contributed (this is
  // re-extraction). Returns the sequence number the write reached.
  // INVALID_ARGUMENT when row.id() is empty or a fact has an empty id.
  absl::StatusOr<uint64_t> WriteArticle(const v1::ArticleRow& row,
                                        const v1::ArticleFacts& facts,
                                        absl::string_view request_id);

  // The idempotent submit: atomically, with respect to every other write,
  //  - a `request_id` stored before returns its first article, created=false;
  //  - an article row.id() stored with the same content_sha256 returns it,
  //    created=false (and records `request_id`);
  //  - one stored with another content_sha256 fails with ALREADY_EXISTS;
  //  - otherwise stores as WriteArticle does, created=true.
  absl::StatusOr<CreateOutcome> CreateArticle(const v1::ArticleRow& row,
                                              const v1::ArticleFacts& facts,
                                              absl::string_view request_id);

  // Deletes the article and withdraws every fact row and index entry it
  // contributed, in one WriteBatch. Request ids that named it stay. Returns
  // the sequence number reached. NOT_FOUND for an unknown id.
  absl::StatusOr<uint64_t> DeleteArticle(absl::string_view article_id);

  // The stored article. NOT_FOUND for an unknown id, DATA_LOSS when the row
  // does not decode.
  absl::StatusOr<v1::ArticleRow> GetArticle(absl::string_view article_id);

  // Every fact the article contributed. NOT_FOUND, DATA_LOSS as GetArticle.
  absl::StatusOr<v1::ArticleFacts> GetArticleFacts(
      absl::string_view article_id);

  // The article id stored under `request_id`, or nullopt when it is new.
  absl::StatusOr<std::optional<std::string>> LookupRequest(
      absl::string_view request_id);

  // Sequence number of the latest write.
  uint64_t LatestSequenceNumber() const;

  // Ids of every stored article, in key order (for re-extraction and
  // checks; reads a snapshot).
  absl::StatusOr<std::vector<std::string>> ListArticleIds();

 private:
  class Handles;
  EntityStore(std::unique_ptr<Handles> handles, EntityStoreOptions options);

  absl::StatusOr<uint64_t> WriteArticleLocked(const v1::ArticleRow& row,
                                              const v1::ArticleFacts& facts,
                                              absl::string_view request_id)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(write_mu_);
  absl::StatusOr<std::optional<v1::ArticleFacts>> FindFacts(
      absl::string_view article_id);
  absl::Status Commit(rocksdb::WriteBatch& batch);

  std::unique_ptr<Handles> handles_;
  const EntityStoreOptions options_;
  absl::Mutex write_mu_;
};

}  // namespace partnerlens::storage

#endif  // PARTNERLENS_COMMON_STORAGE_ENTITY_STORE_H_
