// partnerlens-ingest: the ingest gRPC server, the only writer of the store.

#include <iostream>
#include <memory>
#include <string>
#include <utility>

#include "absl/flags/flag.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "glog/logging.h"

#include "common/config/command_line.h"
#include "common/config/options.h"
#include "common/server/serve.h"
#include "common/storage/entity_store.h"
#include "ingest_service/extraction/resources.h"
#include "ingest_service/ingest_service_impl.h"
#include "ingest_service/ingester.h"

ABSL_FLAG(std::string, listen, "127.0.0.1:50051",
          "HOST:PORT to serve gRPC on; port 0 picks a free port. "
          "Env: PARTNERLENS_LISTEN.");
ABSL_FLAG(std::string, data_dir, "./data",
          "Directory of the RocksDB store, created when missing; only one "
          "ingest process may use it at a time. Env: PARTNERLENS_DATA_DIR.");
ABSL_FLAG(int64_t, max_article_bytes, int64_t{1} << 20,
          "Largest article content accepted, in bytes (1 to 64 MiB); larger "
          "ones get INVALID_ARGUMENT. Env: PARTNERLENS_MAX_ARTICLE_BYTES.");
ABSL_FLAG(int64_t, max_stream_articles, 10'000,
          "Most articles one SubmitArticles stream may carry. "
          "Env: PARTNERLENS_MAX_STREAM_ARTICLES.");
ABSL_FLAG(absl::Duration, drain_timeout, absl::Seconds(5),
          "On SIGTERM/SIGINT, how long calls in flight may finish before "
          "they are cancelled (e.g. 5s, 500ms). "
          "Env: PARTNERLENS_DRAIN_TIMEOUT.");

namespace partnerlens::ingest {
namespace {

constexpr char kName[] = "partnerlens-ingest";

constexpr char kUsage[] =
    "the PartnerLens ingest gRPC service.\n"
    "Extracts organizations, people, events and partnerships from news\n"
    "articles and stores them in a RocksDB store that partnerlens-query\n"
    "reads. Serves partnerlens.v1.IngestService, grpc.health.v1.Health and\n"
    "server reflection.\n\n"
    "Usage: partnerlens-ingest [--listen=HOST:PORT] [--data_dir=DIR] ...\n\n"
    "Every flag may also be set by the environment variable named in its\n"
    "help; a flag given on the command line wins over the environment,\n"
    "which wins over the default. Logging: glog, configured by GLOG_*\n"
    "variables (logs go to stderr unless GLOG_logtostderr is set).";

constexpr config::EnvironmentFlag kEnvironmentFlags[] = {
    {"listen", "PARTNERLENS_LISTEN"},
    {"data_dir", "PARTNERLENS_DATA_DIR"},
    {"max_article_bytes", "PARTNERLENS_MAX_ARTICLE_BYTES"},
    {"max_stream_articles", "PARTNERLENS_MAX_STREAM_ARTICLES"},
    {"drain_timeout", "PARTNERLENS_DRAIN_TIMEOUT"},
};

constexpr config::ServiceCommandLine kCommandLine = {"ingest_service/main.cc",
                                                     kUsage, kEnvironmentFlags};

config::IngestOptions OptionsFromFlags() {
  config::IngestOptions options;
  options.listen = absl::GetFlag(FLAGS_listen);
  options.data_dir = absl::GetFlag(FLAGS_data_dir);
  options.max_article_bytes = absl::GetFlag(FLAGS_max_article_bytes);
  options.max_stream_articles = absl::GetFlag(FLAGS_max_stream_articles);
  options.drain_timeout = absl::GetFlag(FLAGS_drain_timeout);
  return options;
}

// Prints one line naming the problem; the exit code for startup failures.
int Fail(const absl::Status& status) {
  std::cerr << kName << ": " << status.message() << "\n";
  return 1;
}

int Run(const config::IngestOptions& options) {
  auto resources = extraction::LoadBuiltinResources();
  if (!resources.ok()) return Fail(resources.status());
  auto store = storage::EntityStore::Open(options.data_dir);
  if (!store.ok()) return Fail(store.status());
  LOG(INFO) << kName << " store open in " << options.data_dir;

  Ingester ingester(**store, **resources, options);
  IngestServiceImpl service(ingester, options.max_stream_articles);
  server::ServeOptions serve;
  serve.listen = options.listen;
  serve.name = kName;
  serve.drain_timeout = options.drain_timeout;
  serve.max_receive_message_bytes =
      MaxReceiveMessageBytes(options.max_article_bytes);
  auto server = server::StartServer(serve, {&service});
  if (!server.ok()) return Fail(server.status());
  server::WaitForTerminationSignal(**server);
  return 0;
}

}  // namespace
}  // namespace partnerlens::ingest

int main(int argc, char** argv) {
  namespace ingest = partnerlens::ingest;
  const absl::StatusOr<partnerlens::config::IngestOptions> options =
      partnerlens::config::OptionsFromCommandLine(
          argc, argv, ingest::kCommandLine, &ingest::OptionsFromFlags);
  if (!options.ok()) {
    std::cerr << ingest::kName << ": " << options.status().message() << "\n";
    return 2;
  }
  return ingest::Run(*options);
}
