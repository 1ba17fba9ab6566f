#include "tests/testing/service_process.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "grpcpp/client_context.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "grpcpp/support/channel_arguments.h"

#include "tests/testing/free_port.h"

namespace partnerlens::testing {
namespace {

constexpr int kStartTries = 5;

std::string NextLogPath(const ServiceOptions& options) {
  static std::atomic<int> counter{0};
  const std::string name =
      std::filesystem::path(options.binary).filename().string();
  return absl::StrCat(options.log_dir, "/", name, "-", counter.fetch_add(1),
                      ".log");
}

SubprocessOptions ProcessOptions(const ServiceOptions& options, int port,
                                 const std::string& log_path) {
  SubprocessOptions process;
  process.argv = {options.binary, absl::StrCat("--listen=127.0.0.1:", port),
                  absl::StrCat("--data_dir=", options.data_dir)};
  process.argv.insert(process.argv.end(), options.extra_flags.begin(),
                      options.extra_flags.end());
  // The flags above decide; stray variables of the caller must not.
  process.unset_env = {"PARTNERLENS_LISTEN", "PARTNERLENS_DATA_DIR"};
  process.env = {{"GLOG_logtostderr", "1"}};
  process.stdout_path = log_path;
  process.stderr_path = log_path;
  return process;
}

// Polls Health/Check until SERVING, the process ends, or the deadline.
absl::Status WaitServing(Subprocess& process,
                         const std::shared_ptr<grpc::Channel>& channel,
                         absl::Duration timeout) {
  const absl::Time deadline = absl::Now() + timeout;
  while (absl::Now() < deadline) {
    if (!process.Running()) {
      absl::StatusOr<ExitInfo> exit = process.Wait(absl::ZeroDuration());
      return absl::FailedPreconditionError(absl::StrCat(
          "ended while starting (", exit.ok() ? exit->ToString() : "?", ")"));
    }
    if (IsServing(channel, absl::Seconds(1))) return absl::OkStatus();
    absl::SleepFor(absl::Milliseconds(50));
  }
  return absl::FailedPreconditionError(
      absl::StrCat("not SERVING after ", absl::FormatDuration(timeout)));
}

// A channel that retries connecting soon: its first attempts race the
// server's start, and gRPC's default backoff (1 s, growing to 120 s) would
// then delay the tests.
std::shared_ptr<grpc::Channel> FastReconnectChannel(
    const std::string& address) {
  grpc::ChannelArguments args;
  args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 100);
  args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 1000);
  // Loopback only: an http_proxy of the environment must not apply.
  args.SetInt(GRPC_ARG_ENABLE_HTTP_PROXY, 0);
  return grpc::CreateCustomChannel(address, grpc::InsecureChannelCredentials(),
                                   args);
}

}  // namespace

std::string Tail(const std::string& text, int lines) {
  std::vector<std::string> all = absl::StrSplit(text, '\n');
  if (static_cast<int>(all.size()) > lines) {
    all.erase(all.begin(), all.end() - lines);
  }
  return absl::StrJoin(all, "\n");
}

bool IsServing(const std::shared_ptr<grpc::Channel>& channel,
               absl::Duration timeout) {
  auto stub = grpc::health::v1::Health::NewStub(channel);
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       absl::ToChronoMilliseconds(timeout));
  // Wait for the connection within the deadline instead of failing fast:
  // a sync client drives the connection only while a call waits (else only
  // gRPC's backup poller does, every 5 s).
  context.set_wait_for_ready(true);
  grpc::health::v1::HealthCheckRequest request;
  grpc::health::v1::HealthCheckResponse response;
  const grpc::Status status = stub->Check(&context, request, &response);
  return status.ok() &&
         response.status() == grpc::health::v1::HealthCheckResponse::SERVING;
}

ServiceProcess::ServiceProcess(std::unique_ptr<Subprocess> process, int port)
    : process_(std::move(process)),
      port_(port),
      address_(absl::StrCat("127.0.0.1:", port)),
      channel_(FastReconnectChannel(address_)) {}

absl::StatusOr<std::unique_ptr<ServiceProcess>> ServiceProcess::StartOnPort(
    const ServiceOptions& options, int port) {
  const std::string log_path = NextLogPath(options);
  absl::StatusOr<std::unique_ptr<Subprocess>> process =
      Subprocess::Start(ProcessOptions(options, port, log_path));
  if (!process.ok()) return process.status();
  std::unique_ptr<ServiceProcess> service(
      new ServiceProcess(*std::move(process), port));
  const absl::Status ready = WaitServing(service->process(), service->channel(),
                                         options.ready_timeout);
  if (!ready.ok()) {
    return absl::FailedPreconditionError(
        absl::StrCat(options.binary, " on port ", port, ": ", ready.message(),
                     "; log ", log_path, " ends:\n", Tail(service->Log(), 15)));
  }
  return service;
}

absl::StatusOr<std::unique_ptr<ServiceProcess>> ServiceProcess::Start(
    const ServiceOptions& options) {
  absl::Status last = absl::InternalError("no try");
  for (int attempt = 0; attempt < kStartTries; ++attempt) {
    absl::StatusOr<int> port = PickFreePort();
    if (!port.ok()) return port.status();
    absl::StatusOr<std::unique_ptr<ServiceProcess>> service =
        StartOnPort(options, *port);
    if (service.ok()) return service;
    last = service.status();
  }
  return last;
}

ExitInfo ServiceProcess::Stop() {
  // Close our connection first: a server drains idle client connections
  // only at the end of its drain timeout, which would slow every restart.
  channel_.reset();
  return process_->Stop(absl::Seconds(20));
}

absl::StatusOr<CommandResult> RunExpectingExit(
    const std::string& binary, const std::vector<std::string>& flags,
    const std::string& scratch_dir, absl::Duration timeout) {
  std::vector<std::string> argv = {binary};
  argv.insert(argv.end(), flags.begin(), flags.end());
  return RunCommand(argv, scratch_dir, timeout, {{"GLOG_logtostderr", "1"}});
}

}  // namespace partnerlens::testing
