// End-to-end tests over the real partnerlens-ingest and partnerlens-query
// binaries: read-your-writes, idempotency, restarts, bad input, start-up
// failures. None of them depends on what the extraction finds (see
// seed_answers_test.cc for that).

#include "tests/e2e/service_pair.h"

#include <functional>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "google/protobuf/wrappers.pb.h"
#include "grpcpp/impl/codegen/client_unary_call.h"
#include "grpcpp/impl/codegen/rpc_method.h"
#include "gtest/gtest.h"

#include "tests/e2e/e2e_util.h"
#include "tests/testing/free_port.h"
#include "tests/testing/status_matchers.h"

namespace partnerlens::e2e {
namespace {

using ::partnerlens::testing::IsOk;
using ::partnerlens::testing::StatusIs;
using ::testing::Contains;
using ::testing::HasSubstr;

class ServicePairTest : public ServicePairFixture {
 protected:
  absl::StatusOr<v1::SubmitArticleResponse> Submit(
      const std::string& content, const std::string& article_id = "") {
    v1::SubmitArticleRequest request;
    request.set_content(content);
    request.set_article_id(article_id);
    return Call(ingest(), &v1::IngestService::Stub::SubmitArticle, request);
  }

  absl::StatusOr<v1::GetArticleResponse> QueryArticle(
      const std::string& id, const std::string& token) {
    v1::GetArticleRequest request;
    request.set_article_id(id);
    request.set_consistency_token(token);
    return Call(query(), &v1::QueryService::Stub::GetArticle, request);
  }
};

TEST_F(ServicePairTest, ReadYourWritesWithTheConsistencyToken) {
  // Each query is sent right after the write, well inside the query
  // service's catch-up interval: only the token makes it see the write.
  for (int i = 0; i < 5; ++i) {
    const std::string text = absl::StrCat(
        "Article number ", i,
        ". Tsinghua University and Lenovo Group signed "
        "a strategic cooperation agreement in Beijing on 2023-05-0",
        i + 1, ".");
    auto submitted = Submit(text);
    ASSERT_THAT(submitted, IsOk());
    ASSERT_TRUE(submitted->created());
    ASSERT_FALSE(submitted->consistency_token().empty());

    auto article =
        QueryArticle(submitted->article_id(), submitted->consistency_token());
    ASSERT_THAT(article, IsOk()) << "write " << i;
    EXPECT_EQ(article->article().id(), submitted->article_id());
    EXPECT_THAT(article->article().text(), HasSubstr("Article number"));

    auto snapshot = Snapshot(query(), submitted->consistency_token());
    ASSERT_THAT(snapshot, IsOk());
    EXPECT_EQ(snapshot->articles.size(), static_cast<size_t>(i + 1));
    EXPECT_THAT(snapshot->articles, Contains(submitted->article_id()));
  }
}

TEST_F(ServicePairTest, ResubmittingIsIdempotent) {
  const std::vector<SeedArticle> seeds = ReadSeeds();
  ASSERT_EQ(seeds.size(), 4);
  auto first = Submit(seeds[0].content);
  ASSERT_THAT(first, IsOk());
  auto second = Submit(seeds[0].content);
  ASSERT_THAT(second, IsOk());
  EXPECT_TRUE(first->created());
  EXPECT_FALSE(second->created());
  EXPECT_EQ(first->article_id(), second->article_id());
  EXPECT_EQ(first->counts().SerializeAsString(),
            second->counts().SerializeAsString());

  auto snapshot = Snapshot(query(), second->consistency_token());
  ASSERT_THAT(snapshot, IsOk());
  EXPECT_EQ(snapshot->articles.size(), 1);

  // The same id with other content is refused, and changes nothing.
  EXPECT_THAT(Submit(seeds[1].content, first->article_id()),
              StatusIs(absl::StatusCode::kAlreadyExists));
  auto after = Snapshot(query(), second->consistency_token());
  ASSERT_THAT(after, IsOk());
  EXPECT_EQ(*after, *snapshot);
}

TEST_F(ServicePairTest, RestartsLoseAndDuplicateNothing) {
  auto submitted = SubmitSeeds(ingest());
  ASSERT_THAT(submitted, IsOk());
  ASSERT_EQ(submitted->results_size(), 4);
  auto before = Snapshot(query(), submitted->consistency_token());
  ASSERT_THAT(before, IsOk());
  ASSERT_EQ(before->articles.size(), 4) << Describe(*before);
  auto text_before = QueryArticle("002_9e9135087321a43a", "");
  ASSERT_THAT(text_before, IsOk());

  // Ingest: stops cleanly on SIGTERM, reopens the same store, and the
  // repeated seeds are recognised as already stored.
  auto ingest_exit = pair_->RestartIngest();
  ASSERT_THAT(ingest_exit, IsOk());
  EXPECT_TRUE(ingest_exit->success()) << ingest_exit->ToString();
  auto again = SubmitSeeds(ingest());
  ASSERT_THAT(again, IsOk());
  for (int i = 0; i < again->results_size(); ++i) {
    EXPECT_FALSE(again->results(i).response().created()) << i;
    EXPECT_EQ(again->results(i).response().article_id(),
              submitted->results(i).response().article_id());
  }
  auto after_ingest = Snapshot(query(), again->consistency_token());
  ASSERT_THAT(after_ingest, IsOk());
  EXPECT_EQ(*after_ingest, *before)
      << Describe(*after_ingest) << " vs " << Describe(*before);

  // Query: a new secondary instance sees the same store.
  auto query_exit = pair_->RestartQuery();
  ASSERT_THAT(query_exit, IsOk());
  EXPECT_TRUE(query_exit->success()) << query_exit->ToString();
  auto after_query = Snapshot(query(), again->consistency_token());
  ASSERT_THAT(after_query, IsOk());
  EXPECT_EQ(*after_query, *before)
      << Describe(*after_query) << " vs " << Describe(*before);
  auto text_after = QueryArticle("002_9e9135087321a43a", "");
  ASSERT_THAT(text_after, IsOk());
  EXPECT_EQ(text_after->article().text(), text_before->article().text());
}

// One bad request and the code it must get.
struct BadCall {
  const char* what;
  std::function<grpc::Status(ServicePair&, grpc::ClientContext*)> call;
  absl::StatusCode code;
};

// SubmitArticle with `content` sent as raw bytes: a C++ client refuses to
// serialize invalid UTF-8 into a proto3 string, so this sends a message
// whose field 1 is `bytes` (google.protobuf.BytesValue), which is the same
// wire encoding as SubmitArticleRequest.content.
grpc::Status SubmitRawContent(ServicePair& pair, grpc::ClientContext* context,
                              const std::string& content) {
  google::protobuf::BytesValue request;
  request.set_value(content);
  v1::SubmitArticleResponse response;
  grpc::ChannelInterface* channel = pair.ingest().channel().get();
  const grpc::internal::RpcMethod method(
      "/partnerlens.v1.IngestService/SubmitArticle",
      grpc::internal::RpcMethod::NORMAL_RPC);
  return grpc::internal::BlockingUnaryCall(channel, method, context, request,
                                           &response);
}

// A call of `method` on the pair's stub `stub`, with a request `fill` sets.
template <typename Stub, typename Request, typename Response>
std::function<grpc::Status(ServicePair&, grpc::ClientContext*)> Calling(
    Stub& (ServicePair::*stub)(),
    grpc::Status (Stub::*method)(grpc::ClientContext*, const Request&,
                                 Response*),
    std::type_identity_t<std::function<void(Request&)>> fill) {
  return [stub, method, fill](ServicePair& pair, grpc::ClientContext* context) {
    Request request;
    fill(request);
    Response response;
    return ((pair.*stub)().*method)(context, request, &response);
  };
}

std::vector<BadCall> IngestBadCalls() {
  using absl::StatusCode;
  using Stub = v1::IngestService::Stub;
  constexpr auto kIngest = &ServicePair::ingest_stub;
  return {
      {"empty content",
       Calling(kIngest, &Stub::SubmitArticle,
               [](auto& r) { r.set_content(""); }),
       StatusCode::kInvalidArgument},
      {"content over 1 MiB",
       Calling(kIngest, &Stub::SubmitArticle,
               [](auto& r) { r.set_content(std::string((1 << 20) + 1, 'a')); }),
       StatusCode::kInvalidArgument},
      {"invalid UTF-8",
       [](ServicePair& p, grpc::ClientContext* c) {
         return SubmitRawContent(p, c, "Huashu \xff\xfe Group signed.");
       },
       StatusCode::kInvalidArgument},
      {"ingest GetArticle of an unknown id",
       Calling(kIngest, &Stub::GetArticle,
               [](auto& r) { r.set_article_id("art_0000000000000000"); }),
       StatusCode::kNotFound},
  };
}

std::vector<BadCall> QueryBadCalls() {
  using absl::StatusCode;
  using Stub = v1::QueryService::Stub;
  constexpr auto kQuery = &ServicePair::query_stub;
  return {
      {"query GetArticle of an unknown id",
       Calling(kQuery, &Stub::GetArticle,
               [](auto& r) { r.set_article_id("no_such_article"); }),
       StatusCode::kNotFound},
      {"unknown organization",
       Calling(kQuery, &Stub::GetOrganization,
               [](auto& r) { r.set_organization("No Such Organization"); }),
       StatusCode::kNotFound},
      {"unknown person",
       Calling(kQuery, &Stub::GetPerson,
               [](auto& r) { r.set_person("per_0000000000000000"); }),
       StatusCode::kNotFound},
      {"malformed page token",
       Calling(kQuery, &Stub::ListPartnerships,
               [](auto& r) { r.set_page_token("not-a-token"); }),
       StatusCode::kInvalidArgument},
      {"negative page size",
       Calling(kQuery, &Stub::SearchPeople,
               [](auto& r) { r.set_page_size(-1); }),
       StatusCode::kInvalidArgument},
      {"bad date_from",
       Calling(kQuery, &Stub::ListEvents,
               [](auto& r) { r.set_date_from("2022-13"); }),
       StatusCode::kInvalidArgument},
      {"bad date_to",
       Calling(kQuery, &Stub::ListPartnerships,
               [](auto& r) { r.set_date_to("yesterday"); }),
       StatusCode::kInvalidArgument},
      {"malformed consistency token",
       Calling(kQuery, &Stub::ListEvents,
               [](auto& r) { r.set_consistency_token("nonsense"); }),
       StatusCode::kInvalidArgument},
  };
}

TEST_F(ServicePairTest, BadInputGetsTheRightCodeAndDamagesNothing) {
  auto stored = Submit(ReadSeeds()[0].content);
  ASSERT_THAT(stored, IsOk());
  auto before = Snapshot(query(), stored->consistency_token());
  ASSERT_THAT(before, IsOk());

  std::vector<BadCall> calls = IngestBadCalls();
  const std::vector<BadCall> query_calls = QueryBadCalls();
  calls.insert(calls.end(), query_calls.begin(), query_calls.end());
  for (const BadCall& bad : calls) {
    grpc::ClientContext context;
    SetDeadline(context);
    const grpc::Status status = bad.call(*pair_, &context);
    EXPECT_EQ(static_cast<absl::StatusCode>(status.error_code()), bad.code)
        << bad.what << ": " << status.error_message();
    EXPECT_FALSE(status.error_message().empty()) << bad.what;
  }

  // A later write's token covers everything the bad calls could have done.
  auto later = Submit(ReadSeeds()[1].content);
  ASSERT_THAT(later, IsOk());
  auto after = Snapshot(query(), later->consistency_token());
  ASSERT_THAT(after, IsOk());
  EXPECT_EQ(after->articles.size(), before->articles.size() + 1);
  EXPECT_THAT(after->articles, Contains(stored->article_id()));
  EXPECT_THAT(QueryArticle(stored->article_id(), ""), IsOk());
}

TEST_F(ServicePairTest, SecondIngestOnTheSameDirectoryExitsWithAClearMessage) {
  auto port = testing::PickFreePort();
  ASSERT_THAT(port, IsOk());
  auto result =
      testing::RunExpectingExit(IngestBinary(),
                                {absl::StrCat("--listen=127.0.0.1:", *port),
                                 absl::StrCat("--data_dir=", data_dir_)},
                                scratch_.path(), absl::Seconds(60));
  ASSERT_THAT(result, IsOk());
  EXPECT_FALSE(result->exit.success()) << result->exit.ToString();
  EXPECT_THAT(result->out + result->err, HasSubstr("held by another process"));
  // The first ingest still serves.
  EXPECT_TRUE(testing::IsServing(pair_->ingest().channel(), absl::Seconds(5)));
}

TEST_F(ServicePairTest, TakenPortExitsWithAClearMessage) {
  // The query binary on the ingest service's port (same store: it opens,
  // then cannot listen).
  const std::string taken = pair_->ingest().address();
  auto query_result =
      testing::RunExpectingExit(QueryBinary(),
                                {absl::StrCat("--listen=", taken),
                                 absl::StrCat("--data_dir=", data_dir_)},
                                scratch_.path(), absl::Seconds(60));
  ASSERT_THAT(query_result, IsOk());
  EXPECT_FALSE(query_result->exit.success());
  EXPECT_THAT(query_result->out + query_result->err, HasSubstr(taken));

  // An ingest on a fresh directory and a port a plain socket holds.
  auto held = testing::TakenPort::Bind();
  ASSERT_THAT(held, IsOk());
  const std::string address = absl::StrCat("127.0.0.1:", held->port());
  auto ingest_result = testing::RunExpectingExit(
      IngestBinary(),
      {absl::StrCat("--listen=", address),
       absl::StrCat("--data_dir=", scratch_.Subdir("other-data"))},
      scratch_.path(), absl::Seconds(60));
  ASSERT_THAT(ingest_result, IsOk());
  EXPECT_FALSE(ingest_result->exit.success());
  EXPECT_THAT(ingest_result->out + ingest_result->err, HasSubstr(address));
}

}  // namespace
}  // namespace partnerlens::e2e
