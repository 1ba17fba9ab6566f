#ifndef PARTNERLENS_TOOLS_CLI_H_
#define PARTNERLENS_TOOLS_CLI_H_

// The `partnerlens` command line: global flags, subcommand dispatch, help.
//
//   partnerlens [--ingest=HOST:PORT] [--query=HOST:PORT] [--timeout=SECONDS]
//               COMMAND [FLAGS] [ARGS]
//
// Commands: extract, submit, org, orgs, partnerships, person, people,
// events, article, articles, health, help. Global flags may also follow the
// command. Not thread-safe (writes to the given streams).

#include <ostream>
#include <string>
#include <vector>

namespace partnerlens::tools {

// Exit codes of RunCli.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // the command failed
inline constexpr int kExitUsage = 2;    // bad command line

// Runs the command line `args` (without the program name). Results go to
// `out`; errors ("error: CODE: message"), help for bad usage and the
// progress bar go to `err`. `interactive` tells whether stdout and stderr
// are terminals (the progress bar shows only then). Returns an exit code.
int RunCli(const std::vector<std::string>& args, std::ostream& out,
           std::ostream& err, bool interactive);

}  // namespace partnerlens::tools

#endif  // PARTNERLENS_TOOLS_CLI_H_
