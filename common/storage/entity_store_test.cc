#include "common/storage/entity_store.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "rocksdb/db.h"

#include "common/storage/ids.h"
#include "common/storage/index_entries.h"
#include "common/storage/key_codec.h"
#include "common/storage/schema.h"

namespace partnerlens::storage {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

// A fresh directory under the test temp dir, removed at the end.
class TempDir {
 public:
  TempDir() {
    const char* base = std::getenv("TEST_TMPDIR");
    path_ = std::filesystem::path(base != nullptr ? base : "/tmp") /
            absl::StrCat("entity_store_test_", getpid(), "_", counter_++);
    std::error_code error;
    std::filesystem::remove_all(path_, error);
  }
  ~TempDir() {
    std::error_code error;
    std::filesystem::remove_all(path_, error);
  }
  std::string path() const { return path_.string(); }

 private:
  static inline int counter_ = 0;
  std::filesystem::path path_;
};

v1::ArticleRow Row(const std::string& id, const std::string& content) {
  v1::ArticleRow row;
  row.set_id(id);
  row.set_text(content);
  row.set_raw_content(content);
  row.set_content_sha256(Sha256Hex(content));
  return row;
}

v1::ArticleFacts Facts(const std::vector<std::string>& org_names) {
  v1::ArticleFacts facts;
  for (const std::string& name : org_names) {
    v1::OrganizationFact* org = facts.add_organizations();
    org->set_id(OrganizationId(name));
    org->set_name(name);
  }
  if (org_names.size() >= 2) {
    v1::PartnershipFact* partnership = facts.add_partnerships();
    partnership->add_organization_ids(OrganizationId(org_names[0]));
    partnership->add_organization_ids(OrganizationId(org_names[1]));
    partnership->set_id(PartnershipId({partnership->organization_ids().begin(),
                                       partnership->organization_ids().end()},
                                      1));
  }
  v1::PersonFact* person = facts.add_people();
  person->set_name("Fan Jing");
  person->set_id(PersonId("Fan Jing"));
  return facts;
}

// Every key of family `name` in the store at `dir`, read through a
// secondary instance so the primary can stay open.
std::vector<std::string> Keys(const std::string& dir, absl::string_view name) {
  rocksdb::Options options;
  options.max_open_files = -1;
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (absl::string_view family : kColumnFamilies) {
    descriptors.emplace_back(std::string(family),
                             rocksdb::ColumnFamilyOptions());
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  const std::string secondary = dir + "_secondary";
  EXPECT_TRUE(rocksdb::DB::OpenAsSecondary(options, dir, secondary, descriptors,
                                           &handles, &db)
                  .ok());
  std::vector<std::string> keys;
  if (db == nullptr) return keys;
  for (size_t i = 0; i < kColumnFamilies.size(); ++i) {
    if (kColumnFamilies[i] != name) continue;
    std::unique_ptr<rocksdb::Iterator> it(
        db->NewIterator(rocksdb::ReadOptions(), handles[i]));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      keys.push_back(it->key().ToString());
    }
  }
  for (rocksdb::ColumnFamilyHandle* handle : handles) {
    db->DestroyColumnFamilyHandle(handle);
  }
  delete db;
  std::error_code error;
  std::filesystem::remove_all(secondary, error);
  return keys;
}

std::vector<std::string> IndexKeysWithoutRequests(const std::string& dir) {
  std::vector<std::string> keys;
  for (std::string& key : Keys(dir, kIndexFamily)) {
    if (key[0] != static_cast<char>(IndexTag::kRequest)) {
      keys.push_back(std::move(key));
    }
  }
  return keys;
}

class EntityStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<std::unique_ptr<EntityStore>> store =
        EntityStore::Open(dir_.path());
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = *std::move(store);
  }

  TempDir dir_;
  std::unique_ptr<EntityStore> store_;
};

TEST_F(EntityStoreTest, CreatesEveryColumnFamily) {
  std::vector<std::string> families;
  ASSERT_TRUE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir_.path(),
                                              &families)
                  .ok());
  std::vector<std::string> expected(kColumnFamilies.begin(),
                                    kColumnFamilies.end());
  std::sort(families.begin(), families.end());
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(families, expected);
}

TEST_F(EntityStoreTest, WriteThenReadBack) {
  const v1::ArticleRow row = Row("a1", "Huashu and Lenovo sign.");
  const v1::ArticleFacts facts = Facts({"Huashu Group", "Lenovo Group"});
  absl::StatusOr<uint64_t> sequence = store_->WriteArticle(row, facts, "req1");
  ASSERT_TRUE(sequence.ok()) << sequence.status();
  EXPECT_EQ(*sequence, store_->LatestSequenceNumber());
  EXPECT_GT(*sequence, 0u);

  absl::StatusOr<v1::ArticleRow> got = store_->GetArticle("a1");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->text(), row.text());
  absl::StatusOr<v1::ArticleFacts> got_facts = store_->GetArticleFacts("a1");
  ASSERT_TRUE(got_facts.ok());
  EXPECT_EQ(got_facts->organizations_size(), 2);
  EXPECT_EQ(*store_->LookupRequest("req1"), std::optional<std::string>("a1"));
  EXPECT_EQ(*store_->LookupRequest("req2"), std::nullopt);
  EXPECT_THAT(
      Keys(dir_.path(), kOrganizationsFamily),
      UnorderedElementsAre(FactKey(OrganizationId("Huashu Group"), "a1"),
                           FactKey(OrganizationId("Lenovo Group"), "a1")));
  EXPECT_EQ(IndexKeysWithoutRequests(dir_.path()), IndexEntries("a1", facts));
}

TEST_F(EntityStoreTest, ReopenAfterCloseKeepsData) {
  const v1::ArticleFacts facts = Facts({"Huashu Group", "Lenovo Group"});
  ASSERT_TRUE(store_->WriteArticle(Row("a1", "text one"), facts, "r1").ok());
  const uint64_t sequence = store_->LatestSequenceNumber();
  store_.reset();

  absl::StatusOr<std::unique_ptr<EntityStore>> reopened =
      EntityStore::Open(dir_.path());
  ASSERT_TRUE(reopened.ok()) << reopened.status();
  EXPECT_GE((*reopened)->LatestSequenceNumber(), sequence);
  absl::StatusOr<v1::ArticleRow> row = (*reopened)->GetArticle("a1");
  ASSERT_TRUE(row.ok()) << row.status();
  EXPECT_EQ(row->text(), "text one");
  EXPECT_EQ(*(*reopened)->LookupRequest("r1"),
            std::optional<std::string>("a1"));
  EXPECT_THAT(*(*reopened)->ListArticleIds(), ElementsAre("a1"));
}

TEST_F(EntityStoreTest, SecondOpenOfTheSameDirectoryFails) {
  absl::StatusOr<std::unique_ptr<EntityStore>> second =
      EntityStore::Open(dir_.path());
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(second.status().message()),
              HasSubstr("held by another process"));
}

TEST(EntityStoreOpenTest, UncreatableDirectoryFails) {
  TempDir dir;
  {
    std::ofstream file(dir.path());  // a file where the directory should be
  }
  absl::StatusOr<std::unique_ptr<EntityStore>> store =
      EntityStore::Open(dir.path() + "/sub");
  EXPECT_EQ(store.status().code(), absl::StatusCode::kFailedPrecondition)
      << store.status();
  std::error_code error;
  std::filesystem::remove(dir.path(), error);
}

TEST(EntityStoreOpenTest, OtherSchemaVersionFails) {
  TempDir dir;
  ASSERT_TRUE(EntityStore::Open(dir.path()).ok());  // creates, then closes
  {
    rocksdb::DB* db = nullptr;
    std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
    for (absl::string_view family : kColumnFamilies) {
      descriptors.emplace_back(std::string(family),
                               rocksdb::ColumnFamilyOptions());
    }
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    ASSERT_TRUE(rocksdb::DB::Open(rocksdb::DBOptions(), dir.path(), descriptors,
                                  &handles, &db)
                    .ok());
    v1::SchemaInfo info;
    info.set_version(kSchemaVersion + 1);
    ASSERT_TRUE(db->Put(rocksdb::WriteOptions(), handles[0],
                        std::string(kSchemaVersionKey),
                        info.SerializeAsString())
                    .ok());
    for (rocksdb::ColumnFamilyHandle* handle : handles) {
      db->DestroyColumnFamilyHandle(handle);
    }
    delete db;
  }
  absl::StatusOr<std::unique_ptr<EntityStore>> store =
      EntityStore::Open(dir.path());
  EXPECT_EQ(store.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(store.status().message()),
              HasSubstr(absl::StrCat("schema version ", kSchemaVersion + 1)));
}

TEST_F(EntityStoreTest, DeleteWithdrawsEverything) {
  const v1::ArticleFacts facts = Facts({"Huashu Group", "Lenovo Group"});
  ASSERT_TRUE(store_->WriteArticle(Row("a1", "text"), facts, "").ok());
  const uint64_t before = store_->LatestSequenceNumber();

  absl::StatusOr<uint64_t> sequence = store_->DeleteArticle("a1");
  ASSERT_TRUE(sequence.ok()) << sequence.status();
  EXPECT_GT(*sequence, before);
  EXPECT_EQ(store_->GetArticle("a1").status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(store_->GetArticleFacts("a1").status().code(),
            absl::StatusCode::kNotFound);
  for (absl::string_view family :
       {kArticlesFamily, kArticleFactsFamily, kOrganizationsFamily,
        kPeopleFamily, kEventsFamily, kPartnershipsFamily, kIndexFamily}) {
    EXPECT_THAT(Keys(dir_.path(), family), IsEmpty()) << family;
  }
  EXPECT_EQ(store_->DeleteArticle("a1").status().code(),
            absl::StatusCode::kNotFound);
}

TEST_F(EntityStoreTest, DeleteKeepsOtherArticlesSupport) {
  const v1::ArticleFacts both = Facts({"Huashu Group", "Lenovo Group"});
  const v1::ArticleFacts one = Facts({"Huashu Group"});
  ASSERT_TRUE(store_->WriteArticle(Row("a1", "one"), both, "").ok());
  ASSERT_TRUE(store_->WriteArticle(Row("a2", "two"), one, "").ok());
  ASSERT_TRUE(store_->DeleteArticle("a1").ok());
  EXPECT_EQ(IndexKeysWithoutRequests(dir_.path()), IndexEntries("a2", one));
  EXPECT_THAT(Keys(dir_.path(), kOrganizationsFamily),
              ElementsAre(FactKey(OrganizationId("Huashu Group"), "a2")));
}

TEST_F(EntityStoreTest, RewriteLeavesNoStaleEntries) {
  ASSERT_TRUE(store_
                  ->WriteArticle(Row("a1", "old"),
                                 Facts({"Huashu Group", "Lenovo Group"}), "")
                  .ok());
  const v1::ArticleFacts fresh = Facts({"Zhejiang University"});
  ASSERT_TRUE(store_->WriteArticle(Row("a1", "new"), fresh, "").ok());
  EXPECT_EQ(IndexKeysWithoutRequests(dir_.path()), IndexEntries("a1", fresh));
  EXPECT_THAT(
      Keys(dir_.path(), kOrganizationsFamily),
      ElementsAre(FactKey(OrganizationId("Zhejiang University"), "a1")));
  EXPECT_THAT(Keys(dir_.path(), kPartnershipsFamily), IsEmpty());
  EXPECT_EQ(store_->GetArticle("a1")->text(), "new");
}

TEST_F(EntityStoreTest, WriteRejectsMissingIds) {
  EXPECT_EQ(store_->WriteArticle(Row("", "x"), Facts({}), "").status().code(),
            absl::StatusCode::kInvalidArgument);
  v1::ArticleFacts facts;
  facts.add_organizations()->set_name("No Id");
  EXPECT_EQ(store_->WriteArticle(Row("a1", "x"), facts, "").status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->GetArticle("a1").status().code(),
            absl::StatusCode::kNotFound);
}

TEST_F(EntityStoreTest, CreateArticleIsIdempotent) {
  const v1::ArticleFacts facts = Facts({"Huashu Group", "Lenovo Group"});
  absl::StatusOr<CreateOutcome> first =
      store_->CreateArticle(Row("a1", "same"), facts, "r1");
  ASSERT_TRUE(first.ok()) << first.status();
  EXPECT_TRUE(first->created);
  EXPECT_EQ(first->article_id, "a1");
  EXPECT_EQ(first->sequence, store_->LatestSequenceNumber());
  const std::vector<std::string> index = Keys(dir_.path(), kIndexFamily);

  absl::StatusOr<CreateOutcome> again =
      store_->CreateArticle(Row("a1", "same"), facts, "");
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_FALSE(again->created);
  EXPECT_EQ(again->article_id, "a1");
  EXPECT_EQ(Keys(dir_.path(), kIndexFamily), index);

  absl::StatusOr<CreateOutcome> other =
      store_->CreateArticle(Row("a1", "different"), facts, "");
  EXPECT_EQ(other.status().code(), absl::StatusCode::kAlreadyExists);
  EXPECT_EQ(store_->GetArticle("a1")->text(), "same");
}

TEST_F(EntityStoreTest, KnownRequestIdReturnsTheFirstArticle) {
  const v1::ArticleFacts facts = Facts({"Huashu Group"});
  ASSERT_TRUE(store_->CreateArticle(Row("a1", "first"), facts, "r1").ok());
  absl::StatusOr<CreateOutcome> retry =
      store_->CreateArticle(Row("a2", "second"), facts, "r1");
  ASSERT_TRUE(retry.ok()) << retry.status();
  EXPECT_FALSE(retry->created);
  EXPECT_EQ(retry->article_id, "a1");
  EXPECT_EQ(store_->GetArticle("a2").status().code(),
            absl::StatusCode::kNotFound);
}

TEST_F(EntityStoreTest, IdempotentRepeatRecordsItsRequestId) {
  const v1::ArticleFacts facts = Facts({"Huashu Group"});
  ASSERT_TRUE(store_->CreateArticle(Row("a1", "text"), facts, "").ok());
  ASSERT_TRUE(store_->CreateArticle(Row("a1", "text"), facts, "r9").ok());
  EXPECT_EQ(*store_->LookupRequest("r9"), std::optional<std::string>("a1"));
}

}  // namespace
}  // namespace partnerlens::storage
