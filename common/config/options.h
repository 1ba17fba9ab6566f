#ifndef PARTNERLENS_COMMON_CONFIG_OPTIONS_H_
#define PARTNERLENS_COMMON_CONFIG_OPTIONS_H_

// The settings of the two services as plain structs. main.cc fills them from
// flags and the environment; libraries take them by const reference. Nothing
// here reads flags, the environment or files.

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"

namespace partnerlens::config {

// Settings of partnerlens-ingest.
struct IngestOptions {
  // HOST:PORT to serve on; port 0 picks a free port.
  // Default "127.0.0.1:50051".
  std::string listen = "127.0.0.1:50051";
  // Directory of the RocksDB store; created when missing. Default "./data".
  std::string data_dir = "./data";
  // Largest article content accepted, in bytes (1 to 64 MiB).
  // Default 1 MiB.
  int64_t max_article_bytes = int64_t{1} << 20;
  // Most articles one SubmitArticles stream may carry (1 to 1,000,000);
  // later ones fail with RESOURCE_EXHAUSTED. Default 10,000.
  int64_t max_stream_articles = 10'000;
  // How long shutdown lets calls in flight finish (0 to 5 min).
  // Default 5 s.
  absl::Duration drain_timeout = absl::Seconds(5);

  // OK, or INVALID_ARGUMENT naming the first bad field and value.
  absl::Status Validate() const;
};

// Settings of partnerlens-query.
struct QueryOptions {
  // HOST:PORT to serve on; port 0 picks a free port.
  // Default "127.0.0.1:50052".
  std::string listen = "127.0.0.1:50052";
  // Directory of the ingest service's RocksDB store, opened as a secondary
  // instance. Default "./data".
  std::string data_dir = "./data";
  // Directory for the secondary instance's own files (info logs); empty
  // means the query service picks one. Default empty.
  std::string secondary_dir;
  // How often to catch up with the primary (1 ms to 1 min). Default 100 ms.
  absl::Duration catch_up_interval = absl::Milliseconds(100);
  // Largest page a list or search returns (1 to 10,000); larger page_size
  // values are clamped to it. Default 500.
  int max_page_size = 500;
  // Page size used when a request gives page_size 0 (1 to max_page_size).
  // Default 50.
  int default_page_size = 50;
  // How long shutdown lets calls in flight finish (0 to 5 min).
  // Default 5 s.
  absl::Duration drain_timeout = absl::Seconds(5);

  // OK, or INVALID_ARGUMENT naming the first bad field and value.
  absl::Status Validate() const;
};

// OK when `listen` is HOST:PORT with a port in 0-65535 (HOST may be a
// bracketed IPv6 address); else INVALID_ARGUMENT naming the value.
absl::Status ValidateListenAddress(absl::string_view listen);

}  // namespace partnerlens::config

#endif  // PARTNERLENS_COMMON_CONFIG_OPTIONS_H_
