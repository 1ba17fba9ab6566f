#ifndef PARTNERLENS_TESTS_E2E_SERVICE_PAIR_H_
#define PARTNERLENS_TESTS_E2E_SERVICE_PAIR_H_

// The real partnerlens-ingest and partnerlens-query binaries over one
// temporary data directory, on free loopback ports, for end-to-end tests,
// and the test fixture that starts them.
// Binary paths come from CMake (compile definitions) and may be overridden
// by the environment variables PARTNERLENS_INGEST_BINARY,
// PARTNERLENS_QUERY_BINARY and PARTNERLENS_CLI_BINARY. Not thread-safe.

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gtest/gtest.h"

#include "partnerlens/v1/ingest_service.grpc.pb.h"
#include "partnerlens/v1/query_service.grpc.pb.h"
#include "tests/testing/scratch_dir.h"
#include "tests/testing/service_process.h"
#include "tests/testing/subprocess.h"

namespace partnerlens::e2e {

std::string IngestBinary();
std::string QueryBinary();
std::string CliBinary();
// The repository root (for tests/testdata).
std::string SourceDir();

// Both services over `data_dir`.
class ServicePair {
 public:
  // Starts ingest, then query (which opens the store the ingest created).
  // The error names the binary and carries the end of its log.
  static absl::StatusOr<std::unique_ptr<ServicePair>> Start(
      const std::string& data_dir, const std::string& log_dir);

  testing::ServiceProcess& ingest() { return *ingest_; }
  testing::ServiceProcess& query() { return *query_; }
  v1::IngestService::Stub& ingest_stub() { return *ingest_stub_; }
  v1::QueryService::Stub& query_stub() { return *query_stub_; }

  // SIGTERM and start again on the same directory (a new port). The
  // returned ExitInfo is how the old process ended.
  absl::StatusOr<testing::ExitInfo> RestartIngest();
  absl::StatusOr<testing::ExitInfo> RestartQuery();

 private:
  ServicePair(std::string data_dir, std::string log_dir)
      : data_dir_(std::move(data_dir)), log_dir_(std::move(log_dir)) {}
  absl::Status StartIngest();
  absl::Status StartQuery();

  std::string data_dir_;
  std::string log_dir_;
  std::unique_ptr<testing::ServiceProcess> ingest_;
  std::unique_ptr<testing::ServiceProcess> query_;
  std::unique_ptr<v1::IngestService::Stub> ingest_stub_;
  std::unique_ptr<v1::QueryService::Stub> query_stub_;
};

// A fixture that starts both services over a fresh data directory in a
// ScratchDir before each test (a pair that does not start fails the test)
// and stops them after it.
class ServicePairFixture : public ::testing::Test {
 protected:
  void SetUp() override;

  v1::IngestService::Stub& ingest() { return pair_->ingest_stub(); }
  v1::QueryService::Stub& query() { return pair_->query_stub(); }

  // Runs client command `argv` (the CLI, buf) in the scratch directory with
  // LoopbackClientEnv() plus `env`, within 120 s. A command that cannot be
  // run fails the test and gives an empty result.
  testing::CommandResult RunClient(
      const std::vector<std::string>& argv,
      std::vector<std::pair<std::string, std::string>> env = {});

  testing::ScratchDir scratch_;
  std::string data_dir_;
  std::unique_ptr<ServicePair> pair_;
};

// The service options the tests use for `binary`.
testing::ServiceOptions OptionsFor(const std::string& binary,
                                   const std::string& data_dir,
                                   const std::string& log_dir);

// Environment for client processes the tests run (the CLI, buf): loopback
// bypasses any proxy the environment names.
std::vector<std::pair<std::string, std::string>> LoopbackClientEnv();

// The four seed articles of tests/testdata/seeds: file stem and content.
struct SeedArticle {
  std::string stem;
  std::string content;
};
std::vector<SeedArticle> ReadSeeds();

}  // namespace partnerlens::e2e

#endif  // PARTNERLENS_TESTS_E2E_SERVICE_PAIR_H_
