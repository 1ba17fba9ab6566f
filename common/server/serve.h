#ifndef PARTNERLENS_COMMON_SERVER_SERVE_H_
#define PARTNERLENS_COMMON_SERVER_SERVE_H_

// Starting and stopping a gRPC server the way both PartnerLens services do:
// plaintext on one HOST:PORT, grpc.health.v1.Health (overall status SERVING
// while running) and server reflection switched on, graceful drain on
// shutdown.

#include <memory>
#include <string>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "grpcpp/server.h"

namespace partnerlens::server {

struct ServeOptions {
  // HOST:PORT to listen on ("127.0.0.1:50051", "[::1]:0", "0.0.0.0:50051");
  // port 0 picks a free port. Default: empty (invalid).
  std::string listen = {};
  // Name for log lines ("partnerlens-ingest"). Default: empty.
  std::string name = {};
  // How long Shutdown() lets calls in flight finish before cancelling them.
  // Default 5 s.
  absl::Duration drain_timeout = absl::Seconds(5);
  // Largest request message the server accepts, in bytes. Default 4 MiB
  // (gRPC's own default).
  int max_receive_message_bytes = 4 << 20;
};

// A started grpc::Server with health and reflection. Thread-safe: Shutdown()
// and Wait() may be called from any thread, Shutdown() any number of times.
// The services passed to StartServer must outlive this object. The
// destructor shuts down (if not yet done) and waits.
class RunningServer {
 public:
  // Takes over a started server bound at `host`:`port`; see StartServer.
  RunningServer(std::unique_ptr<grpc::Server> server, absl::string_view host,
                int port, ServeOptions options);
  ~RunningServer();

  RunningServer(const RunningServer&) = delete;
  RunningServer& operator=(const RunningServer&) = delete;

  // The bound port (the chosen one when the options asked for port 0).
  int port() const { return port_; }

  // "HOST:PORT" with the bound port, for logs and clients.
  const std::string& address() const { return address_; }

  // Sets health to NOT_SERVING, stops accepting calls, lets calls in flight
  // finish for up to drain_timeout, then cancels the rest. Returns when the
  // server has stopped. Later calls return at once.
  void Shutdown();

  // Blocks until the server has shut down.
  void Wait();

  // An in-process channel to this server (for tests and tools).
  std::shared_ptr<grpc::Channel> InProcessChannel();

 private:
  std::unique_ptr<grpc::Server> server_;
  const int port_;
  const std::string address_;
  const ServeOptions options_;
  absl::Mutex mu_;
  bool shut_down_ ABSL_GUARDED_BY(mu_) = false;
};

// Binds options.listen, registers `services` (not owned; each must outlive
// the returned server), starts serving and logs "NAME listening on
// HOST:PORT". A request that does not parse (a proto3 string field with
// invalid UTF-8) is answered INVALID_ARGUMENT, not gRPC's bare INTERNAL.
// INVALID_ARGUMENT when options.listen is not HOST:PORT; UNAVAILABLE naming the
// address when it cannot be bound (port taken by another process, or an address
// this host does not have). Port reuse across processes is switched off so that
// a taken port fails here.
absl::StatusOr<std::unique_ptr<RunningServer>> StartServer(
    const ServeOptions& options, const std::vector<grpc::Service*>& services);

// Blocks until the process receives SIGINT or SIGTERM, then shuts `server`
// down within its drain_timeout (health turns NOT_SERVING first). Installs
// signal handlers; for main() only.
void WaitForTerminationSignal(RunningServer& server);

}  // namespace partnerlens::server

#endif  // PARTNERLENS_COMMON_SERVER_SERVE_H_
