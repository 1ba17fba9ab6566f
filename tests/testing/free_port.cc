#include "tests/testing/free_port.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace partnerlens::testing {
namespace {

// A socket bound to 127.0.0.1:0 (listening when `listen_too`), and its
// port.
absl::StatusOr<std::pair<int, int>> BindLoopback(bool listen_too) {
  const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) {
    return absl::InternalError(absl::StrCat("socket: ", strerror(errno)));
  }
  sockaddr_in address = {};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  socklen_t length = sizeof(address);
  if (bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0 ||
      (listen_too && listen(fd, 1) != 0)) {
    const std::string reason = strerror(errno);
    close(fd);
    return absl::InternalError(absl::StrCat("bind 127.0.0.1:0: ", reason));
  }
  return std::make_pair(fd, static_cast<int>(ntohs(address.sin_port)));
}

}  // namespace

absl::StatusOr<int> PickFreePort() {
  absl::StatusOr<std::pair<int, int>> bound = BindLoopback(false);
  if (!bound.ok()) return bound.status();
  close(bound->first);
  return bound->second;
}

absl::StatusOr<TakenPort> TakenPort::Bind() {
  absl::StatusOr<std::pair<int, int>> bound = BindLoopback(true);
  if (!bound.ok()) return bound.status();
  return TakenPort(bound->first, bound->second);
}

TakenPort::TakenPort(TakenPort&& other) noexcept
    : fd_(other.fd_), port_(other.port_) {
  other.fd_ = -1;
}

TakenPort::~TakenPort() {
  if (fd_ >= 0) close(fd_);
}

}  // namespace partnerlens::testing
