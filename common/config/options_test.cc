#include "common/config/options.h"

#include <functional>
#include <string>

#include "gtest/gtest.h"

namespace partnerlens::config {
namespace {

TEST(IngestOptionsTest, DefaultsAreValid) {
  IngestOptions options;
  EXPECT_TRUE(options.Validate().ok()) << options.Validate();
  EXPECT_EQ(options.listen, "127.0.0.1:50051");
  EXPECT_EQ(options.data_dir, "./data");
  EXPECT_EQ(options.max_article_bytes, 1 << 20);
}

TEST(QueryOptionsTest, DefaultsAreValid) {
  QueryOptions options;
  EXPECT_TRUE(options.Validate().ok()) << options.Validate();
  EXPECT_EQ(options.listen, "127.0.0.1:50052");
  EXPECT_EQ(options.catch_up_interval, absl::Milliseconds(100));
}

TEST(ValidateListenAddressTest, AcceptsHostPort) {
  for (const char* listen :
       {"127.0.0.1:50051", "0.0.0.0:0", "localhost:80", "[::1]:65535"}) {
    EXPECT_TRUE(ValidateListenAddress(listen).ok()) << listen;
  }
}

TEST(ValidateListenAddressTest, RejectsMalformed) {
  for (const char* listen :
       {"", "50051", ":50051", "host:", "host:x", "host:65536", "host:-1"}) {
    absl::Status status = ValidateListenAddress(listen);
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << listen;
    EXPECT_NE(status.message().find(listen), absl::string_view::npos) << status;
  }
}

struct IngestCase {
  std::function<void(IngestOptions&)> change;
  std::string message_part;
};

TEST(IngestOptionsTest, NamesTheBadValue) {
  const IngestCase cases[] = {
      {[](IngestOptions& o) { o.listen = "nowhere"; }, "nowhere"},
      {[](IngestOptions& o) { o.data_dir = ""; }, "data_dir"},
      {[](IngestOptions& o) { o.max_article_bytes = 0; },
       "max_article_bytes 0"},
      {[](IngestOptions& o) { o.max_article_bytes = int64_t{1} << 40; },
       "max_article_bytes 1099511627776"},
      {[](IngestOptions& o) { o.max_stream_articles = -5; },
       "max_stream_articles -5"},
      {[](IngestOptions& o) { o.drain_timeout = absl::Seconds(-1); },
       "drain_timeout -1s"},
  };
  for (const IngestCase& c : cases) {
    IngestOptions options;
    c.change(options);
    absl::Status status = options.Validate();
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(status.message().find(c.message_part), absl::string_view::npos)
        << status;
  }
}

struct QueryCase {
  std::function<void(QueryOptions&)> change;
  std::string message_part;
};

TEST(QueryOptionsTest, NamesTheBadValue) {
  const QueryCase cases[] = {
      {[](QueryOptions& o) { o.listen = "1.2.3.4:99999"; }, "1.2.3.4:99999"},
      {[](QueryOptions& o) { o.data_dir = ""; }, "data_dir"},
      {[](QueryOptions& o) { o.catch_up_interval = absl::ZeroDuration(); },
       "catch_up_interval 0"},
      {[](QueryOptions& o) { o.max_page_size = 0; }, "max_page_size 0"},
      {[](QueryOptions& o) { o.default_page_size = 501; },
       "default_page_size 501"},
  };
  for (const QueryCase& c : cases) {
    QueryOptions options;
    c.change(options);
    absl::Status status = options.Validate();
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(status.message().find(c.message_part), absl::string_view::npos)
        << status;
  }
}

}  // namespace
}  // namespace partnerlens::config
