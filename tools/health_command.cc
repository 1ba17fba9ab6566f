#include "tools/health_command.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "tools/json_writer.h"

namespace partnerlens::tools {
namespace {

using grpc::health::v1::HealthCheckResponse;

struct Target {
  std::string name;
  std::string address;
  std::string status;
};

// The Health status name, or the code name of a failed call.
std::string CheckOnce(const std::string& address, absl::Duration timeout) {
  auto stub = grpc::health::v1::Health::NewStub(MakeChannel(address));
  grpc::ClientContext context;
  SetDeadline(context, timeout);
  grpc::health::v1::HealthCheckRequest request;
  HealthCheckResponse response;
  const grpc::Status status = stub->Check(&context, request, &response);
  if (!status.ok()) return StatusCodeName(FromGrpcStatus(status).code());
  return HealthCheckResponse::ServingStatus_Name(response.status());
}

bool AllServing(const std::vector<Target>& targets) {
  for (const Target& target : targets) {
    if (target.status != "SERVING") return false;
  }
  return true;
}

void CheckAll(std::vector<Target>& targets, absl::Duration timeout) {
  for (Target& target : targets) {
    target.status = CheckOnce(target.address, timeout);
  }
}

std::string Report(const std::vector<Target>& targets) {
  JsonWriter w;
  w.BeginObject();
  for (const Target& target : targets) {
    w.Key(target.name);
    w.BeginObject();
    w.StringField("address", target.address);
    w.StringField("status", target.status);
    w.EndObject();
  }
  w.EndObject();
  return std::move(w).Finish();
}

}  // namespace

absl::Status RunHealth(const HealthOptions& options,
                       const ClientOptions& client, std::ostream& out) {
  if (!options.only.empty() && options.only != "ingest" &&
      options.only != "query") {
    return absl::InvalidArgumentError(absl::StrCat(
        "--only wants ingest or query, got \"", options.only, "\""));
  }
  std::vector<Target> targets;
  if (options.only != "query") {
    targets.push_back({"ingest", client.ingest_target, ""});
  }
  if (options.only != "ingest") {
    targets.push_back({"query", client.query_target, ""});
  }
  const absl::Time deadline = absl::Now() + options.wait;
  const absl::Duration per_call = std::min(client.timeout, absl::Seconds(2));
  CheckAll(targets, per_call);
  while (!AllServing(targets) && absl::Now() < deadline) {
    absl::SleepFor(absl::Milliseconds(200));
    CheckAll(targets, per_call);
  }
  out << Report(targets);
  if (AllServing(targets)) return absl::OkStatus();
  std::vector<std::string> down;
  for (const Target& target : targets) {
    if (target.status != "SERVING") {
      down.push_back(absl::StrCat(target.name, " at ", target.address, " is ",
                                  target.status));
    }
  }
  return absl::UnavailableError(
      absl::StrCat("not serving: ", absl::StrJoin(down, "; ")));
}

}  // namespace partnerlens::tools
