#ifndef PARTNERLENS_COMMON_CONFIG_COMMAND_LINE_H_
#define PARTNERLENS_COMMON_CONFIG_COMMAND_LINE_H_

// Command-line plumbing both service binaries share: flags that may also
// come from environment variables, and --help that lists the flags of the
// binary's main.cc. Call both before absl::ParseCommandLine. Not
// thread-safe: for main() only.

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace partnerlens::config {

// A flag (by name) that the environment variable `variable` may set.
struct EnvironmentFlag {
  const char* flag;
  const char* variable;
};

// Sets each flag whose variable is set in the environment, so that a flag
// given on the command line, parsed afterwards, still wins.
// INVALID_ARGUMENT naming the variable and value when one does not parse.
absl::Status ApplyEnvironment(absl::Span<const EnvironmentFlag> flags);

// Makes --help and --helpshort list the flags defined in files whose path
// ends with `main_file` ("ingest_service/main.cc"), after `usage`.
void ConfigureHelp(absl::string_view main_file, absl::string_view usage);

}  // namespace partnerlens::config

#endif  // PARTNERLENS_COMMON_CONFIG_COMMAND_LINE_H_
