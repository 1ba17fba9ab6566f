#include "common/config/command_line.h"

#include <cstdlib>
#include <string>

#include "absl/flags/parse.h"
#include "absl/flags/reflection.h"
#include "absl/flags/usage.h"
#include "absl/flags/usage_config.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "glog/logging.h"

namespace partnerlens::config {

absl::Status ApplyEnvironment(absl::Span<const EnvironmentFlag> flags) {
  for (const EnvironmentFlag& env : flags) {
    const char* value = std::getenv(env.variable);
    if (value == nullptr) continue;
    absl::CommandLineFlag* flag = absl::FindCommandLineFlag(env.flag);
    if (flag == nullptr) {
      return absl::InternalError(absl::StrCat("no flag --", env.flag));
    }
    std::string error;
    if (!flag->ParseFrom(value, &error)) {
      return absl::InvalidArgumentError(
          absl::StrCat(env.variable, "=\"", value, "\": ", error));
    }
  }
  return absl::OkStatus();
}

void ConfigureHelp(absl::string_view main_file, absl::string_view usage) {
  absl::FlagsUsageConfig config;
  const std::string suffix(main_file);
  // absl's default shows the flags of files named after the program, which
  // main.cc is not.
  config.contains_help_flags = [suffix](absl::string_view path) {
    return absl::EndsWith(path, suffix);
  };
  config.contains_helpshort_flags = config.contains_help_flags;
  absl::SetFlagsUsageConfig(config);
  absl::SetProgramUsageMessage(usage);
}

absl::Status ParseServiceCommandLine(int argc, char** argv,
                                     const ServiceCommandLine& command_line) {
  PARTNERLENS_RETURN_IF_ERROR(ApplyEnvironment(command_line.environment));
  ConfigureHelp(command_line.main_file, command_line.usage);
  absl::ParseCommandLine(argc, argv);
  // Services log to stderr, where containers and the e2e tests read them,
  // unless the environment says otherwise.
  if (std::getenv("GLOG_logtostderr") == nullptr) FLAGS_logtostderr = true;
  google::InitGoogleLogging(argv[0]);
  return absl::OkStatus();
}

}  // namespace partnerlens::config
