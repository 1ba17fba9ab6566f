#ifndef PARTNERLENS_TESTS_E2E_REFLECTION_CLIENT_H_
#define PARTNERLENS_TESTS_E2E_REFLECTION_CLIENT_H_

// A C++ gRPC server reflection client (grpc.reflection.v1alpha, the
// protocol gRPC 1.51 serves): lists a server's services and serves as a
// protobuf DescriptorDatabase, so that a DescriptorPool can describe any
// service, method or message the server knows. gRPC's own client of this
// kind (ProtoReflectionDescriptorDatabase) lives in its test utilities,
// which Debian does not package.
//
// Thread-compatible: one thread at a time; descriptor files are cached.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "google/protobuf/descriptor.pb.h"
#include "google/protobuf/descriptor_database.h"
#include "grpc/reflection/v1alpha/reflection.grpc.pb.h"
#include "grpcpp/channel.h"

namespace partnerlens::e2e {

class ReflectionDescriptorDatabase final
    : public google::protobuf::DescriptorDatabase {
 public:
  explicit ReflectionDescriptorDatabase(std::shared_ptr<grpc::Channel> channel);

  // Full names of the services the server lists.
  absl::StatusOr<std::vector<std::string>> ListServices();

  // DescriptorDatabase: false when the server does not know the name or
  // the call fails.
  bool FindFileByName(const std::string& filename,
                      google::protobuf::FileDescriptorProto* output) override;
  bool FindFileContainingSymbol(
      const std::string& symbol_name,
      google::protobuf::FileDescriptorProto* output) override;
  bool FindFileContainingExtension(
      const std::string& containing_type, int field_number,
      google::protobuf::FileDescriptorProto* output) override;

 private:
  using Request = grpc::reflection::v1alpha::ServerReflectionRequest;
  using Response = grpc::reflection::v1alpha::ServerReflectionResponse;

  // One request on its own stream.
  absl::StatusOr<Response> Ask(const Request& request);
  // Caches every file of a file_descriptor_response and copies the first
  // (the one asked for) to `output`.
  bool TakeFiles(const absl::StatusOr<Response>& response,
                 google::protobuf::FileDescriptorProto* output);

  std::unique_ptr<grpc::reflection::v1alpha::ServerReflection::Stub> stub_;
  std::map<std::string, google::protobuf::FileDescriptorProto> files_;
};

}  // namespace partnerlens::e2e

#endif  // PARTNERLENS_TESTS_E2E_REFLECTION_CLIENT_H_
