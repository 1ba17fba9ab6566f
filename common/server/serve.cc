#include "common/server/serve.h"

#include <netdb.h>
#include <semaphore.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <utility>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "glog/logging.h"
#include "grpc/grpc.h"
#include "grpc/health/v1/health.pb.h"
#include "grpcpp/ext/proto_server_reflection_plugin.h"
#include "grpcpp/health_check_service_interface.h"
#include "grpcpp/security/server_credentials.h"
#include "grpcpp/server_builder.h"
#include "grpcpp/support/channel_arguments.h"
#include "grpcpp/support/interceptor.h"
#include "grpcpp/support/server_interceptor.h"

namespace partnerlens::server {
namespace {

struct HostPort {
  std::string host;
  int port = 0;
};

// Splits "HOST:PORT" (HOST may be a bracketed IPv6 address).
absl::StatusOr<HostPort> ParseListen(absl::string_view listen) {
  const size_t colon = listen.rfind(':');
  if (colon == absl::string_view::npos || colon == 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("listen address \"", listen, "\" is not HOST:PORT"));
  }
  HostPort result{std::string(listen.substr(0, colon)), 0};
  if (!absl::SimpleAtoi(listen.substr(colon + 1), &result.port) ||
      result.port < 0 || result.port > 65535) {
    return absl::InvalidArgumentError(absl::StrCat(
        "listen address \"", listen, "\" has no port number in 0-65535"));
  }
  return result;
}

// The host part without IPv6 brackets, for getaddrinfo.
std::string BareHost(absl::string_view host) {
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  return std::string(host);
}

// Why binding `errno_value` failed, in words.
std::string BindProblem(int errno_value, const HostPort& address) {
  switch (errno_value) {
    case EADDRINUSE:
      return absl::StrCat("port ", address.port,
                          " is taken by another process");
    case EADDRNOTAVAIL:
      return absl::StrCat("address ", address.host, " is not on this host");
    case EACCES:
      return absl::StrCat("permission denied for port ", address.port);
    default:
      return std::strerror(errno_value);
  }
}

// Tries to bind `address` as gRPC would (SO_REUSEADDR, no SO_REUSEPORT) so
// that a taken port gets a precise message before gRPC logs its own.
// Port 0 and unresolvable hosts are left to gRPC.
absl::Status ProbeBind(const HostPort& address, absl::string_view listen) {
  if (address.port == 0) return absl::OkStatus();
  addrinfo hints = {};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE;
  addrinfo* found = nullptr;
  const std::string port = absl::StrCat(address.port);
  if (getaddrinfo(BareHost(address.host).c_str(), port.c_str(), &hints,
                  &found) != 0) {
    return absl::OkStatus();
  }
  int bind_errno = 0;
  const int fd = socket(found->ai_family, SOCK_STREAM, 0);
  if (fd >= 0) {
    const int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    if (bind(fd, found->ai_addr, found->ai_addrlen) != 0) bind_errno = errno;
    close(fd);
  }
  freeaddrinfo(found);
  if (bind_errno == 0) return absl::OkStatus();
  return absl::UnavailableError(absl::StrCat("cannot listen on ", listen, ": ",
                                             BindProblem(bind_errno, address)));
}

// Makes sure the descriptors of grpc.health.v1 are linked in and registered
// in the generated pool, so that reflection can describe Health, not only
// list it.
void RegisterHealthDescriptors() {
  const google::protobuf::Descriptor* descriptor =
      grpc::health::v1::HealthCheckRequest::descriptor();
  CHECK(descriptor != nullptr);
}

// gRPC answers a request that does not parse (protobuf rejects proto3
// strings holding invalid UTF-8) with INTERNAL and no message before any
// handler runs. Our handlers never return INTERNAL without a message, so
// this turns exactly that case into INVALID_ARGUMENT a client understands.
class UnparsableRequestInterceptor final
    : public grpc::experimental::Interceptor {
 public:
  void Intercept(
      grpc::experimental::InterceptorBatchMethods* methods) override {
    if (methods->QueryInterceptionHookPoint(
            grpc::experimental::InterceptionHookPoints::PRE_SEND_STATUS)) {
      const grpc::Status status = methods->GetSendStatus();
      if (status.error_code() == grpc::StatusCode::INTERNAL &&
          status.error_message().empty()) {
        methods->ModifySendStatus(grpc::Status(
            grpc::StatusCode::INVALID_ARGUMENT,
            "the request does not parse: a string field is not valid UTF-8 "
            "or the message is malformed"));
      }
    }
    methods->Proceed();
  }
};

class UnparsableRequestInterceptorFactory final
    : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* /*info*/) override {
    return new UnparsableRequestInterceptor();
  }
};

// Sets up `builder` to listen, filling `port` once started, and registers
// `services`.
void ConfigureBuilder(const ServeOptions& options,
                      const std::vector<grpc::Service*>& services, int* port,
                      grpc::ServerBuilder& builder) {
  builder.AddListeningPort(options.listen, grpc::InsecureServerCredentials(),
                           port);
  // Without this two processes could both bind the port (SO_REUSEPORT)
  // and split its traffic; a taken port must fail instead.
  builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
  builder.SetMaxReceiveMessageSize(options.max_receive_message_bytes);
  std::vector<
      std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>>
      interceptors;
  interceptors.push_back(
      std::make_unique<UnparsableRequestInterceptorFactory>());
  builder.experimental().SetInterceptorCreators(std::move(interceptors));
  for (grpc::Service* service : services) builder.RegisterService(service);
}

sem_t* TerminationSemaphore() {
  static sem_t* semaphore = [] {
    static sem_t storage;
    CHECK_EQ(sem_init(&storage, 0, 0), 0);
    return &storage;
  }();
  return semaphore;
}

// Async-signal-safe: sem_post is on the POSIX list.
void OnTerminationSignal(int /*signal*/) { sem_post(TerminationSemaphore()); }

}  // namespace

RunningServer::RunningServer(std::unique_ptr<grpc::Server> server,
                             absl::string_view host, int port,
                             ServeOptions options)
    : server_(std::move(server)),
      port_(port),
      address_(absl::StrCat(host, ":", port)),
      options_(std::move(options)) {}

RunningServer::~RunningServer() {
  Shutdown();
  server_->Wait();
}

void RunningServer::Shutdown() {
  absl::MutexLock lock(&mu_);
  if (shut_down_) return;
  shut_down_ = true;
  LOG(INFO) << options_.name << " draining (up to "
            << absl::FormatDuration(options_.drain_timeout) << ")";
  if (grpc::HealthCheckServiceInterface* health =
          server_->GetHealthCheckService();
      health != nullptr) {
    health->Shutdown();  // every service NOT_SERVING from now on
  }
  server_->Shutdown(absl::ToChronoTime(absl::Now() + options_.drain_timeout));
  LOG(INFO) << options_.name << " stopped";
}

void RunningServer::Wait() { server_->Wait(); }

std::shared_ptr<grpc::Channel> RunningServer::InProcessChannel() {
  return server_->InProcessChannel(grpc::ChannelArguments());
}

absl::StatusOr<std::unique_ptr<RunningServer>> StartServer(
    const ServeOptions& options, const std::vector<grpc::Service*>& services) {
  const absl::StatusOr<HostPort> host_port = ParseListen(options.listen);
  if (!host_port.ok()) return host_port.status();
  if (absl::Status free = ProbeBind(*host_port, options.listen); !free.ok()) {
    return free;
  }
  RegisterHealthDescriptors();
  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();

  grpc::ServerBuilder builder;
  int port = 0;
  ConfigureBuilder(options, services, &port, builder);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (server == nullptr || port == 0) {
    return absl::UnavailableError(
        absl::StrCat("cannot listen on ", options.listen,
                     ": the port is taken or the address is not on this host"));
  }
  auto running = std::make_unique<RunningServer>(
      std::move(server), host_port->host, port, options);
  LOG(INFO) << options.name << " listening on " << running->address();
  return running;
}

void WaitForTerminationSignal(RunningServer& server) {
  sem_t* semaphore = TerminationSemaphore();
  struct sigaction action = {};
  action.sa_handler = OnTerminationSignal;
  sigemptyset(&action.sa_mask);
  CHECK_EQ(sigaction(SIGINT, &action, nullptr), 0);
  CHECK_EQ(sigaction(SIGTERM, &action, nullptr), 0);
  while (sem_wait(semaphore) != 0 && errno == EINTR) {
  }
  LOG(INFO) << "termination signal received";
  server.Shutdown();
  server.Wait();
}

}  // namespace partnerlens::server
