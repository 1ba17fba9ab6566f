#include "ingest_service/ingester.h"

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <memory>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

#include "common/storage/ids.h"
#include "ingest_service/extraction/resources.h"

namespace partnerlens::ingest {
namespace {

constexpr char kArticle[] =
    "Huashu Group and Zhejiang University signed an agreement.";

absl::Status Alive() { return absl::OkStatus(); }

class IngesterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::path(::testing::TempDir()) /
           absl::StrCat("ingester_test_", getpid(), "_", counter_++);
    auto resources = extraction::LoadBuiltinResources();
    ASSERT_TRUE(resources.ok()) << resources.status();
    resources_ = *std::move(resources);
    auto store =
        storage::EntityStore::Open(dir_.string(), {.sync_writes = false});
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = *std::move(store);
    ingester_ = std::make_unique<Ingester>(
        *store_, *resources_, config::IngestOptions(),
        [] { return absl::FromUnixSeconds(1'715'904'000); });
  }

  void TearDown() override {
    ingester_.reset();
    store_.reset();
    std::error_code error;
    std::filesystem::remove_all(dir_, error);
  }

  static inline int counter_ = 0;
  std::filesystem::path dir_;
  std::unique_ptr<const extraction::ExtractionResources> resources_;
  std::unique_ptr<storage::EntityStore> store_;
  std::unique_ptr<Ingester> ingester_;
};

TEST_F(IngesterTest, UsesTheClockForTheIngestTime) {
  absl::StatusOr<SubmitOutcome> outcome =
      ingester_->Submit({.content = kArticle}, Alive);
  ASSERT_TRUE(outcome.ok()) << outcome.status();
  EXPECT_EQ(store_->GetArticle(outcome->article_id)->ingest_unix_micros(),
            int64_t{1'715'904'000'000'000});
}

TEST_F(IngesterTest, GivingUpBeforeExtractingStoresNothing) {
  absl::StatusOr<SubmitOutcome> outcome =
      ingester_->Submit({.content = kArticle},
                        [] { return absl::DeadlineExceededError("too late"); });
  EXPECT_EQ(outcome.status().code(), absl::StatusCode::kDeadlineExceeded);
  EXPECT_TRUE(store_->ListArticleIds()->empty());
}

TEST_F(IngesterTest, GivingUpBeforeWritingStoresNothing) {
  int calls = 0;
  absl::StatusOr<SubmitOutcome> outcome =
      ingester_->Submit({.content = kArticle}, [&calls] {
        return ++calls == 2 ? absl::CancelledError("gone") : absl::OkStatus();
      });
  EXPECT_EQ(outcome.status().code(), absl::StatusCode::kCancelled);
  EXPECT_EQ(calls, 2);
  EXPECT_TRUE(store_->ListArticleIds()->empty());
}

TEST_F(IngesterTest, ConcurrentSubmitsOfOneArticleCreateItOnce) {
  constexpr int kThreads = 4;
  std::atomic<int> created = 0;
  std::atomic<int> failed = 0;
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&] {
      absl::StatusOr<SubmitOutcome> outcome =
          ingester_->Submit({.content = kArticle}, Alive);
      if (!outcome.ok()) {
        ++failed;
      } else if (outcome->created) {
        ++created;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(failed.load(), 0);
  EXPECT_EQ(created.load(), 1);
  EXPECT_EQ(store_->ListArticleIds()->size(), 1u);
}

TEST_F(IngesterTest, ExtractUsesTheRequestedDate) {
  absl::StatusOr<ExtractedArticle> article = ingester_->Extract(
      {.content = kArticle, .published_date = "2023-01-02"}, Alive);
  ASSERT_TRUE(article.ok()) << article.status();
  EXPECT_EQ(article->row.published_date(), "2023-01-02");
  EXPECT_EQ(article->row.ingest_unix_micros(), 0);
  EXPECT_EQ(article->row.id(), storage::ArticleIdForContent(kArticle));
}

}  // namespace
}  // namespace partnerlens::ingest
