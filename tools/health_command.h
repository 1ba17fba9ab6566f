#ifndef PARTNERLENS_TOOLS_HEALTH_COMMAND_H_
#define PARTNERLENS_TOOLS_HEALTH_COMMAND_H_

// `partnerlens health`: asks grpc.health.v1.Health/Check (overall status,
// service "") of the ingest and the query service and prints
//
//   {"ingest": {"address": "127.0.0.1:50051", "status": "SERVING"},
//    "query": {"address": "127.0.0.1:50052", "status": "SERVING"}}
//
// where status is the Health reply's status, or the gRPC code name when the
// call failed ("UNAVAILABLE" for a service that does not run). Not
// thread-safe (writes to the given stream).

#include <ostream>
#include <string>

#include "absl/status/status.h"
#include "absl/time/time.h"
#include "tools/grpc_client.h"

namespace partnerlens::tools {

struct HealthOptions {
  // Check only this service ("ingest" or "query"); empty checks both.
  std::string only = "";
  // Keep asking until every checked service is SERVING or this much time
  // has passed. Zero asks once.
  absl::Duration wait = absl::ZeroDuration();
};

// INVALID_ARGUMENT for a bad `only`; UNAVAILABLE "not serving: ..." when a
// checked service is not SERVING (after printing the report).
absl::Status RunHealth(const HealthOptions& options,
                       const ClientOptions& client, std::ostream& out);

}  // namespace partnerlens::tools

#endif  // PARTNERLENS_TOOLS_HEALTH_COMMAND_H_
