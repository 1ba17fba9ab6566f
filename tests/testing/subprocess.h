#ifndef PARTNERLENS_TESTS_TESTING_SUBPROCESS_H_
#define PARTNERLENS_TESTS_TESTING_SUBPROCESS_H_

// Child processes for cross-component tests: start a binary with its
// output in files, wait for it within a bound, and always stop it.
//
// A Subprocess is an RAII guard: its destructor stops the child (SIGTERM to
// its process group, SIGKILL after a bounded wait), so no test leaves a
// process behind, even when an assertion fails half-way. The child also
// gets SIGKILL if the test process dies (PR_SET_PDEATHSIG).
//
// Not thread-safe: use one Subprocess from one thread.

#include <sys/types.h>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"

namespace partnerlens::testing {

// How a child ended.
struct ExitInfo {
  // True when it called exit(); false when a signal ended it.
  bool exited = false;
  // exit() status when `exited`.
  int code = -1;
  // The signal that ended it when not `exited`.
  int signal = 0;

  bool success() const { return exited && code == 0; }
  std::string ToString() const;
};

struct SubprocessOptions {
  // Program path and arguments; argv[0] is the path executed.
  std::vector<std::string> argv;
  // Variables set (or replaced) on top of this process's environment.
  std::vector<std::pair<std::string, std::string>> env;
  // Variables removed from the environment the child inherits.
  std::vector<std::string> unset_env;
  // Files receiving the child's stdout and stderr (created or truncated);
  // empty means /dev/null. They may be the same file.
  std::string stdout_path;
  std::string stderr_path;
};

class Subprocess {
 public:
  // Starts the child in a process group of its own. INTERNAL when fork
  // fails; a failed exec shows as exit code 127.
  static absl::StatusOr<std::unique_ptr<Subprocess>> Start(
      const SubprocessOptions& options);

  Subprocess(const Subprocess&) = delete;
  Subprocess& operator=(const Subprocess&) = delete;
  // Stops the child if it still runs.
  ~Subprocess();

  pid_t pid() const { return pid_; }

  // Whether the child has not ended yet (reaps it when it has).
  bool Running();

  // Waits for the child to end; DEADLINE_EXCEEDED when it still runs after
  // `timeout`.
  absl::StatusOr<ExitInfo> Wait(absl::Duration timeout);

  // Sends `signal` to the child's process group (if it still runs).
  void Signal(int signal);

  // SIGTERM, then SIGKILL when the child has not ended within `grace`.
  // Returns how it ended.
  ExitInfo Stop(absl::Duration grace = absl::Seconds(15));

  // The file contents of stdout_path / stderr_path ("" when unset).
  std::string ReadStdout() const;
  std::string ReadStderr() const;

 private:
  Subprocess(pid_t pid, SubprocessOptions options);
  // Reaps the child without blocking; true when it has ended.
  bool Reap();

  pid_t pid_;
  SubprocessOptions options_;
  std::optional<ExitInfo> exit_;
};

// Runs a command to its end, bounded by `timeout` (then it is killed and
// DEADLINE_EXCEEDED returned). Output goes to files in `scratch_dir`.
struct CommandResult {
  ExitInfo exit;
  std::string out;
  std::string err;
};
absl::StatusOr<CommandResult> RunCommand(
    const std::vector<std::string>& argv, const std::string& scratch_dir,
    absl::Duration timeout,
    const std::vector<std::pair<std::string, std::string>>& env = {});

// Reads a whole file; "" when it cannot be read.
std::string ReadFileOrEmpty(const std::string& path);

}  // namespace partnerlens::testing

#endif  // PARTNERLENS_TESTS_TESTING_SUBPROCESS_H_
