#include "tools/query_commands.h"

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "tools/enum_flags.h"

#include "common/status/status_macros.h"

namespace partnerlens::tools {
namespace {

using Stub = v1::QueryService::StubInterface;

template <typename Request, typename Response>
using UnaryMethod = grpc::Status (Stub::*)(grpc::ClientContext*, const Request&,
                                           Response*);

FlagSpec TokenFlag() {
  return {"consistency-token", true, "TOKEN",
          "wait until the service has seen this write (token from `submit`)"};
}

FlagSpec OrgFlag() {
  return {"org", true, "NAME_OR_ID",
          "only records of this organization (id, name or alias)"};
}

// --kind, whose values are `names` of `what`.
FlagSpec KindFlag(absl::string_view what, absl::string_view names) {
  return {"kind", true, "KIND", absl::StrCat(what, " kind: ", names)};
}

FlagSpec FromFlag() {
  return {"from", true, "DATE", "earliest date, YYYY[-MM[-DD]] (inclusive)"};
}

FlagSpec ToFlag() {
  return {"to", true, "DATE", "latest date, YYYY[-MM[-DD]] (inclusive)"};
}

// The positional words joined by spaces, so that `org Huashu Group` needs
// no quotes. INVALID_ARGUMENT when there are none.
absl::StatusOr<std::string> JoinedPositional(const ParsedArgs& args,
                                             absl::string_view what) {
  if (args.positional().empty()) {
    return absl::InvalidArgumentError(absl::StrCat("missing ", what));
  }
  return absl::StrJoin(args.positional(), " ");
}

absl::Status NoPositional(const ParsedArgs& args) {
  if (args.positional().empty()) return absl::OkStatus();
  return absl::InvalidArgumentError(
      absl::StrCat("unexpected argument \"", args.positional()[0], "\""));
}

// Copies --page-size, --page-token and --consistency-token into `request`.
template <typename Request>
absl::Status SetPaging(const ParsedArgs& args, Request& request) {
  if (auto size = args.Get("page-size")) {
    PARTNERLENS_ASSIGN_OR_RETURN(int page_size,
                                 ParseIntFlag("page-size", *size));
    request.set_page_size(page_size);
  }
  request.set_page_token(args.GetOr("page-token", ""));
  request.set_consistency_token(args.GetOr("consistency-token", ""));
  return absl::OkStatus();
}

// Copies --kind, parsed by `parse`, into `request` when given.
template <typename Request, typename Kind>
absl::Status SetKind(const ParsedArgs& args,
                     absl::StatusOr<Kind> (*parse)(absl::string_view),
                     Request& request) {
  const std::optional<std::string> kind = args.Get("kind");
  if (!kind.has_value()) return absl::OkStatus();
  PARTNERLENS_ASSIGN_OR_RETURN(Kind parsed, parse(*kind));
  request.set_kind(parsed);
  return absl::OkStatus();
}

// Copies --from and --to into `request`'s date range.
template <typename Request>
void SetDateRange(const ParsedArgs& args, Request& request) {
  request.set_date_from(args.GetOr("from", ""));
  request.set_date_to(args.GetOr("to", ""));
}

// A request for one record named by the positional words, which go into
// the field `mutable_name` returns; `what` names them in the error when
// there are none. Also copies --consistency-token.
template <typename Request>
absl::StatusOr<Request> BuildLookupRequest(
    const ParsedArgs& args, absl::string_view what,
    std::string* (Request::*mutable_name)()) {
  Request request;
  PARTNERLENS_ASSIGN_OR_RETURN(*(request.*mutable_name)(),
                               JoinedPositional(args, what));
  request.set_consistency_token(args.GetOr("consistency-token", ""));
  return request;
}

template <typename Request, typename Response>
absl::StatusOr<Response> CallOnce(Stub& stub,
                                  UnaryMethod<Request, Response> method,
                                  const Request& request,
                                  absl::Duration timeout) {
  grpc::ClientContext context;
  SetDeadline(context, timeout);
  Response response;
  const grpc::Status status = (stub.*method)(&context, request, &response);
  if (!status.ok()) return FromGrpcStatus(status);
  return response;
}

// One page, or with `all` every page merged into one reply.
template <typename Request, typename Response>
absl::StatusOr<Response> CallPaged(Stub& stub,
                                   UnaryMethod<Request, Response> method,
                                   Request request, bool all,
                                   absl::Duration timeout) {
  PARTNERLENS_ASSIGN_OR_RETURN(Response merged,
                               CallOnce(stub, method, request, timeout));
  for (int page = 1; all && !merged.next_page_token().empty(); ++page) {
    if (page >= kMaxPages) {
      return absl::OutOfRangeError(
          absl::StrCat("more than ", kMaxPages, " pages; narrow the filters"));
    }
    request.set_page_token(merged.next_page_token());
    PARTNERLENS_ASSIGN_OR_RETURN(Response next,
                                 CallOnce(stub, method, request, timeout));
    merged.clear_next_page_token();
    merged.MergeFrom(next);
  }
  return merged;
}

absl::Status Print(const google::protobuf::Message& message,
                   std::ostream& out) {
  PARTNERLENS_ASSIGN_OR_RETURN(std::string json, MessageToJson(message));
  out << json << "\n";
  return absl::OkStatus();
}

// What a query command runs with.
struct QueryContext {
  const ParsedArgs& args;
  const ClientOptions& options;
  Stub& stub;
  std::ostream& out;
};

// Builds with `build`, calls `method` (following pages when kPaged and
// --all), prints.
template <bool kPaged, typename Request, typename Response>
absl::Status BuildCallPrint(const QueryContext& query,
                            absl::StatusOr<Request> (*build)(const ParsedArgs&),
                            UnaryMethod<Request, Response> method) {
  PARTNERLENS_ASSIGN_OR_RETURN(Request request, build(query.args));
  absl::StatusOr<Response> response;
  if constexpr (kPaged) {
    response = CallPaged(query.stub, method, std::move(request),
                         query.args.Has("all"), query.options.timeout);
  } else {
    response = CallOnce(query.stub, method, request, query.options.timeout);
  }
  if (!response.ok()) return response.status();
  return Print(*response, query.out);
}

absl::StatusOr<v1::ListOrganizationsRequest> BuildListOrganizationsRequest(
    const ParsedArgs& args) {
  PARTNERLENS_RETURN_IF_ERROR(NoPositional(args));
  v1::ListOrganizationsRequest request;
  PARTNERLENS_RETURN_IF_ERROR(SetKind(args, &ParseOrganizationKind, request));
  PARTNERLENS_RETURN_IF_ERROR(SetPaging(args, request));
  return request;
}

absl::StatusOr<v1::ListArticlesRequest> BuildListArticlesRequest(
    const ParsedArgs& args) {
  PARTNERLENS_RETURN_IF_ERROR(NoPositional(args));
  v1::ListArticlesRequest request;
  PARTNERLENS_RETURN_IF_ERROR(SetPaging(args, request));
  return request;
}

using Runner = std::function<absl::Status(
    const ParsedArgs&, const ClientOptions&, Stub&, std::ostream&)>;

struct QueryCommand {
  const char* name;
  Runner run;
};

// A command that prints one reply, or pages of replies when kPaged.
template <bool kPaged, typename Request, typename Response>
QueryCommand MakeCommand(const char* name,
                         absl::StatusOr<Request> (*build)(const ParsedArgs&),
                         UnaryMethod<Request, Response> method) {
  return {name,
          [build, method](const ParsedArgs& args, const ClientOptions& options,
                          Stub& stub, std::ostream& out) {
            return BuildCallPrint<kPaged>(
                QueryContext{args, options, stub, out}, build, method);
          }};
}

const std::vector<QueryCommand>& Commands() {
  static const auto* commands = new std::vector<QueryCommand>{
      MakeCommand<false>("org", &BuildGetOrganizationRequest,
                         &Stub::GetOrganization),
      MakeCommand<true>("orgs", &BuildListOrganizationsRequest,
                        &Stub::ListOrganizations),
      MakeCommand<true>("partnerships", &BuildListPartnershipsRequest,
                        &Stub::ListPartnerships),
      MakeCommand<false>("person", &BuildGetPersonRequest, &Stub::GetPerson),
      MakeCommand<true>("people", &BuildSearchPeopleRequest,
                        &Stub::SearchPeople),
      MakeCommand<true>("events", &BuildListEventsRequest, &Stub::ListEvents),
      MakeCommand<false>("article", &BuildGetArticleRequest, &Stub::GetArticle),
      MakeCommand<true>("articles", &BuildListArticlesRequest,
                        &Stub::ListArticles),
  };
  return *commands;
}

std::vector<FlagSpec> ListFlags(std::vector<FlagSpec> filters) {
  filters.push_back(
      {"page-size", true, "N", "items per page: 0 means 50, at most 500"});
  filters.push_back(
      {"page-token", true, "TOKEN", "nextPageToken of the previous page"});
  filters.push_back({"all", false, "",
                     "follow nextPageToken and print every page as one reply"});
  filters.push_back(TokenFlag());
  return filters;
}

}  // namespace

std::vector<FlagSpec> QueryCommandFlags(absl::string_view command) {
  if (command == "orgs") {
    return ListFlags({KindFlag("organization", OrganizationKindNames())});
  }
  if (command == "partnerships") {
    return ListFlags({OrgFlag(),
                      KindFlag("partnership", PartnershipKindNames()),
                      {"status", true, "STATUS",
                       absl::StrCat("status: ", PartnershipStatusNames())},
                      FromFlag(),
                      ToFlag()});
  }
  if (command == "people") {
    return ListFlags({{"name", true, "WORDS", "words of the name, any order"},
                      OrgFlag(),
                      {"title", true, "WORDS", "words of a title"}});
  }
  if (command == "events") {
    return ListFlags(
        {OrgFlag(),
         {"person", true, "NAME_OR_ID", "only events this person attended"},
         KindFlag("event", EventKindNames()),
         FromFlag(),
         ToFlag()});
  }
  if (command == "articles") return ListFlags({});
  if (command == "article") {
    return {{"with-records", false, "", "also print the article's records"},
            TokenFlag()};
  }
  return {TokenFlag()};
}

absl::StatusOr<v1::GetOrganizationRequest> BuildGetOrganizationRequest(
    const ParsedArgs& args) {
  return BuildLookupRequest(args, "organization name or id",
                            &v1::GetOrganizationRequest::mutable_organization);
}

absl::StatusOr<v1::ListPartnershipsRequest> BuildListPartnershipsRequest(
    const ParsedArgs& args) {
  PARTNERLENS_RETURN_IF_ERROR(NoPositional(args));
  v1::ListPartnershipsRequest request;
  request.set_organization(args.GetOr("org", ""));
  PARTNERLENS_RETURN_IF_ERROR(SetKind(args, &ParsePartnershipKind, request));
  if (auto status = args.Get("status")) {
    PARTNERLENS_ASSIGN_OR_RETURN(auto parsed, ParsePartnershipStatus(*status));
    request.set_status(parsed);
  }
  SetDateRange(args, request);
  PARTNERLENS_RETURN_IF_ERROR(SetPaging(args, request));
  return request;
}

absl::StatusOr<v1::GetPersonRequest> BuildGetPersonRequest(
    const ParsedArgs& args) {
  return BuildLookupRequest(args, "person name or id",
                            &v1::GetPersonRequest::mutable_person);
}

absl::StatusOr<v1::SearchPeopleRequest> BuildSearchPeopleRequest(
    const ParsedArgs& args) {
  PARTNERLENS_RETURN_IF_ERROR(NoPositional(args));
  v1::SearchPeopleRequest request;
  request.set_name(args.GetOr("name", ""));
  request.set_organization(args.GetOr("org", ""));
  request.set_title(args.GetOr("title", ""));
  PARTNERLENS_RETURN_IF_ERROR(SetPaging(args, request));
  return request;
}

absl::StatusOr<v1::ListEventsRequest> BuildListEventsRequest(
    const ParsedArgs& args) {
  PARTNERLENS_RETURN_IF_ERROR(NoPositional(args));
  v1::ListEventsRequest request;
  request.set_organization(args.GetOr("org", ""));
  request.set_person(args.GetOr("person", ""));
  PARTNERLENS_RETURN_IF_ERROR(SetKind(args, &ParseEventKind, request));
  SetDateRange(args, request);
  PARTNERLENS_RETURN_IF_ERROR(SetPaging(args, request));
  return request;
}

absl::StatusOr<v1::GetArticleRequest> BuildGetArticleRequest(
    const ParsedArgs& args) {
  PARTNERLENS_ASSIGN_OR_RETURN(
      v1::GetArticleRequest request,
      BuildLookupRequest(args, "article id",
                         &v1::GetArticleRequest::mutable_article_id));
  request.set_include_records(args.Has("with-records"));
  return request;
}

bool IsQueryCommand(absl::string_view command) {
  for (const QueryCommand& c : Commands()) {
    if (command == c.name) return true;
  }
  return false;
}

absl::Status RunQueryCommand(absl::string_view command, const ParsedArgs& args,
                             const ClientOptions& options, Stub& stub,
                             std::ostream& out) {
  for (const QueryCommand& c : Commands()) {
    if (command == c.name) return c.run(args, options, stub, out);
  }
  return absl::InvalidArgumentError(
      absl::StrCat("unknown command \"", command, "\""));
}

}  // namespace partnerlens::tools
