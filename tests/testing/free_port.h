#ifndef PARTNERLENS_TESTS_TESTING_FREE_PORT_H_
#define PARTNERLENS_TESTS_TESTING_FREE_PORT_H_

// Loopback ports for tests that start real servers.

#include "absl/status/statusor.h"

namespace partnerlens::testing {

// A TCP port on 127.0.0.1 that was free a moment ago: binds port 0, reads
// the port the kernel chose and releases it. Another process may take it
// before the caller binds it, so callers retry with a new port when their
// server fails to bind (ServiceProcess does). INTERNAL when no socket can
// be bound. Thread-safe.
absl::StatusOr<int> PickFreePort();

// Holds a bound (and listening) loopback port until destroyed, so that a
// test can make a port "taken". Not thread-safe.
class TakenPort {
 public:
  // INTERNAL when no socket can be bound.
  static absl::StatusOr<TakenPort> Bind();
  TakenPort(TakenPort&& other) noexcept;
  TakenPort& operator=(TakenPort&&) = delete;
  TakenPort(const TakenPort&) = delete;
  ~TakenPort();

  int port() const { return port_; }

 private:
  TakenPort(int fd, int port) : fd_(fd), port_(port) {}
  int fd_;
  int port_;
};

}  // namespace partnerlens::testing

#endif  // PARTNERLENS_TESTS_TESTING_FREE_PORT_H_
