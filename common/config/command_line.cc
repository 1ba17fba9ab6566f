#include "common/config/command_line.h"

#include <cstdlib>
#include <string>

#include "absl/flags/reflection.h"
#include "absl/flags/usage.h"
#include "absl/flags/usage_config.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

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

}  // namespace partnerlens::config
