#ifndef PARTNERLENS_TOOLS_CLI_ARGS_H_
#define PARTNERLENS_TOOLS_CLI_ARGS_H_

// The CLI's command-line parser. Each subcommand accepts its own flags, so
// the flags are declared per command (a table of FlagSpec) rather than as
// process-wide absl flags.
//
// Accepted forms: `--name=value`, `--name value`, and `--name` alone for a
// switch (which may also be written `--name=true|false`). `--` ends the
// flags; a lone `-` is a positional argument. Flags and positional
// arguments may be mixed. Pure and thread-safe.

#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace partnerlens::tools {

// One flag a command accepts.
struct FlagSpec {
  // Name without the leading dashes ("page-size").
  std::string name;
  // True for a flag that takes a value, false for a switch.
  bool takes_value = true;
  // Placeholder of the value in help texts ("N", "HOST:PORT").
  std::string value_name;
  // One line of help.
  std::string help;
};

// The outcome of parsing.
class ParsedArgs {
 public:
  // Value of flag `name`, or nullopt when it was not given. Switches have
  // the value "true" or "false".
  std::optional<std::string> Get(absl::string_view name) const;
  // Value of flag `name`, or `fallback` when it was not given.
  std::string GetOr(absl::string_view name, absl::string_view fallback) const;
  // Whether switch `name` was given (and not set to false).
  bool Has(absl::string_view name) const;

  const std::vector<std::string>& positional() const { return positional_; }

 private:
  friend class ArgParser;
  absl::flat_hash_map<std::string, std::string> flags_;
  std::vector<std::string> positional_;
};

// How far ParseArgs reads.
enum class ParseMode {
  kAll,                   // every argument
  kStopAtFirstPositional  // stop before the first positional argument
};

// The result of parsing, plus how many arguments were consumed (all of them
// in ParseMode::kAll).
struct ParseResult {
  ParsedArgs args;
  size_t consumed = 0;
};

// Parses `args` against `specs`. INVALID_ARGUMENT names an unknown flag, a
// flag without its value, a value given to a switch or a flag given twice.
absl::StatusOr<ParseResult> ParseArgs(absl::Span<const std::string> args,
                                      absl::Span<const FlagSpec> specs,
                                      ParseMode mode = ParseMode::kAll);

// Help lines for `specs`: "  --name=VALUE  help", aligned.
std::string FormatFlagHelp(absl::Span<const FlagSpec> specs);

// Parses a decimal int32 flag value (sign allowed); INVALID_ARGUMENT naming
// `flag` when it is not one.
absl::StatusOr<int> ParseIntFlag(absl::string_view flag,
                                 absl::string_view value);

}  // namespace partnerlens::tools

#endif  // PARTNERLENS_TOOLS_CLI_ARGS_H_
