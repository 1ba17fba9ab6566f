#include "common/storage/store_reader.h"

#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "gtest/gtest.h"
#include "rocksdb/db.h"
#include "rocksdb/options.h"

#include "common/storage/key_codec.h"
#include "common/storage/schema.h"
#include "partnerlens/storage/v1/records.pb.h"

namespace partnerlens::storage {
namespace {

using v1::OrganizationFact;

std::string MakeTempDir() {
  std::string pattern =
      (std::filesystem::path(::testing::TempDir()) / "store-reader-XXXXXX")
          .string();
  EXPECT_NE(mkdtemp(pattern.data()), nullptr);
  return pattern;
}

// A primary instance in the test process, standing in for the ingest
// service: creates every family and writes rows directly.
class Primary {
 public:
  explicit Primary(const std::string& dir) {
    rocksdb::DBOptions options;
    options.create_if_missing = true;
    options.create_missing_column_families = true;
    std::vector<rocksdb::ColumnFamilyDescriptor> families;
    families.reserve(kColumnFamilies.size());
    for (absl::string_view family : kColumnFamilies) {
      families.emplace_back(std::string(family),
                            rocksdb::ColumnFamilyOptions());
    }
    rocksdb::DB* db = nullptr;
    const rocksdb::Status status =
        rocksdb::DB::Open(options, dir, families, &handles_, &db);
    EXPECT_TRUE(status.ok()) << status.ToString();
    db_.reset(db);
  }

  ~Primary() {
    for (auto* handle : handles_) {
      db_->DestroyColumnFamilyHandle(handle).PermitUncheckedError();
    }
  }

  void Put(absl::string_view family, absl::string_view key,
           absl::string_view value) {
    const rocksdb::Status status =
        db_->Put(rocksdb::WriteOptions(), Handle(family),
                 rocksdb::Slice(key.data(), key.size()),
                 rocksdb::Slice(value.data(), value.size()));
    ASSERT_TRUE(status.ok()) << status.ToString();
  }

  void PutOrganization(absl::string_view id, absl::string_view article,
                       absl::string_view name) {
    OrganizationFact fact;
    fact.set_id(std::string(id));
    fact.set_name(std::string(name));
    Put(kOrganizationsFamily, FactKey(id, article), fact.SerializeAsString());
  }

  uint64_t Sequence() const { return db_->GetLatestSequenceNumber(); }

 private:
  rocksdb::ColumnFamilyHandle* Handle(absl::string_view family) {
    for (size_t i = 0; i < kColumnFamilies.size(); ++i) {
      if (kColumnFamilies[i] == family) return handles_[i];
    }
    return nullptr;
  }

  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
};

class StoreReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeTempDir();
    primary_ = std::make_unique<Primary>(dir_);
  }

  void TearDown() override {
    reader_.reset();
    primary_.reset();
    std::filesystem::remove_all(dir_);
  }

  // Opens the reader; a long catch-up interval keeps the timer out of the
  // way unless a test asks for a short one.
  void OpenReader(absl::Duration interval = absl::Hours(1)) {
    StoreReaderOptions options;
    options.data_dir = dir_;
    options.catch_up_interval = interval;
    options.open_timeout = absl::Seconds(5);
    absl::StatusOr<std::unique_ptr<StoreReader>> reader =
        StoreReader::Open(options);
    ASSERT_TRUE(reader.ok()) << reader.status();
    reader_ = *std::move(reader);
  }

  std::vector<std::string> NamesOf(absl::string_view id) {
    auto facts = reader_->ReadFacts<OrganizationFact>(kOrganizationsFamily, id);
    EXPECT_TRUE(facts.ok()) << facts.status();
    std::vector<std::string> names;
    for (const auto& row : *facts) {
      names.push_back(absl::StrCat(row.article_id, ":", row.fact.name()));
    }
    return names;
  }

  std::string dir_;
  std::unique_ptr<Primary> primary_;
  std::unique_ptr<StoreReader> reader_;
};

TEST_F(StoreReaderTest, SeesPrimaryWritesOnlyAfterCatchUp) {
  primary_->PutOrganization("org_a", "art_1", "Alpha");
  OpenReader();
  EXPECT_EQ(NamesOf("org_a"), std::vector<std::string>{"art_1:Alpha"});
  const uint64_t before = reader_->LatestSequence();

  primary_->PutOrganization("org_a", "art_2", "Alpha Group");
  EXPECT_EQ(NamesOf("org_a").size(), 1u);
  ASSERT_TRUE(reader_->CatchUp().ok());

  EXPECT_GT(reader_->LatestSequence(), before);
  EXPECT_EQ(reader_->LatestSequence(), primary_->Sequence());
  EXPECT_EQ(NamesOf("org_a"),
            (std::vector<std::string>{"art_1:Alpha", "art_2:Alpha Group"}));
}

TEST_F(StoreReaderTest, WaitForSequenceCatchesUpOnDemand) {
  OpenReader();
  primary_->PutOrganization("org_a", "art_1", "Alpha");
  const absl::Status status = reader_->WaitForSequence(
      primary_->Sequence(), absl::Now() + absl::Seconds(5));
  ASSERT_TRUE(status.ok()) << status;
  EXPECT_EQ(NamesOf("org_a").size(), 1u);
}

TEST_F(StoreReaderTest, WaitForSequenceFailsAtDeadline) {
  OpenReader();
  const absl::Time start = absl::Now();
  const absl::Status status = reader_->WaitForSequence(
      primary_->Sequence() + 100, start + absl::Milliseconds(100));
  EXPECT_EQ(status.code(), absl::StatusCode::kDeadlineExceeded) << status;
  EXPECT_GE(absl::Now() - start, absl::Milliseconds(100));
  EXPECT_LT(absl::Now() - start, absl::Seconds(2));
}

TEST_F(StoreReaderTest, TimerCatchesUp) {
  OpenReader(absl::Milliseconds(10));
  primary_->PutOrganization("org_a", "art_1", "Alpha");
  const absl::Time give_up = absl::Now() + absl::Seconds(5);
  while (reader_->LatestSequence() < primary_->Sequence() &&
         absl::Now() < give_up) {
    absl::SleepFor(absl::Milliseconds(5));
  }
  EXPECT_EQ(reader_->LatestSequence(), primary_->Sequence());
}

TEST_F(StoreReaderTest, ScanEntitiesGroupsRowsAndStartsAfterId) {
  primary_->PutOrganization("org_a", "art_1", "A");
  primary_->PutOrganization("org_ab", "art_1", "AB");
  primary_->PutOrganization("org_b", "art_1", "B");
  primary_->PutOrganization("org_b", "art_2", "B2");
  OpenReader();
  std::vector<std::string> seen;
  const absl::Status status = reader_->ScanEntities<OrganizationFact>(
      kOrganizationsFamily, "org_a",
      [&](absl::string_view id,
          const std::vector<ArticleFact<OrganizationFact>>& rows)
          -> absl::StatusOr<bool> {
        seen.push_back(absl::StrCat(id, "/", rows.size()));
        return true;
      });
  ASSERT_TRUE(status.ok()) << status;
  EXPECT_EQ(seen, (std::vector<std::string>{"org_ab/1", "org_b/2"}));
}

TEST_F(StoreReaderTest, ScanEntitiesStopsWhenVisitSaysSo) {
  primary_->PutOrganization("org_a", "art_1", "A");
  primary_->PutOrganization("org_b", "art_1", "B");
  OpenReader();
  int visits = 0;
  const absl::Status status = reader_->ScanEntities<OrganizationFact>(
      kOrganizationsFamily, "",
      [&](absl::string_view, const std::vector<ArticleFact<OrganizationFact>>&)
          -> absl::StatusOr<bool> { return ++visits < 1; });
  ASSERT_TRUE(status.ok()) << status;
  EXPECT_EQ(visits, 1);
}

TEST_F(StoreReaderTest, ReadIndexDedupsArticles) {
  primary_->Put(kIndexFamily,
                IndexKey(IndexTag::kOrganizationName, "huashu", "org_1", "a1"),
                "");
  primary_->Put(kIndexFamily,
                IndexKey(IndexTag::kOrganizationName, "huashu", "org_1", "a2"),
                "");
  primary_->Put(kIndexFamily,
                IndexKey(IndexTag::kOrganizationName, "huashu", "org_2", "a1"),
                "");
  primary_->Put(
      kIndexFamily,
      IndexKey(IndexTag::kOrganizationName, "huashugroup", "org_3", "a1"), "");
  OpenReader();
  auto hits = reader_->ReadIndex(IndexTag::kOrganizationName, "huashu");
  ASSERT_TRUE(hits.ok()) << hits.status();
  ASSERT_EQ(hits->size(), 2u);
  EXPECT_EQ((*hits)[0].id, "org_1");
  EXPECT_EQ((*hits)[0].article_count, 2);
  EXPECT_EQ((*hits)[1].id, "org_2");
  EXPECT_EQ((*hits)[1].article_count, 1);
}

TEST_F(StoreReaderTest, UndecodableValueIsDataLoss) {
  primary_->Put(kOrganizationsFamily, FactKey("org_a", "art_1"), "\xff\xff");
  OpenReader();
  auto facts =
      reader_->ReadFacts<OrganizationFact>(kOrganizationsFamily, "org_a");
  EXPECT_EQ(facts.status().code(), absl::StatusCode::kDataLoss);
}

TEST_F(StoreReaderTest, GetMissingKeyIsNotFound) {
  OpenReader();
  v1::ArticleRow row;
  EXPECT_EQ(reader_->GetMessage(kArticlesFamily, "art_x", row).code(),
            absl::StatusCode::kNotFound);
}

TEST_F(StoreReaderTest, OtherSchemaVersionFailsToOpen) {
  v1::SchemaInfo info;
  info.set_version(kSchemaVersion + 1);
  primary_->Put(kDefaultFamily, kSchemaVersionKey, info.SerializeAsString());
  StoreReaderOptions options;
  options.data_dir = dir_;
  EXPECT_EQ(StoreReader::Open(options).status().code(),
            absl::StatusCode::kFailedPrecondition);
}

TEST(StoreReaderOpenTest, MissingStoreIsUnavailableAfterTimeout) {
  const std::string dir = MakeTempDir();
  StoreReaderOptions options;
  options.data_dir = dir + "/absent";
  options.open_timeout = absl::Milliseconds(300);
  const absl::Time start = absl::Now();
  const auto reader = StoreReader::Open(options);
  EXPECT_EQ(reader.status().code(), absl::StatusCode::kUnavailable);
  EXPECT_GE(absl::Now() - start, absl::Milliseconds(300));
  EXPECT_FALSE(std::filesystem::exists(options.data_dir));
  std::filesystem::remove_all(dir);
}

TEST(StoreReaderOpenTest, WaitsForThePrimaryToCreateTheStore) {
  const std::string dir = MakeTempDir();
  const std::string data_dir = dir + "/data";
  std::thread creator([&] {
    absl::SleepFor(absl::Milliseconds(300));
    Primary primary(data_dir);
    primary.PutOrganization("org_a", "art_1", "Alpha");
    absl::SleepFor(absl::Milliseconds(700));
  });
  StoreReaderOptions options;
  options.data_dir = data_dir;
  options.open_timeout = absl::Seconds(10);
  {
    const auto reader = StoreReader::Open(options);
    EXPECT_TRUE(reader.ok()) << reader.status();
  }
  creator.join();
  std::filesystem::remove_all(dir);
}

TEST(StoreReaderOpenTest, RejectsBadOptions) {
  StoreReaderOptions options;
  EXPECT_EQ(StoreReader::Open(options).status().code(),
            absl::StatusCode::kInvalidArgument);
  options.data_dir = "/tmp";
  options.catch_up_interval = absl::ZeroDuration();
  EXPECT_EQ(StoreReader::Open(options).status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace partnerlens::storage
