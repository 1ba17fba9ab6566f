#ifndef PARTNERLENS_COMMON_CONFIG_COMMAND_LINE_H_
#define PARTNERLENS_COMMON_CONFIG_COMMAND_LINE_H_

// Command-line plumbing both service binaries share: flags that may also
// come from environment variables, --help that lists the flags of the
// binary's main.cc, and the whole start of main() from argv to validated
// options. Not thread-safe: for main() only.

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"

#include "common/status/status_macros.h"

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

// What a service binary's main() passes to OptionsFromCommandLine.
struct ServiceCommandLine {
  // The file defining the binary's flags, for --help ("query_service/main.cc").
  absl::string_view main_file;
  // What --help prints before the flags.
  absl::string_view usage;
  // The flags environment variables may set.
  absl::Span<const EnvironmentFlag> environment;
};

// The start of a service's main(): ApplyEnvironment, ConfigureHelp, then
// absl::ParseCommandLine over `argv` (which exits for --help and for a bad
// flag, as absl does), then glog, logging to stderr unless GLOG_logtostderr
// is set. Returns ApplyEnvironment's error, before anything else. Call once:
// absl exits when the usage message is set twice.
absl::Status ParseServiceCommandLine(int argc, char** argv,
                                     const ServiceCommandLine& command_line);

// ParseServiceCommandLine, then the options `from_flags` copies from the
// flags, checked by their Validate(). Errors: ApplyEnvironment's or
// Validate()'s, each naming the bad value.
template <typename Options>
absl::StatusOr<Options> OptionsFromCommandLine(
    int argc, char** argv, const ServiceCommandLine& command_line,
    Options (*from_flags)()) {
  PARTNERLENS_RETURN_IF_ERROR(
      ParseServiceCommandLine(argc, argv, command_line));
  Options options = from_flags();
  PARTNERLENS_RETURN_IF_ERROR(options.Validate());
  return options;
}

}  // namespace partnerlens::config

#endif  // PARTNERLENS_COMMON_CONFIG_COMMAND_LINE_H_
