#ifndef PARTNERLENS_QUERY_SERVICE_TEST_STORE_H_
#define PARTNERLENS_QUERY_SERVICE_TEST_STORE_H_

// Test support for the query service's tests only: a real primary store
// (EntityStore) in a temporary directory, a secondary reader over it, and
// builders of stored facts. Not thread-safe.

#include <stdlib.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "gtest/gtest.h"

#include "common/storage/entity_store.h"
#include "common/storage/store_reader.h"
#include "partnerlens/storage/v1/records.pb.h"

namespace partnerlens::query::testing {

namespace sv1 = ::partnerlens::storage::v1;

inline sv1::Span MakeSpan(int begin, int end) {
  sv1::Span span;
  span.set_begin(begin);
  span.set_end(end);
  return span;
}

inline sv1::OrganizationFact Org(absl::string_view id, absl::string_view name,
                                 int kind,
                                 std::vector<std::string> aliases = {}) {
  sv1::OrganizationFact fact;
  fact.set_id(std::string(id));
  fact.set_name(std::string(name));
  fact.set_kind(kind);
  for (std::string& alias : aliases) fact.add_aliases(std::move(alias));
  *fact.add_mentions() = MakeSpan(0, static_cast<int>(name.size()));
  return fact;
}

inline sv1::PositionFact Position(absl::string_view title,
                                  absl::string_view org_name,
                                  absl::string_view org_id) {
  sv1::PositionFact position;
  position.set_title(std::string(title));
  position.set_organization(std::string(org_name));
  position.set_organization_id(std::string(org_id));
  *position.add_evidence() = MakeSpan(1, 2);
  return position;
}

inline sv1::PersonFact Person(
    absl::string_view id, absl::string_view name,
    const std::vector<sv1::PositionFact>& positions = {}) {
  sv1::PersonFact fact;
  fact.set_id(std::string(id));
  fact.set_name(std::string(name));
  for (const auto& position : positions) *fact.add_positions() = position;
  *fact.add_mentions() = MakeSpan(3, 4);
  return fact;
}

// Adds "name of ID" and ID for each id to parallel name and id lists.
inline void AddNamed(const std::vector<std::string>& ids,
                     google::protobuf::RepeatedPtrField<std::string>* names,
                     google::protobuf::RepeatedPtrField<std::string>* out_ids) {
  for (const std::string& id : ids) {
    names->Add(absl::StrCat("name of ", id));
    out_ids->Add(std::string(id));
  }
}

struct EventSpec {
  std::string id;
  int kind = 0;
  std::string name;
  std::string date;
  std::vector<std::string> org_ids;
  std::vector<std::string> person_ids;
};

inline sv1::EventFact Event(const EventSpec& spec) {
  sv1::EventFact fact;
  fact.set_id(spec.id);
  fact.set_kind(spec.kind);
  fact.set_name(spec.name);
  fact.set_date(spec.date);
  AddNamed(spec.org_ids, fact.mutable_organizations(),
           fact.mutable_organization_ids());
  AddNamed(spec.person_ids, fact.mutable_people(), fact.mutable_person_ids());
  *fact.add_evidence() = MakeSpan(5, 6);
  return fact;
}

struct PartnershipSpec {
  std::string id;
  std::vector<std::string> org_ids;
  int kind = 0;
  int status = 0;
  std::string date;
  std::string evidence;
};

inline sv1::PartnershipFact Partnership(const PartnershipSpec& spec) {
  sv1::PartnershipFact fact;
  fact.set_id(spec.id);
  AddNamed(spec.org_ids, fact.mutable_organizations(),
           fact.mutable_organization_ids());
  fact.set_kind(spec.kind);
  fact.set_status(spec.status);
  fact.set_date(spec.date);
  fact.set_evidence(spec.evidence);
  *fact.add_evidence_spans() = MakeSpan(7, 8);
  return fact;
}

// A primary store in a fresh temporary directory, removed at destruction.
class TestStore {
 public:
  TestStore() {
    dir_ =
        (std::filesystem::path(::testing::TempDir()) / "query-XXXXXX").string();
    EXPECT_NE(mkdtemp(dir_.data()), nullptr);
    storage::EntityStoreOptions options;
    options.sync_writes = false;
    auto store = storage::EntityStore::Open(dir_, options);
    EXPECT_TRUE(store.ok()) << store.status();
    if (store.ok()) store_ = *std::move(store);
  }

  ~TestStore() {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  // Stores article `article_id` with `facts`, first stored at
  // `ingest_micros`; returns the sequence number the write reached.
  uint64_t Write(absl::string_view article_id, const sv1::ArticleFacts& facts,
                 int64_t ingest_micros = 1'000'000) {
    sv1::ArticleRow row;
    row.set_id(std::string(article_id));
    row.set_title(absl::StrCat("Title of ", article_id));
    row.set_text("Some article text.");
    row.set_published_date("2024-04-18");
    row.set_ingest_unix_micros(ingest_micros);
    auto sequence = store_->WriteArticle(row, facts, "");
    EXPECT_TRUE(sequence.ok()) << sequence.status();
    return sequence.ok() ? *sequence : 0;
  }

  // A reader over the store; the long default interval keeps the timer
  // out of the way, so tests see what they catch up to.
  std::unique_ptr<storage::StoreReader> OpenReader(
      absl::Duration interval = absl::Hours(1)) {
    storage::StoreReaderOptions options;
    options.data_dir = dir_;
    options.catch_up_interval = interval;
    options.open_timeout = absl::Seconds(5);
    auto reader = storage::StoreReader::Open(options);
    EXPECT_TRUE(reader.ok()) << reader.status();
    return reader.ok() ? *std::move(reader) : nullptr;
  }

  storage::EntityStore& store() { return *store_; }

 private:
  std::string dir_;
  std::unique_ptr<storage::EntityStore> store_;
};

}  // namespace partnerlens::query::testing

#endif  // PARTNERLENS_QUERY_SERVICE_TEST_STORE_H_
