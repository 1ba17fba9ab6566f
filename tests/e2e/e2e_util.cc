#include "tests/e2e/e2e_util.h"

#include <chrono>

#include "absl/strings/str_cat.h"

#include "common/status/status_macros.h"

namespace partnerlens::e2e {
namespace {

// Bound on the pages one listing follows; the tests store a few articles.
constexpr int kMaxPages = 100;

// Appends the ids of every item that list method `method` returns, as
// `items(response)`, following the pages, after waiting for `token`.
template <typename Request, typename Response, typename Items>
absl::Status ListIds(v1::QueryService::Stub& stub,
                     grpc::Status (v1::QueryService::Stub::*method)(
                         grpc::ClientContext*, const Request&, Response*),
                     Items items, const std::string& token,
                     std::vector<std::string>& ids) {
  Request request;
  request.set_page_size(500);
  request.set_consistency_token(token);
  for (int page = 0; page < kMaxPages; ++page) {
    PARTNERLENS_ASSIGN_OR_RETURN(Response response,
                                 Call(stub, method, request));
    for (const auto& item : items(response)) ids.push_back(item.id());
    if (response.next_page_token().empty()) return absl::OkStatus();
    request.set_page_token(response.next_page_token());
  }
  return absl::OutOfRangeError("more pages than expected");
}

}  // namespace

void SetDeadline(grpc::ClientContext& context) {
  context.set_deadline(std::chrono::system_clock::now() +
                       absl::ToChronoMilliseconds(kRpcTimeout));
}

absl::Status ToAbsl(const grpc::Status& status) {
  return absl::Status(static_cast<absl::StatusCode>(status.error_code()),
                      status.error_message());
}

absl::StatusOr<v1::SubmitArticlesResponse> SubmitSeeds(
    v1::IngestService::Stub& stub) {
  grpc::ClientContext context;
  SetDeadline(context);
  v1::SubmitArticlesResponse response;
  auto writer = stub.SubmitArticles(&context, &response);
  for (const SeedArticle& seed : ReadSeeds()) {
    v1::SubmitArticleRequest request;
    request.set_content(seed.content);
    request.set_content_type(v1::CONTENT_TYPE_TEXT);
    request.set_article_id(seed.stem);
    if (!writer->Write(request)) break;
  }
  writer->WritesDone();
  const grpc::Status status = writer->Finish();
  if (!status.ok()) return ToAbsl(status);
  for (const v1::SubmitArticleResult& result : response.results()) {
    if (result.code() != 0) {
      return absl::Status(
          static_cast<absl::StatusCode>(result.code()),
          absl::StrCat("article ", result.index(), ": ", result.message()));
    }
  }
  return response;
}

absl::StatusOr<StoreSnapshot> Snapshot(v1::QueryService::Stub& stub,
                                       const std::string& token) {
  using Stub = v1::QueryService::Stub;
  StoreSnapshot s;
  PARTNERLENS_RETURN_IF_ERROR(ListIds(
      stub, &Stub::ListArticles,
      [](const v1::ListArticlesResponse& r) -> const auto& {
        return r.articles();
      },
      token, s.articles));
  PARTNERLENS_RETURN_IF_ERROR(ListIds(
      stub, &Stub::ListOrganizations,
      [](const v1::ListOrganizationsResponse& r) -> const auto& {
        return r.organizations();
      },
      token, s.organizations));
  PARTNERLENS_RETURN_IF_ERROR(ListIds(
      stub, &Stub::ListPartnerships,
      [](const v1::ListPartnershipsResponse& r) -> const auto& {
        return r.partnerships();
      },
      token, s.partnerships));
  PARTNERLENS_RETURN_IF_ERROR(ListIds(
      stub, &Stub::SearchPeople,
      [](const v1::SearchPeopleResponse& r) -> const auto& {
        return r.people();
      },
      token, s.people));
  PARTNERLENS_RETURN_IF_ERROR(ListIds(
      stub, &Stub::ListEvents,
      [](const v1::ListEventsResponse& r) -> const auto& { return r.events(); },
      token, s.events));
  return s;
}

std::string Describe(const StoreSnapshot& s) {
  return absl::StrCat(s.articles.size(), " articles, ", s.organizations.size(),
                      " organizations, ", s.partnerships.size(),
                      " partnerships, ", s.people.size(), " people, ",
                      s.events.size(), " events");
}

}  // namespace partnerlens::e2e
