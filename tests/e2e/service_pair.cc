#include "tests/e2e/service_pair.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <utility>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "tests/testing/status_matchers.h"

namespace partnerlens::e2e {
namespace {

namespace fs = std::filesystem;

std::string FromEnvOr(const char* name, const char* fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : fallback;
}

}  // namespace

std::string IngestBinary() {
  return FromEnvOr("PARTNERLENS_INGEST_BINARY", PARTNERLENS_INGEST_BINARY);
}
std::string QueryBinary() {
  return FromEnvOr("PARTNERLENS_QUERY_BINARY", PARTNERLENS_QUERY_BINARY);
}
std::string CliBinary() {
  return FromEnvOr("PARTNERLENS_CLI_BINARY", PARTNERLENS_CLI_BINARY);
}
std::string SourceDir() { return PARTNERLENS_SOURCE_DIR; }

testing::ServiceOptions OptionsFor(const std::string& binary,
                                   const std::string& data_dir,
                                   const std::string& log_dir) {
  testing::ServiceOptions options;
  options.binary = binary;
  options.data_dir = data_dir;
  options.log_dir = log_dir;
  return options;
}

absl::StatusOr<std::unique_ptr<ServicePair>> ServicePair::Start(
    const std::string& data_dir, const std::string& log_dir) {
  std::unique_ptr<ServicePair> pair(new ServicePair(data_dir, log_dir));
  absl::Status started = pair->StartIngest();
  if (started.ok()) started = pair->StartQuery();
  if (!started.ok()) return started;
  return pair;
}

absl::Status ServicePair::StartIngest() {
  auto ingest = testing::ServiceProcess::Start(
      OptionsFor(IngestBinary(), data_dir_, log_dir_));
  if (!ingest.ok()) return ingest.status();
  ingest_ = *std::move(ingest);
  ingest_stub_ = v1::IngestService::NewStub(ingest_->channel());
  return absl::OkStatus();
}

absl::Status ServicePair::StartQuery() {
  testing::ServiceOptions options =
      OptionsFor(QueryBinary(), data_dir_, log_dir_);
  options.extra_flags = {"--catch_up_interval_ms=50"};
  auto query = testing::ServiceProcess::Start(options);
  if (!query.ok()) return query.status();
  query_ = *std::move(query);
  query_stub_ = v1::QueryService::NewStub(query_->channel());
  return absl::OkStatus();
}

absl::StatusOr<testing::ExitInfo> ServicePair::RestartIngest() {
  ingest_stub_.reset();
  const testing::ExitInfo exit = ingest_->Stop();
  ingest_.reset();
  absl::Status started = StartIngest();
  if (!started.ok()) return started;
  return exit;
}

absl::StatusOr<testing::ExitInfo> ServicePair::RestartQuery() {
  query_stub_.reset();
  const testing::ExitInfo exit = query_->Stop();
  query_.reset();
  absl::Status started = StartQuery();
  if (!started.ok()) return started;
  return exit;
}

void ServicePairFixture::SetUp() {
  data_dir_ = scratch_.Subdir("data");
  auto pair = ServicePair::Start(data_dir_, scratch_.Subdir("logs"));
  ASSERT_THAT(pair, testing::IsOk());
  pair_ = *std::move(pair);
}

testing::CommandResult ServicePairFixture::RunClient(
    const std::vector<std::string>& argv,
    std::vector<std::pair<std::string, std::string>> env) {
  const std::vector<std::pair<std::string, std::string>> loopback =
      LoopbackClientEnv();
  env.insert(env.begin(), loopback.begin(), loopback.end());
  auto result =
      testing::RunCommand(argv, scratch_.path(), absl::Seconds(120), env);
  EXPECT_THAT(result, testing::IsOk());
  return result.ok() ? *std::move(result) : testing::CommandResult{};
}

std::vector<std::pair<std::string, std::string>> LoopbackClientEnv() {
  const std::string loopback = "127.0.0.1,localhost";
  return {{"no_proxy", loopback}, {"NO_PROXY", loopback}};
}

std::vector<SeedArticle> ReadSeeds() {
  std::vector<SeedArticle> seeds;
  const fs::path dir = fs::path(SourceDir()) / "tests/testdata/seeds";
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    if (it->path().extension() == ".txt") files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  seeds.reserve(files.size());
  for (const fs::path& file : files) {
    seeds.push_back(
        {file.stem().string(), testing::ReadFileOrEmpty(file.string())});
  }
  return seeds;
}

}  // namespace partnerlens::e2e
