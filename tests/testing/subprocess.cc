#include "tests/testing/subprocess.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

extern char** environ;

namespace partnerlens::testing {
namespace {

// The child's environment: ours, minus `unset`, plus `set`.
std::vector<std::string> ChildEnvironment(const SubprocessOptions& options) {
  absl::flat_hash_map<std::string, std::string> vars;
  std::vector<std::string> order;
  for (char** entry = environ; *entry != nullptr; ++entry) {
    const std::string text(*entry);
    const size_t eq = text.find('=');
    if (eq == std::string::npos) continue;
    const std::string name = text.substr(0, eq);
    if (vars.emplace(name, text.substr(eq + 1)).second) order.push_back(name);
  }
  for (const std::string& name : options.unset_env) vars.erase(name);
  for (const auto& [name, value] : options.env) {
    if (vars.insert_or_assign(name, value).second) order.push_back(name);
  }
  std::vector<std::string> result;
  for (const std::string& name : order) {
    auto it = vars.find(name);
    if (it != vars.end()) result.push_back(absl::StrCat(name, "=", it->second));
  }
  return result;
}

std::vector<char*> CStrings(std::vector<std::string>& strings) {
  std::vector<char*> pointers;
  pointers.reserve(strings.size() + 1);
  for (std::string& s : strings) pointers.push_back(s.data());
  pointers.push_back(nullptr);
  return pointers;
}

// Opens `path` for the child's output (close-on-exec in this process), or
// /dev/null when empty. -1 on failure.
int OpenOutput(const std::string& path) {
  const char* name = path.empty() ? "/dev/null" : path.c_str();
  return open(name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
}

// Runs in the forked child: only async-signal-safe calls until exec.
[[noreturn]] void ExecChild(pid_t parent, int out_fd, int err_fd,
                            char* const* argv, char* const* envp) {
  setpgid(0, 0);
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != parent) _exit(126);  // the parent died before prctl
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, nullptr);
  struct sigaction default_action = {};
  default_action.sa_handler = SIG_DFL;
  sigaction(SIGPIPE, &default_action, nullptr);
  dup2(out_fd, STDOUT_FILENO);
  dup2(err_fd, STDERR_FILENO);
  const int null_in = open("/dev/null", O_RDONLY);
  if (null_in >= 0) dup2(null_in, STDIN_FILENO);
  execve(argv[0], argv, envp);
  _exit(127);
}

ExitInfo FromWaitStatus(int status) {
  ExitInfo info;
  if (WIFEXITED(status)) {
    info.exited = true;
    info.code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    info.signal = WTERMSIG(status);
  }
  return info;
}

}  // namespace

std::string ExitInfo::ToString() const {
  if (exited) return absl::StrCat("exit code ", code);
  return absl::StrCat("signal ", signal, " (", strsignal(signal), ")");
}

std::string ReadFileOrEmpty(const std::string& path) {
  if (path.empty()) return "";
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

absl::StatusOr<std::unique_ptr<Subprocess>> Subprocess::Start(
    const SubprocessOptions& options) {
  if (options.argv.empty()) return absl::InvalidArgumentError("empty argv");
  std::vector<std::string> args = options.argv;
  std::vector<std::string> env = ChildEnvironment(options);
  std::vector<char*> argv = CStrings(args);
  std::vector<char*> envp = CStrings(env);
  const int out_fd = OpenOutput(options.stdout_path);
  const int err_fd = options.stderr_path == options.stdout_path
                         ? dup(out_fd)
                         : OpenOutput(options.stderr_path);
  if (out_fd < 0 || err_fd < 0) {
    return absl::InternalError(
        absl::StrCat("cannot open output files: ", strerror(errno)));
  }
  const pid_t parent = getpid();
  const pid_t pid = fork();
  if (pid == 0) ExecChild(parent, out_fd, err_fd, argv.data(), envp.data());
  close(out_fd);
  close(err_fd);
  if (pid < 0) {
    return absl::InternalError(absl::StrCat("fork: ", strerror(errno)));
  }
  setpgid(pid, pid);  // also done by the child; whichever runs first wins
  return std::unique_ptr<Subprocess>(new Subprocess(pid, options));
}

Subprocess::Subprocess(pid_t pid, SubprocessOptions options)
    : pid_(pid), options_(std::move(options)) {}

Subprocess::~Subprocess() {
  if (!exit_.has_value()) Stop();
}

bool Subprocess::Reap() {
  if (exit_.has_value()) return true;
  int status = 0;
  const pid_t done = waitpid(pid_, &status, WNOHANG);
  if (done == pid_) {
    exit_ = FromWaitStatus(status);
    // Children the child left in its group go with it.
    kill(-pid_, SIGKILL);
    return true;
  }
  if (done < 0 && errno == ECHILD) {
    exit_ = ExitInfo{};
    return true;
  }
  return false;
}

bool Subprocess::Running() { return !Reap(); }

absl::StatusOr<ExitInfo> Subprocess::Wait(absl::Duration timeout) {
  const absl::Time deadline = absl::Now() + timeout;
  while (!Reap()) {
    if (absl::Now() >= deadline) {
      return absl::DeadlineExceededError(absl::StrCat(
          "pid ", pid_, " still runs after ", absl::FormatDuration(timeout)));
    }
    absl::SleepFor(absl::Milliseconds(20));
  }
  return *exit_;
}

void Subprocess::Signal(int signal) {
  if (!Reap()) kill(-pid_, signal);
}

ExitInfo Subprocess::Stop(absl::Duration grace) {
  Signal(SIGTERM);
  if (Wait(grace).ok()) return *exit_;
  Signal(SIGKILL);
  // SIGKILL cannot be ignored; the bound only guards against a wedged
  // kernel.
  if (Wait(absl::Seconds(30)).ok()) return *exit_;
  return ExitInfo{};
}

std::string Subprocess::ReadStdout() const {
  return ReadFileOrEmpty(options_.stdout_path);
}

std::string Subprocess::ReadStderr() const {
  return ReadFileOrEmpty(options_.stderr_path);
}

absl::StatusOr<CommandResult> RunCommand(
    const std::vector<std::string>& argv, const std::string& scratch_dir,
    absl::Duration timeout,
    const std::vector<std::pair<std::string, std::string>>& env) {
  static std::atomic<int> counter{0};
  const std::string base =
      absl::StrCat(scratch_dir, "/command-", counter.fetch_add(1));
  SubprocessOptions options;
  options.argv = argv;
  options.env = env;
  options.stdout_path = base + ".out";
  options.stderr_path = base + ".err";
  absl::StatusOr<std::unique_ptr<Subprocess>> process =
      Subprocess::Start(options);
  if (!process.ok()) return process.status();
  absl::StatusOr<ExitInfo> exit = (*process)->Wait(timeout);
  if (!exit.ok()) {
    (*process)->Stop(absl::Seconds(1));
    return exit.status();
  }
  return CommandResult{*exit, (*process)->ReadStdout(),
                       (*process)->ReadStderr()};
}

}  // namespace partnerlens::testing
