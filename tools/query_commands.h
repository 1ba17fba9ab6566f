#ifndef PARTNERLENS_TOOLS_QUERY_COMMANDS_H_
#define PARTNERLENS_TOOLS_QUERY_COMMANDS_H_

// The CLI's query subcommands (org, partnerships, people, person, events,
// article): each turns its flags into one QueryService request, calls it
// and prints the reply as protobuf JSON.
//
// List commands print one page, `nextPageToken` included, unless --all is
// given: then they follow the tokens (at most kMaxPages pages) and print one
// reply holding every item, without a token.
//
// Request builders are pure and thread-safe; RunQueryCommand writes to the
// given stream.

#include <ostream>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "tools/cli_args.h"
#include "tools/grpc_client.h"

#include "partnerlens/v1/query_service.grpc.pb.h"

namespace partnerlens::tools {

// Bound on the pages --all follows.
inline constexpr int kMaxPages = 10000;

// Flags of each query command (beside the global ones), for the parser and
// the help.
std::vector<FlagSpec> QueryCommandFlags(absl::string_view command);

// Request builders: INVALID_ARGUMENT for a missing positional argument, an
// unknown kind or status, or a page size that is not an integer. Date
// filters pass through unchecked: the service validates them.
absl::StatusOr<v1::GetOrganizationRequest> BuildGetOrganizationRequest(
    const ParsedArgs& args);
absl::StatusOr<v1::ListPartnershipsRequest> BuildListPartnershipsRequest(
    const ParsedArgs& args);
absl::StatusOr<v1::GetPersonRequest> BuildGetPersonRequest(
    const ParsedArgs& args);
absl::StatusOr<v1::SearchPeopleRequest> BuildSearchPeopleRequest(
    const ParsedArgs& args);
absl::StatusOr<v1::ListEventsRequest> BuildListEventsRequest(
    const ParsedArgs& args);
absl::StatusOr<v1::GetArticleRequest> BuildGetArticleRequest(
    const ParsedArgs& args);

// Whether `command` is one of the query commands.
bool IsQueryCommand(absl::string_view command);

// Runs query command `command` against `stub`. Errors: the builders' ones,
// or the service's status (code and message as the service sent them).
absl::Status RunQueryCommand(absl::string_view command, const ParsedArgs& args,
                             const ClientOptions& options,
                             v1::QueryService::StubInterface& stub,
                             std::ostream& out);

}  // namespace partnerlens::tools

#endif  // PARTNERLENS_TOOLS_QUERY_COMMANDS_H_
