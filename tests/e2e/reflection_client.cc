#include "tests/e2e/reflection_client.h"

#include <chrono>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "grpcpp/client_context.h"

namespace partnerlens::e2e {

ReflectionDescriptorDatabase::ReflectionDescriptorDatabase(
    std::shared_ptr<grpc::Channel> channel)
    : stub_(grpc::reflection::v1alpha::ServerReflection::NewStub(
          std::move(channel))) {}

absl::StatusOr<ReflectionDescriptorDatabase::Response>
ReflectionDescriptorDatabase::Ask(const Request& request) {
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(30));
  auto stream = stub_->ServerReflectionInfo(&context);
  Response response;
  const bool written = stream->Write(request);
  stream->WritesDone();
  const bool read = written && stream->Read(&response);
  const grpc::Status status = stream->Finish();
  if (!status.ok()) {
    return absl::Status(static_cast<absl::StatusCode>(status.error_code()),
                        status.error_message());
  }
  if (!read) return absl::UnknownError("reflection stream gave no reply");
  if (response.has_error_response()) {
    return absl::Status(
        static_cast<absl::StatusCode>(response.error_response().error_code()),
        response.error_response().error_message());
  }
  return response;
}

absl::StatusOr<std::vector<std::string>>
ReflectionDescriptorDatabase::ListServices() {
  Request request;
  request.set_list_services("");
  absl::StatusOr<Response> response = Ask(request);
  if (!response.ok()) return response.status();
  std::vector<std::string> names;
  for (const auto& service : response->list_services_response().service()) {
    names.push_back(service.name());
  }
  return names;
}

bool ReflectionDescriptorDatabase::TakeFiles(
    const absl::StatusOr<Response>& response,
    google::protobuf::FileDescriptorProto* output) {
  if (!response.ok()) return false;
  const auto& files =
      response->file_descriptor_response().file_descriptor_proto();
  for (int i = 0; i < files.size(); ++i) {
    google::protobuf::FileDescriptorProto file;
    if (!file.ParseFromString(files[i])) return false;
    if (i == 0) *output = file;
    files_.emplace(file.name(), std::move(file));
  }
  return !files.empty();
}

bool ReflectionDescriptorDatabase::FindFileByName(
    const std::string& filename,
    google::protobuf::FileDescriptorProto* output) {
  if (auto it = files_.find(filename); it != files_.end()) {
    *output = it->second;
    return true;
  }
  Request request;
  request.set_file_by_filename(filename);
  return TakeFiles(Ask(request), output);
}

bool ReflectionDescriptorDatabase::FindFileContainingSymbol(
    const std::string& symbol_name,
    google::protobuf::FileDescriptorProto* output) {
  Request request;
  request.set_file_containing_symbol(symbol_name);
  return TakeFiles(Ask(request), output);
}

bool ReflectionDescriptorDatabase::FindFileContainingExtension(
    const std::string& containing_type, int field_number,
    google::protobuf::FileDescriptorProto* output) {
  Request request;
  request.mutable_file_containing_extension()->set_containing_type(
      containing_type);
  request.mutable_file_containing_extension()->set_extension_number(
      field_number);
  return TakeFiles(Ask(request), output);
}

}  // namespace partnerlens::e2e
