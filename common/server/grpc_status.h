#ifndef PARTNERLENS_COMMON_SERVER_GRPC_STATUS_H_
#define PARTNERLENS_COMMON_SERVER_GRPC_STATUS_H_

// The one conversion from absl::Status to grpc::Status used at the edge of
// every handler. Both follow google.rpc.Code, so the code is a plain cast.

#include "absl/status/status.h"
#include "grpcpp/support/status.h"

namespace partnerlens::server {

// The gRPC status with the same code and message as `status`. Payloads are
// dropped. Pure and thread-safe.
grpc::Status ToGrpcStatus(const absl::Status& status);

}  // namespace partnerlens::server

#endif  // PARTNERLENS_COMMON_SERVER_GRPC_STATUS_H_
