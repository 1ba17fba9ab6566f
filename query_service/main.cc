// partnerlens-query: serves partnerlens.v1.QueryService over the store the
// ingest service writes, opened as a RocksDB secondary instance.

#include <cstdint>
#include <iostream>
#include <memory>
#include <string>

#include "absl/flags/flag.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "glog/logging.h"

#include "common/config/command_line.h"
#include "common/config/options.h"
#include "common/server/serve.h"
#include "common/storage/store_reader.h"
#include "query_service/query_service_impl.h"

ABSL_FLAG(std::string, listen, "127.0.0.1:50052",
          "HOST:PORT to serve gRPC on; port 0 picks a free port. "
          "Environment: PARTNERLENS_LISTEN.");
ABSL_FLAG(std::string, data_dir, "./data",
          "Directory of the ingest service's RocksDB store, read as a "
          "secondary instance; waits up to 30 s for the ingest service to "
          "create it. Environment: PARTNERLENS_DATA_DIR.");
ABSL_FLAG(int64_t, catch_up_interval_ms, 100,
          "How often, in milliseconds (1 to 60000), to catch up with the "
          "ingest service's writes. Environment: "
          "PARTNERLENS_CATCH_UP_INTERVAL_MS.");
ABSL_FLAG(std::string, secondary_dir, "",
          "Directory for the secondary instance's own files (info log); "
          "empty: a temporary directory removed at exit. Environment: "
          "PARTNERLENS_SECONDARY_DIR.");

namespace partnerlens::query {
namespace {

constexpr char kUsage[] =
    "Serves partnerlens.v1.QueryService (plus gRPC health and reflection) "
    "over the store of partnerlens-ingest.\nUsage: partnerlens-query "
    "[--listen=HOST:PORT] [--data_dir=DIR] [--catch_up_interval_ms=N] "
    "[--secondary_dir=DIR]\n"
    "Every flag may also be set by the environment variable named in its "
    "help; the command line wins over the environment, which wins over the "
    "default.\n"
    "Logging: glog, configured through GLOG_* environment variables; logs "
    "go to stderr unless GLOG_logtostderr is set.";

constexpr config::EnvironmentFlag kEnvironmentFlags[] = {
    {"listen", "PARTNERLENS_LISTEN"},
    {"data_dir", "PARTNERLENS_DATA_DIR"},
    {"catch_up_interval_ms", "PARTNERLENS_CATCH_UP_INTERVAL_MS"},
    {"secondary_dir", "PARTNERLENS_SECONDARY_DIR"},
};

constexpr config::ServiceCommandLine kCommandLine = {"query_service/main.cc",
                                                     kUsage, kEnvironmentFlags};

config::QueryOptions OptionsFromFlags() {
  config::QueryOptions options;
  options.listen = absl::GetFlag(FLAGS_listen);
  options.data_dir = absl::GetFlag(FLAGS_data_dir);
  options.secondary_dir = absl::GetFlag(FLAGS_secondary_dir);
  options.catch_up_interval =
      absl::Milliseconds(absl::GetFlag(FLAGS_catch_up_interval_ms));
  return options;
}

int Run(const config::QueryOptions& options) {
  storage::StoreReaderOptions reader_options;
  reader_options.data_dir = options.data_dir;
  reader_options.secondary_dir = options.secondary_dir;
  reader_options.catch_up_interval = options.catch_up_interval;
  auto reader = storage::StoreReader::Open(reader_options);
  if (!reader.ok()) {
    LOG(ERROR) << "partnerlens-query: cannot open the store: "
               << reader.status();
    return 1;
  }
  LOG(INFO) << "partnerlens-query reading the store in " << options.data_dir;
  QueryServiceImpl service(reader->get(), options);
  server::ServeOptions serve_options;
  serve_options.listen = options.listen;
  serve_options.name = "partnerlens-query";
  serve_options.drain_timeout = options.drain_timeout;
  auto server = server::StartServer(serve_options, {&service});
  if (!server.ok()) {
    LOG(ERROR) << "partnerlens-query: cannot serve on " << options.listen
               << ": " << server.status();
    return 1;
  }
  server::WaitForTerminationSignal(**server);
  LOG(INFO) << "partnerlens-query stopped";
  return 0;
}

}  // namespace
}  // namespace partnerlens::query

int main(int argc, char** argv) {
  namespace query = partnerlens::query;
  const absl::StatusOr<partnerlens::config::QueryOptions> options =
      partnerlens::config::OptionsFromCommandLine(
          argc, argv, query::kCommandLine, &query::OptionsFromFlags);
  if (!options.ok()) {
    std::cerr << "partnerlens-query: " << options.status().message() << "\n";
    return 2;
  }
  return query::Run(*options);
}
