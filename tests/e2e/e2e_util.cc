#include "tests/e2e/e2e_util.h"

#include <chrono>
#include <functional>

#include "absl/strings/str_cat.h"

namespace partnerlens::e2e {
namespace {

// Bound on the pages one listing follows; the tests store a few articles.
constexpr int kMaxPages = 100;

// Calls `fetch(page_token, ids, next_token)` until the last page.
absl::Status ListAll(
    const std::function<grpc::Status(
        const std::string&, std::vector<std::string>&, std::string&)>& fetch,
    std::vector<std::string>& ids) {
  std::string token;
  for (int page = 0; page < kMaxPages; ++page) {
    std::string next;
    const grpc::Status status = fetch(token, ids, next);
    if (!status.ok()) return ToAbsl(status);
    if (next.empty()) return absl::OkStatus();
    token = next;
  }
  return absl::OutOfRangeError("more pages than expected");
}

// A fetch function for list method `method` of the query service, whose
// items `items(response)` have ids.
template <typename Request, typename Response, typename Items>
auto Fetcher(v1::QueryService::Stub& stub,
             grpc::Status (v1::QueryService::Stub::*method)(
                 grpc::ClientContext*, const Request&, Response*),
             Items items, const std::string& consistency_token) {
  return [&stub, method, items, consistency_token](
             const std::string& page_token, std::vector<std::string>& ids,
             std::string& next) {
    Request request;
    request.set_page_size(500);
    request.set_page_token(page_token);
    request.set_consistency_token(consistency_token);
    Response response;
    grpc::ClientContext context;
    SetDeadline(context);
    grpc::Status status = (stub.*method)(&context, request, &response);
    for (const auto& item : items(response)) ids.push_back(item.id());
    next = response.next_page_token();
    return status;
  };
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
  absl::Status status = ListAll(
      Fetcher(
          stub, &Stub::ListArticles,
          [](const v1::ListArticlesResponse& r) { return r.articles(); },
          token),
      s.articles);
  if (status.ok()) {
    status = ListAll(Fetcher(
                         stub, &Stub::ListOrganizations,
                         [](const v1::ListOrganizationsResponse& r) {
                           return r.organizations();
                         },
                         token),
                     s.organizations);
  }
  if (status.ok()) {
    status = ListAll(Fetcher(
                         stub, &Stub::ListPartnerships,
                         [](const v1::ListPartnershipsResponse& r) {
                           return r.partnerships();
                         },
                         token),
                     s.partnerships);
  }
  if (status.ok()) {
    status = ListAll(
        Fetcher(
            stub, &Stub::SearchPeople,
            [](const v1::SearchPeopleResponse& r) { return r.people(); },
            token),
        s.people);
  }
  if (status.ok()) {
    status = ListAll(
        Fetcher(
            stub, &Stub::ListEvents,
            [](const v1::ListEventsResponse& r) { return r.events(); }, token),
        s.events);
  }
  if (!status.ok()) return status;
  return s;
}

std::string Describe(const StoreSnapshot& s) {
  return absl::StrCat(s.articles.size(), " articles, ", s.organizations.size(),
                      " organizations, ", s.partnerships.size(),
                      " partnerships, ", s.people.size(), " people, ",
                      s.events.size(), " events");
}

}  // namespace partnerlens::e2e
