#ifndef PARTNERLENS_TESTS_TESTING_SERVICE_PROCESS_H_
#define PARTNERLENS_TESTS_TESTING_SERVICE_PROCESS_H_

// A real PartnerLens service binary (partnerlens-ingest or
// partnerlens-query) running on a free loopback port, for end-to-end
// tests. Start() returns once grpc.health.v1.Health/Check answers SERVING.
// The destructor stops the process (SIGTERM, then SIGKILL after a bounded
// wait). Not thread-safe.

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "grpcpp/channel.h"

#include "tests/testing/subprocess.h"

namespace partnerlens::testing {

struct ServiceOptions {
  // Path of the service binary.
  std::string binary;
  // --data_dir of the service.
  std::string data_dir;
  // Directory for the log files (NAME-N.log).
  std::string log_dir;
  // Further flags ("--catch_up_interval_ms=50").
  std::vector<std::string> extra_flags;
  // How long to wait for SERVING. Default 60 s.
  absl::Duration ready_timeout = absl::Seconds(60);
};

class ServiceProcess {
 public:
  // Starts the binary on a free port, retrying with another port (at most
  // 5 tries) when the process dies while starting, as it does when another
  // process took the port first. FAILED_PRECONDITION with the log's tail
  // when it does not become SERVING.
  static absl::StatusOr<std::unique_ptr<ServiceProcess>> Start(
      const ServiceOptions& options);

  // Starts the binary listening on `port`; no retry.
  static absl::StatusOr<std::unique_ptr<ServiceProcess>> StartOnPort(
      const ServiceOptions& options, int port);

  ServiceProcess(const ServiceProcess&) = delete;
  ServiceProcess& operator=(const ServiceProcess&) = delete;
  ~ServiceProcess() = default;  // `process_` stops the child

  // "127.0.0.1:PORT".
  const std::string& address() const { return address_; }
  int port() const { return port_; }
  // A plaintext channel to the service; null after Stop().
  std::shared_ptr<grpc::Channel> channel() const { return channel_; }
  Subprocess& process() { return *process_; }
  // The combined stdout and stderr so far.
  std::string Log() const { return process_->ReadStdout(); }

  // Drops channel() (stubs made from it must be gone too), sends SIGTERM
  // and waits (bounded); returns how the process ended.
  ExitInfo Stop();

 private:
  ServiceProcess(std::unique_ptr<Subprocess> process, int port);

  std::unique_ptr<Subprocess> process_;
  int port_;
  std::string address_;
  std::shared_ptr<grpc::Channel> channel_;
};

// Starts `binary` with `flags` (no health wait) and waits for it to end
// within `timeout`; for binaries that are expected to fail at start.
absl::StatusOr<CommandResult> RunExpectingExit(
    const std::string& binary, const std::vector<std::string>& flags,
    const std::string& scratch_dir, absl::Duration timeout);

// Asks grpc.health.v1.Health/Check (service "") once, waiting up to
// `timeout` for a connection; true when SERVING.
bool IsServing(const std::shared_ptr<grpc::Channel>& channel,
               absl::Duration timeout);

// The last `lines` lines of `text`.
std::string Tail(const std::string& text, int lines);

}  // namespace partnerlens::testing

#endif  // PARTNERLENS_TESTS_TESTING_SERVICE_PROCESS_H_
