#include "common/server/grpc_status.h"

#include "gtest/gtest.h"

namespace partnerlens::server {
namespace {

TEST(ToGrpcStatusTest, OkStaysOk) {
  EXPECT_TRUE(ToGrpcStatus(absl::OkStatus()).ok());
}

TEST(ToGrpcStatusTest, KeepsCodeAndMessage) {
  struct Case {
    absl::Status in;
    grpc::StatusCode code;
  };
  const Case cases[] = {
      {absl::InvalidArgumentError("page_size -1 is negative"),
       grpc::StatusCode::INVALID_ARGUMENT},
      {absl::NotFoundError("no article art_1"), grpc::StatusCode::NOT_FOUND},
      {absl::AlreadyExistsError("taken"), grpc::StatusCode::ALREADY_EXISTS},
      {absl::ResourceExhaustedError("disk full"),
       grpc::StatusCode::RESOURCE_EXHAUSTED},
      {absl::UnavailableError("draining"), grpc::StatusCode::UNAVAILABLE},
      {absl::DataLossError("bad row"), grpc::StatusCode::DATA_LOSS},
      {absl::DeadlineExceededError("late"),
       grpc::StatusCode::DEADLINE_EXCEEDED},
      {absl::CancelledError("gone"), grpc::StatusCode::CANCELLED},
      {absl::FailedPreconditionError("locked"),
       grpc::StatusCode::FAILED_PRECONDITION},
      {absl::InternalError("bug"), grpc::StatusCode::INTERNAL},
  };
  for (const Case& c : cases) {
    grpc::Status out = ToGrpcStatus(c.in);
    EXPECT_EQ(out.error_code(), c.code) << c.in;
    EXPECT_EQ(out.error_message(), std::string(c.in.message()));
  }
}

}  // namespace
}  // namespace partnerlens::server
