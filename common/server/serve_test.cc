#include "common/server/serve.h"

#include <signal.h>

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/descriptor.pb.h"
#include "google/protobuf/dynamic_message.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/generic/generic_stub.h"
#include "grpcpp/security/credentials.h"
#include "grpcpp/support/proto_buffer_reader.h"
#include "grpcpp/support/proto_buffer_writer.h"
#include "gtest/gtest.h"

#include "partnerlens/v1/ingest_service.grpc.pb.h"

namespace partnerlens::server {
namespace {

using ::google::protobuf::DescriptorPool;
using ::google::protobuf::DynamicMessageFactory;
using ::google::protobuf::FieldDescriptor;
using ::google::protobuf::Message;
using ::grpc::health::v1::HealthCheckRequest;
using ::grpc::health::v1::HealthCheckResponse;

std::unique_ptr<RunningServer> StartOrDie(grpc::Service* service,
                                          std::string listen = "127.0.0.1:0") {
  ServeOptions options;
  options.listen = std::move(listen);
  options.name = "test-server";
  options.drain_timeout = absl::Milliseconds(200);
  absl::StatusOr<std::unique_ptr<RunningServer>> server =
      StartServer(options, {service});
  EXPECT_TRUE(server.ok()) << server.status();
  return server.ok() ? *std::move(server) : nullptr;
}

std::shared_ptr<grpc::Channel> Connect(const RunningServer& server) {
  return grpc::CreateChannel(server.address(),
                             grpc::InsecureChannelCredentials());
}

grpc::Status CheckHealth(const std::shared_ptr<grpc::Channel>& channel,
                         HealthCheckResponse* response) {
  auto stub = grpc::health::v1::Health::NewStub(channel);
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(5));
  return stub->Check(&context, HealthCheckRequest(), response);
}

// One request and one response on the reflection stream, using the
// descriptors that libgrpc++_reflection registers.
class ReflectionClient {
 public:
  explicit ReflectionClient(std::shared_ptr<grpc::Channel> channel)
      : stub_(std::move(channel)),
        request_type_(DescriptorPool::generated_pool()->FindMessageTypeByName(
            "grpc.reflection.v1alpha.ServerReflectionRequest")),
        response_type_(DescriptorPool::generated_pool()->FindMessageTypeByName(
            "grpc.reflection.v1alpha.ServerReflectionResponse")) {}

  bool ready() const {
    return request_type_ != nullptr && response_type_ != nullptr;
  }

  // Sends a request with string field `field` set to `value`; returns the
  // response or null on any failure.
  std::unique_ptr<Message> Ask(const std::string& field,
                               const std::string& value) {
    std::unique_ptr<Message> request(
        factory_.GetPrototype(request_type_)->New());
    request->GetReflection()->SetString(
        request.get(), request_type_->FindFieldByName(field), value);
    grpc::ByteBuffer out;
    bool own = false;
    if (!grpc::SerializationTraits<Message>::Serialize(*request, &out, &own)
             .ok()) {
      return nullptr;
    }
    grpc::ByteBuffer in;
    if (!Exchange(out, &in)) return nullptr;
    std::unique_ptr<Message> response(
        factory_.GetPrototype(response_type_)->New());
    if (!grpc::SerializationTraits<Message>::Deserialize(&in, response.get())
             .ok()) {
      return nullptr;
    }
    return response;
  }

 private:
  bool Next(grpc::CompletionQueue& cq, intptr_t want) {
    void* tag = nullptr;
    bool ok = false;
    return cq.Next(&tag, &ok) && ok && reinterpret_cast<intptr_t>(tag) == want;
  }

  bool Exchange(const grpc::ByteBuffer& out, grpc::ByteBuffer* in) {
    grpc::CompletionQueue cq;
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() +
                         std::chrono::seconds(5));
    auto call = stub_.PrepareCall(
        &context,
        "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo", &cq);
    call->StartCall(reinterpret_cast<void*>(1));
    bool ok = Next(cq, 1);
    call->Write(out, reinterpret_cast<void*>(2));
    ok = ok && Next(cq, 2);
    call->Read(in, reinterpret_cast<void*>(3));
    ok = ok && Next(cq, 3);
    call->WritesDone(reinterpret_cast<void*>(4));
    ok = ok && Next(cq, 4);
    grpc::Status status;
    call->Finish(&status, reinterpret_cast<void*>(5));
    ok = ok && Next(cq, 5) && status.ok();
    cq.Shutdown();
    void* tag = nullptr;
    bool more = false;
    while (cq.Next(&tag, &more)) {
    }
    return ok;
  }

  grpc::GenericStub stub_;
  const google::protobuf::Descriptor* request_type_;
  const google::protobuf::Descriptor* response_type_;
  DynamicMessageFactory factory_;
};

TEST(StartServerTest, PicksFreePortAndServesHealth) {
  partnerlens::v1::IngestService::Service service;
  std::unique_ptr<RunningServer> server = StartOrDie(&service);
  ASSERT_NE(server, nullptr);
  EXPECT_GT(server->port(), 0);
  EXPECT_EQ(server->address(), absl::StrCat("127.0.0.1:", server->port()));

  HealthCheckResponse response;
  ASSERT_TRUE(CheckHealth(Connect(*server), &response).ok());
  EXPECT_EQ(response.status(), HealthCheckResponse::SERVING);
}

TEST(StartServerTest, RegisteredServiceAnswers) {
  partnerlens::v1::IngestService::Service
      service;  // every method UNIMPLEMENTED
  std::unique_ptr<RunningServer> server = StartOrDie(&service);
  ASSERT_NE(server, nullptr);
  auto stub = partnerlens::v1::IngestService::NewStub(Connect(*server));
  grpc::ClientContext context;
  partnerlens::v1::GetArticleResponse response;
  grpc::Status status = stub->GetArticle(
      &context, partnerlens::v1::GetArticleRequest(), &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::UNIMPLEMENTED);
}

TEST(StartServerTest, TakenPortIsUnavailable) {
  partnerlens::v1::IngestService::Service service;
  std::unique_ptr<RunningServer> first = StartOrDie(&service);
  ASSERT_NE(first, nullptr);
  partnerlens::v1::IngestService::Service other;
  ServeOptions options;
  options.listen = first->address();
  absl::StatusOr<std::unique_ptr<RunningServer>> second =
      StartServer(options, {&other});
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), absl::StatusCode::kUnavailable);
  EXPECT_NE(second.status().message().find(first->address()),
            absl::string_view::npos)
      << second.status();
}

TEST(StartServerTest, MalformedListenIsInvalidArgument) {
  const char* const bad[] = {"localhost", ":50051", "127.0.0.1:http",
                             "127.0.0.1:70000", "127.0.0.1:-1"};
  for (const char* listen : bad) {
    partnerlens::v1::IngestService::Service service;
    ServeOptions options;
    options.listen = listen;
    absl::StatusOr<std::unique_ptr<RunningServer>> server =
        StartServer(options, {&service});
    EXPECT_EQ(server.status().code(), absl::StatusCode::kInvalidArgument)
        << listen;
  }
}

TEST(StartServerTest, ShutdownIsIdempotentAndStopsServing) {
  partnerlens::v1::IngestService::Service service;
  std::unique_ptr<RunningServer> server = StartOrDie(&service);
  ASSERT_NE(server, nullptr);
  std::shared_ptr<grpc::Channel> channel = Connect(*server);
  server->Shutdown();
  server->Shutdown();
  server->Wait();
  HealthCheckResponse response;
  auto stub = grpc::health::v1::Health::NewStub(channel);
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::milliseconds(500));
  EXPECT_FALSE(stub->Check(&context, HealthCheckRequest(), &response).ok());
}

TEST(ReflectionTest, ListsAndDescribesHealth) {
  partnerlens::v1::IngestService::Service service;
  std::unique_ptr<RunningServer> server = StartOrDie(&service);
  ASSERT_NE(server, nullptr);
  ReflectionClient client(Connect(*server));
  ASSERT_TRUE(client.ready());

  std::unique_ptr<Message> list = client.Ask("list_services", "*");
  ASSERT_NE(list, nullptr);
  const std::string listed = list->ShortDebugString();
  EXPECT_NE(listed.find("\"grpc.health.v1.Health\""), std::string::npos)
      << listed;
  EXPECT_NE(listed.find("\"partnerlens.v1.IngestService\""), std::string::npos)
      << listed;

  std::unique_ptr<Message> file =
      client.Ask("file_containing_symbol", "grpc.health.v1.Health");
  ASSERT_NE(file, nullptr);
  const FieldDescriptor* files_field =
      file->GetDescriptor()->FindFieldByName("file_descriptor_response");
  ASSERT_TRUE(file->GetReflection()->HasField(*file, files_field))
      << file->ShortDebugString();
  const Message& files = file->GetReflection()->GetMessage(*file, files_field);
  const FieldDescriptor* protos =
      files.GetDescriptor()->FindFieldByName("file_descriptor_proto");
  std::vector<std::string> names;
  for (int i = 0; i < files.GetReflection()->FieldSize(files, protos); ++i) {
    google::protobuf::FileDescriptorProto proto;
    ASSERT_TRUE(proto.ParseFromString(
        files.GetReflection()->GetRepeatedString(files, protos, i)));
    names.push_back(proto.name());
    if (proto.name() == "grpc/health/v1/health.proto") {
      ASSERT_GE(proto.service_size(), 1);
      EXPECT_EQ(proto.service(0).name(), "Health");
      EXPECT_EQ(proto.service(0).method(0).name(), "Check");
    }
  }
  EXPECT_NE(
      std::find(names.begin(), names.end(), "grpc/health/v1/health.proto"),
      names.end());
}

TEST(StartServerTest, UnparsableRequestIsInvalidArgument) {
  partnerlens::v1::IngestService::Service service;
  std::unique_ptr<RunningServer> server = StartOrDie(&service);
  ASSERT_NE(server, nullptr);
  // GetArticleRequest{article_id: "\xff\xfeA"}: field 1, 3 bytes, not UTF-8.
  const std::string wire =
      "\x0a\x03\xff\xfe"
      "A";
  grpc::Slice slice(wire);
  grpc::ByteBuffer request(&slice, 1);
  grpc::ByteBuffer response;
  grpc::GenericStub stub(Connect(*server));
  grpc::CompletionQueue cq;
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(5));
  auto call = stub.PrepareUnaryCall(
      &context, "/partnerlens.v1.IngestService/GetArticle", request, &cq);
  call->StartCall();
  grpc::Status status;
  call->Finish(&response, &status, reinterpret_cast<void*>(1));
  void* tag = nullptr;
  bool ok = false;
  ASSERT_TRUE(cq.Next(&tag, &ok));
  cq.Shutdown();
  while (cq.Next(&tag, &ok)) {
  }
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(status.error_message().find("UTF-8"), std::string::npos)
      << status.error_message();
}

void IgnoreSignal(int /*signal*/) {}

TEST(WaitForTerminationSignalTest, SigtermShutsDown) {
  partnerlens::v1::IngestService::Service service;
  std::unique_ptr<RunningServer> server = StartOrDie(&service);
  ASSERT_NE(server, nullptr);
  // Until WaitForTerminationSignal installs its handler, a SIGTERM must not
  // kill the test binary.
  signal(SIGTERM, IgnoreSignal);
  std::atomic<bool> done = false;
  std::thread sender([&done] {
    for (int i = 0; i < 200 && !done.load(); ++i) {
      kill(getpid(), SIGTERM);
      std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
  });
  WaitForTerminationSignal(*server);
  done = true;
  sender.join();
  signal(SIGTERM, SIG_DFL);
  HealthCheckResponse response;
  EXPECT_FALSE(CheckHealth(Connect(*server), &response).ok());
}

}  // namespace
}  // namespace partnerlens::server
