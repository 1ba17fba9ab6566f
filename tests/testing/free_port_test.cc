#include "tests/testing/free_port.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "gtest/gtest.h"

namespace partnerlens::testing {
namespace {

// Whether a fresh socket can bind 127.0.0.1:`port`.
bool CanBind(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address = {};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = htons(static_cast<uint16_t>(port));
  const bool ok =
      bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0;
  close(fd);
  return ok;
}

TEST(PickFreePortTest, ReturnsABindablePort) {
  absl::StatusOr<int> port = PickFreePort();
  ASSERT_TRUE(port.ok()) << port.status();
  EXPECT_GT(*port, 0);
  EXPECT_LT(*port, 65536);
  EXPECT_TRUE(CanBind(*port));
}

TEST(TakenPortTest, HoldsThePortUntilDestroyed) {
  int port = 0;
  {
    absl::StatusOr<TakenPort> taken = TakenPort::Bind();
    ASSERT_TRUE(taken.ok()) << taken.status();
    port = taken->port();
    EXPECT_FALSE(CanBind(port));
  }
  EXPECT_TRUE(CanBind(port));
}

}  // namespace
}  // namespace partnerlens::testing
