#include "common/storage/entity_store.h"

#include <filesystem>
#include <system_error>
#include <utility>

#include "absl/strings/str_cat.h"
#include "glog/logging.h"
#include "rocksdb/iterator.h"
#include "rocksdb/options.h"
#include "rocksdb/write_batch.h"

#include "common/status/status_macros.h"
#include "common/storage/index_entries.h"
#include "common/storage/key_codec.h"
#include "common/storage/rocksdb_status.h"
#include "common/storage/schema.h"

namespace partnerlens::storage {
namespace {

rocksdb::Slice ToSlice(absl::string_view s) {
  return rocksdb::Slice(s.data(), s.size());
}

// The column family handles of schema.h by name; not owned.
struct Families {
  rocksdb::ColumnFamilyHandle* schema = nullptr;
  rocksdb::ColumnFamilyHandle* articles = nullptr;
  rocksdb::ColumnFamilyHandle* article_facts = nullptr;
  rocksdb::ColumnFamilyHandle* organizations = nullptr;
  rocksdb::ColumnFamilyHandle* people = nullptr;
  rocksdb::ColumnFamilyHandle* events = nullptr;
  rocksdb::ColumnFamilyHandle* partnerships = nullptr;
  rocksdb::ColumnFamilyHandle* index = nullptr;
};

// `handles` are in kColumnFamilies order.
Families NameFamilies(
    const std::vector<rocksdb::ColumnFamilyHandle*>& handles) {
  CHECK_EQ(handles.size(), kColumnFamilies.size());
  Families families;
  rocksdb::ColumnFamilyHandle** slots[] = {
      &families.schema,        &families.articles, &families.article_facts,
      &families.organizations, &families.people,   &families.events,
      &families.partnerships,  &families.index};
  static_assert(std::size(slots) == kColumnFamilies.size());
  for (size_t i = 0; i < handles.size(); ++i) {
    CHECK_EQ(handles[i]->GetName(), std::string(kColumnFamilies[i]));
    *slots[i] = handles[i];
  }
  return families;
}

std::vector<rocksdb::ColumnFamilyDescriptor> FamilyDescriptors() {
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  descriptors.reserve(kColumnFamilies.size());
  for (absl::string_view name : kColumnFamilies) {
    descriptors.emplace_back(std::string(name), rocksdb::ColumnFamilyOptions());
  }
  return descriptors;
}

rocksdb::DBOptions StoreDbOptions() {
  rocksdb::DBOptions options;
  options.create_if_missing = true;
  options.create_missing_column_families = true;
  options.keep_log_file_num = 5;
  return options;
}

absl::Status CreateDirectory(absl::string_view dir) {
  std::error_code error;
  std::filesystem::create_directories(std::string(dir), error);
  if (!error) return absl::OkStatus();
  return absl::FailedPreconditionError(absl::StrCat(
      "cannot create data directory ", dir, ": ", error.message()));
}

template <typename Fact>
absl::Status CheckIds(absl::string_view kind,
                      const google::protobuf::RepeatedPtrField<Fact>& facts) {
  for (const Fact& fact : facts) {
    if (fact.id().empty()) {
      return absl::InvalidArgumentError(absl::StrCat("a ", kind, " has no id"));
    }
  }
  return absl::OkStatus();
}

absl::Status CheckWritable(const v1::ArticleRow& row,
                           const v1::ArticleFacts& facts) {
  if (row.id().empty()) return absl::InvalidArgumentError("article has no id");
  PARTNERLENS_RETURN_IF_ERROR(CheckIds("organization", facts.organizations()));
  PARTNERLENS_RETURN_IF_ERROR(CheckIds("person", facts.people()));
  PARTNERLENS_RETURN_IF_ERROR(CheckIds("event", facts.events()));
  return CheckIds("partnership", facts.partnerships());
}

template <typename Fact>
void PutFactRows(rocksdb::WriteBatch& batch,
                 rocksdb::ColumnFamilyHandle* family,
                 absl::string_view article_id,
                 const google::protobuf::RepeatedPtrField<Fact>& facts) {
  for (const Fact& fact : facts) {
    batch.Put(family, ToSlice(FactKey(fact.id(), article_id)),
              fact.SerializeAsString());
  }
}

template <typename Fact>
void DeleteFactRows(rocksdb::WriteBatch& batch,
                    rocksdb::ColumnFamilyHandle* family,
                    absl::string_view article_id,
                    const google::protobuf::RepeatedPtrField<Fact>& facts) {
  for (const Fact& fact : facts) {
    batch.Delete(family, ToSlice(FactKey(fact.id(), article_id)));
  }
}

// Adds to `batch` the fact rows and index entries of `facts`.
void PutFacts(rocksdb::WriteBatch& batch, const Families& families,
              absl::string_view article_id, const v1::ArticleFacts& facts) {
  PutFactRows(batch, families.organizations, article_id, facts.organizations());
  PutFactRows(batch, families.people, article_id, facts.people());
  PutFactRows(batch, families.events, article_id, facts.events());
  PutFactRows(batch, families.partnerships, article_id, facts.partnerships());
  for (const std::string& key : IndexEntries(article_id, facts)) {
    batch.Put(families.index, ToSlice(key), rocksdb::Slice());
  }
}

// Adds to `batch` deletions of every fact row and index entry of `facts`.
void WithdrawFacts(rocksdb::WriteBatch& batch, const Families& families,
                   absl::string_view article_id,
                   const v1::ArticleFacts& facts) {
  DeleteFactRows(batch, families.organizations, article_id,
                 facts.organizations());
  DeleteFactRows(batch, families.people, article_id, facts.people());
  DeleteFactRows(batch, families.events, article_id, facts.events());
  DeleteFactRows(batch, families.partnerships, article_id,
                 facts.partnerships());
  for (const std::string& key : IndexEntries(article_id, facts)) {
    batch.Delete(families.index, ToSlice(key));
  }
}

}  // namespace

// The database and its column family handles; closes both on destruction.
class EntityStore::Handles {
 public:
  Handles(rocksdb::DB* db, std::vector<rocksdb::ColumnFamilyHandle*> handles)
      : db_(db),
        handles_(std::move(handles)),
        families_(NameFamilies(handles_)) {}

  ~Handles() {
    for (rocksdb::ColumnFamilyHandle* handle : handles_) {
      db_->DestroyColumnFamilyHandle(handle);
    }
    const rocksdb::Status status = db_->Close();
    if (!status.ok()) LOG(WARNING) << "closing store: " << status.ToString();
  }

  Handles(const Handles&) = delete;
  Handles& operator=(const Handles&) = delete;

  rocksdb::DB* db() const { return db_.get(); }
  const Families& families() const { return families_; }

  // The value under `key`, or nullopt when there is none.
  absl::StatusOr<std::optional<std::string>> Get(
      rocksdb::ColumnFamilyHandle* family, absl::string_view key) const {
    std::string value;
    const rocksdb::Status status =
        db_->Get(rocksdb::ReadOptions(), family, ToSlice(key), &value);
    if (status.IsNotFound()) return std::nullopt;
    if (!status.ok()) return FromRocksDb(status);
    return value;
  }

  // The message under `key`, or nullopt when there is none; DATA_LOSS when
  // it does not decode.
  template <typename Message>
  absl::StatusOr<std::optional<Message>> GetMessage(
      rocksdb::ColumnFamilyHandle* family, absl::string_view key) const {
    PARTNERLENS_ASSIGN_OR_RETURN(std::optional<std::string> value,
                                 Get(family, key));
    if (!value.has_value()) return std::nullopt;
    Message message;
    if (!message.ParseFromString(*value)) {
      return absl::DataLossError(absl::StrCat(
          "stored ", family->GetName(), " record ", key, " does not decode"));
    }
    return message;
  }

  // Writes the schema version into a new store; checks it in an old one.
  absl::Status CheckSchemaVersion(bool sync) const {
    PARTNERLENS_ASSIGN_OR_RETURN(
        std::optional<v1::SchemaInfo> info,
        GetMessage<v1::SchemaInfo>(families_.schema, kSchemaVersionKey));
    if (info.has_value()) {
      if (info->version() == kSchemaVersion) return absl::OkStatus();
      return absl::FailedPreconditionError(
          absl::StrCat("the store has schema version ", info->version(),
                       "; this binary reads version ", kSchemaVersion));
    }
    v1::SchemaInfo fresh;
    fresh.set_version(kSchemaVersion);
    rocksdb::WriteOptions write_options;
    write_options.sync = sync;
    return FromRocksDb(db_->Put(write_options, families_.schema,
                                ToSlice(kSchemaVersionKey),
                                fresh.SerializeAsString()));
  }

 private:
  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  Families families_;
};

EntityStore::EntityStore(std::unique_ptr<Handles> handles,
                         EntityStoreOptions options)
    : handles_(std::move(handles)), options_(options) {}

EntityStore::~EntityStore() = default;

absl::StatusOr<std::unique_ptr<EntityStore>> EntityStore::Open(
    absl::string_view dir, const EntityStoreOptions& options) {
  PARTNERLENS_RETURN_IF_ERROR(CreateDirectory(dir));
  rocksdb::DB* db = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  const rocksdb::Status status = rocksdb::DB::Open(
      StoreDbOptions(), std::string(dir), FamilyDescriptors(), &handles, &db);
  if (!status.ok()) {
    const absl::Status error = FromRocksDb(status);
    return absl::Status(error.code(), absl::StrCat("cannot open the store in ",
                                                   dir, ": ", error.message()));
  }
  auto owned = std::make_unique<Handles>(db, std::move(handles));
  PARTNERLENS_RETURN_IF_ERROR(owned->CheckSchemaVersion(options.sync_writes));
  return std::unique_ptr<EntityStore>(
      new EntityStore(std::move(owned), options));
}

absl::StatusOr<uint64_t> EntityStore::WriteArticle(
    const v1::ArticleRow& row, const v1::ArticleFacts& facts,
    absl::string_view request_id) {
  absl::MutexLock lock(&write_mu_);
  return WriteArticleLocked(row, facts, request_id);
}

absl::StatusOr<uint64_t> EntityStore::WriteArticleLocked(
    const v1::ArticleRow& row, const v1::ArticleFacts& facts,
    absl::string_view request_id) {
  PARTNERLENS_RETURN_IF_ERROR(CheckWritable(row, facts));
  const Families& families = handles_->families();
  PARTNERLENS_ASSIGN_OR_RETURN(std::optional<v1::ArticleFacts> old,
                               FindFacts(row.id()));
  rocksdb::WriteBatch batch;
  if (old.has_value()) WithdrawFacts(batch, families, row.id(), *old);
  PutFacts(batch, families, row.id(), facts);
  batch.Put(families.articles, ToSlice(row.id()), row.SerializeAsString());
  batch.Put(families.article_facts, ToSlice(row.id()),
            facts.SerializeAsString());
  if (!request_id.empty()) {
    batch.Put(families.index, ToSlice(RequestKey(request_id)),
              ToSlice(row.id()));
  }
  PARTNERLENS_RETURN_IF_ERROR(Commit(batch));
  return LatestSequenceNumber();
}

absl::StatusOr<CreateOutcome> EntityStore::CreateArticle(
    const v1::ArticleRow& row, const v1::ArticleFacts& facts,
    absl::string_view request_id) {
  absl::MutexLock lock(&write_mu_);
  PARTNERLENS_ASSIGN_OR_RETURN(std::optional<std::string> first,
                               LookupRequest(request_id));
  if (first.has_value()) {
    return CreateOutcome{*std::move(first), false, LatestSequenceNumber()};
  }
  PARTNERLENS_ASSIGN_OR_RETURN(std::optional<v1::ArticleRow> stored,
                               handles_->GetMessage<v1::ArticleRow>(
                                   handles_->families().articles, row.id()));
  if (!stored.has_value()) {
    PARTNERLENS_ASSIGN_OR_RETURN(uint64_t sequence,
                                 WriteArticleLocked(row, facts, request_id));
    return CreateOutcome{row.id(), true, sequence};
  }
  if (stored->content_sha256() != row.content_sha256()) {
    return absl::AlreadyExistsError(absl::StrCat(
        "article_id ", row.id(), " is already stored with other content"));
  }
  if (!request_id.empty()) {
    rocksdb::WriteBatch batch;
    batch.Put(handles_->families().index, ToSlice(RequestKey(request_id)),
              ToSlice(row.id()));
    PARTNERLENS_RETURN_IF_ERROR(Commit(batch));
  }
  return CreateOutcome{row.id(), false, LatestSequenceNumber()};
}

absl::StatusOr<uint64_t> EntityStore::DeleteArticle(
    absl::string_view article_id) {
  absl::MutexLock lock(&write_mu_);
  const Families& families = handles_->families();
  PARTNERLENS_ASSIGN_OR_RETURN(std::optional<std::string> row,
                               handles_->Get(families.articles, article_id));
  if (!row.has_value()) {
    return absl::NotFoundError(absl::StrCat("no article ", article_id));
  }
  PARTNERLENS_ASSIGN_OR_RETURN(std::optional<v1::ArticleFacts> facts,
                               FindFacts(article_id));
  rocksdb::WriteBatch batch;
  if (facts.has_value()) WithdrawFacts(batch, families, article_id, *facts);
  batch.Delete(families.articles, ToSlice(article_id));
  batch.Delete(families.article_facts, ToSlice(article_id));
  PARTNERLENS_RETURN_IF_ERROR(Commit(batch));
  return LatestSequenceNumber();
}

absl::StatusOr<v1::ArticleRow> EntityStore::GetArticle(
    absl::string_view article_id) {
  PARTNERLENS_ASSIGN_OR_RETURN(std::optional<v1::ArticleRow> row,
                               handles_->GetMessage<v1::ArticleRow>(
                                   handles_->families().articles, article_id));
  if (!row.has_value()) {
    return absl::NotFoundError(absl::StrCat("no article ", article_id));
  }
  return *std::move(row);
}

absl::StatusOr<v1::ArticleFacts> EntityStore::GetArticleFacts(
    absl::string_view article_id) {
  PARTNERLENS_ASSIGN_OR_RETURN(std::optional<v1::ArticleFacts> facts,
                               FindFacts(article_id));
  if (!facts.has_value()) {
    return absl::NotFoundError(absl::StrCat("no article ", article_id));
  }
  return *std::move(facts);
}

absl::StatusOr<std::optional<std::string>> EntityStore::LookupRequest(
    absl::string_view request_id) {
  if (request_id.empty()) return std::nullopt;
  return handles_->Get(handles_->families().index, RequestKey(request_id));
}

uint64_t EntityStore::LatestSequenceNumber() const {
  return handles_->db()->GetLatestSequenceNumber();
}

absl::StatusOr<std::vector<std::string>> EntityStore::ListArticleIds() {
  std::unique_ptr<rocksdb::Iterator> it(handles_->db()->NewIterator(
      rocksdb::ReadOptions(), handles_->families().articles));
  std::vector<std::string> ids;
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    ids.push_back(it->key().ToString());
  }
  PARTNERLENS_RETURN_IF_ERROR(FromRocksDb(it->status()));
  return ids;
}

absl::StatusOr<std::optional<v1::ArticleFacts>> EntityStore::FindFacts(
    absl::string_view article_id) {
  return handles_->GetMessage<v1::ArticleFacts>(
      handles_->families().article_facts, article_id);
}

absl::Status EntityStore::Commit(rocksdb::WriteBatch& batch) {
  rocksdb::WriteOptions write_options;
  write_options.sync = options_.sync_writes;
  return FromRocksDb(handles_->db()->Write(write_options, &batch));
}

}  // namespace partnerlens::storage
