#ifndef PARTNERLENS_TOOLS_GRPC_CLIENT_H_
#define PARTNERLENS_TOOLS_GRPC_CLIENT_H_

// What the CLI's service commands share: channels, deadlines, status
// conversion and JSON rendering of responses. Thread-safe free functions.

#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "google/protobuf/message.h"
#include "grpcpp/channel.h"
#include "grpcpp/client_context.h"
#include "grpcpp/support/status.h"

namespace partnerlens::tools {

// Where and how the CLI calls the services.
struct ClientOptions {
  // HOST:PORT of the ingest service.
  std::string ingest_target = "127.0.0.1:50051";
  // HOST:PORT of the query service.
  std::string query_target = "127.0.0.1:50052";
  // Deadline of each RPC (a SubmitArticles stream gets it per article).
  absl::Duration timeout = absl::Seconds(60);
};

// An insecure channel to `target` (the services serve plaintext on
// loopback; see README).
std::shared_ptr<grpc::Channel> MakeChannel(absl::string_view target);

// Sets the deadline of `context` to now + `timeout`.
void SetDeadline(grpc::ClientContext& context, absl::Duration timeout);

// The same code and message as an absl::Status (both follow
// google.rpc.Code). An unreachable server reads UNAVAILABLE.
absl::Status FromGrpcStatus(const grpc::Status& status);

// Upper-case name of a status code ("NOT_FOUND").
std::string StatusCodeName(absl::StatusCode code);

// "error: CODE: message" for a failed status.
std::string FormatError(const absl::Status& status);

// The protobuf JSON mapping of `message` (lowerCamelCase names, enums as
// names), indented by two spaces and ended by a newline.
absl::StatusOr<std::string> MessageToJson(
    const google::protobuf::Message& message);

}  // namespace partnerlens::tools

#endif  // PARTNERLENS_TOOLS_GRPC_CLIENT_H_
