#include "tools/grpc_client.h"

#include <chrono>

#include "absl/strings/str_cat.h"
#include "google/protobuf/util/json_util.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"

namespace partnerlens::tools {

std::shared_ptr<grpc::Channel> MakeChannel(absl::string_view target) {
  return grpc::CreateChannel(std::string(target),
                             grpc::InsecureChannelCredentials());
}

void SetDeadline(grpc::ClientContext& context, absl::Duration timeout) {
  context.set_deadline(std::chrono::system_clock::now() +
                       absl::ToChronoMilliseconds(timeout));
}

absl::Status FromGrpcStatus(const grpc::Status& status) {
  return absl::Status(static_cast<absl::StatusCode>(status.error_code()),
                      status.error_message());
}

std::string StatusCodeName(absl::StatusCode code) {
  return absl::StatusCodeToString(code);
}

std::string FormatError(const absl::Status& status) {
  return absl::StrCat("error: ", StatusCodeName(status.code()), ": ",
                      status.message());
}

absl::StatusOr<std::string> MessageToJson(
    const google::protobuf::Message& message) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  std::string json;
  auto status =
      google::protobuf::util::MessageToJsonString(message, &json, options);
  if (!status.ok()) {
    return absl::InternalError(absl::StrCat("cannot render the reply as JSON: ",
                                            status.message().as_string()));
  }
  return json;
}

}  // namespace partnerlens::tools
