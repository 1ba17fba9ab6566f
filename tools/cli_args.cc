#include "tools/cli_args.h"

#include <algorithm>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"

namespace partnerlens::tools {

std::optional<std::string> ParsedArgs::Get(absl::string_view name) const {
  auto it = flags_.find(name);
  if (it == flags_.end()) return std::nullopt;
  return it->second;
}

std::string ParsedArgs::GetOr(absl::string_view name,
                              absl::string_view fallback) const {
  auto it = flags_.find(name);
  return it == flags_.end() ? std::string(fallback) : it->second;
}

bool ParsedArgs::Has(absl::string_view name) const {
  auto it = flags_.find(name);
  return it != flags_.end() && it->second != "false";
}

// Walks the arguments once; holds the state of one ParseArgs call.
class ArgParser {
 public:
  ArgParser(absl::Span<const std::string> args,
            absl::Span<const FlagSpec> specs, ParseMode mode)
      : args_(args), specs_(specs), mode_(mode) {}

  absl::StatusOr<ParseResult> Run() && {
    while (next_ < args_.size()) {
      const std::string& arg = args_[next_];
      if (arg == "--") {
        ++next_;
        if (mode_ == ParseMode::kAll) TakeRestAsPositional();
        break;
      }
      if (arg.size() < 3 || arg.compare(0, 2, "--") != 0) {
        if (mode_ == ParseMode::kStopAtFirstPositional) break;
        result_.args.positional_.push_back(arg);
        ++next_;
        continue;
      }
      ++next_;
      absl::Status status = ReadFlag(absl::string_view(arg).substr(2));
      if (!status.ok()) return status;
    }
    result_.consumed = next_;
    return std::move(result_);
  }

 private:
  const FlagSpec* Find(absl::string_view name) const {
    auto it = std::find_if(specs_.begin(), specs_.end(),
                           [&](const FlagSpec& s) { return s.name == name; });
    return it == specs_.end() ? nullptr : &*it;
  }

  void TakeRestAsPositional() {
    while (next_ < args_.size()) {
      result_.args.positional_.push_back(args_[next_++]);
    }
  }

  // Reads "name" or "name=value" (dashes stripped); may consume the next
  // argument as the value.
  absl::Status ReadFlag(absl::string_view body) {
    const size_t eq = body.find('=');
    const absl::string_view name = body.substr(0, eq);
    const FlagSpec* spec = Find(name);
    if (spec == nullptr) {
      return absl::InvalidArgumentError(absl::StrCat("unknown flag --", name));
    }
    std::string value;
    if (eq != absl::string_view::npos) {
      value = std::string(body.substr(eq + 1));
      if (!spec->takes_value && value != "true" && value != "false") {
        return absl::InvalidArgumentError(
            absl::StrCat("flag --", name, " takes no value"));
      }
    } else if (!spec->takes_value) {
      value = "true";
    } else if (next_ < args_.size()) {
      value = args_[next_++];
    } else {
      return absl::InvalidArgumentError(
          absl::StrCat("flag --", name, " needs a value"));
    }
    if (!result_.args.flags_.emplace(name, std::move(value)).second) {
      return absl::InvalidArgumentError(
          absl::StrCat("flag --", name, " given twice"));
    }
    return absl::OkStatus();
  }

  absl::Span<const std::string> args_;
  absl::Span<const FlagSpec> specs_;
  ParseMode mode_;
  size_t next_ = 0;
  ParseResult result_;
};

absl::StatusOr<ParseResult> ParseArgs(absl::Span<const std::string> args,
                                      absl::Span<const FlagSpec> specs,
                                      ParseMode mode) {
  return ArgParser(args, specs, mode).Run();
}

std::string FormatFlagHelp(absl::Span<const FlagSpec> specs) {
  std::vector<std::string> heads;
  size_t width = 0;
  for (const FlagSpec& spec : specs) {
    std::string head = absl::StrCat("  --", spec.name);
    if (spec.takes_value) absl::StrAppend(&head, "=", spec.value_name);
    width = std::max(width, head.size());
    heads.push_back(std::move(head));
  }
  std::string out;
  for (size_t i = 0; i < specs.size(); ++i) {
    absl::StrAppend(&out, heads[i],
                    std::string(width + 2 - heads[i].size(), ' '),
                    specs[i].help, "\n");
  }
  return out;
}

absl::StatusOr<int> ParseIntFlag(absl::string_view flag,
                                 absl::string_view value) {
  int parsed = 0;
  if (!absl::SimpleAtoi(value, &parsed)) {
    return absl::InvalidArgumentError(
        absl::StrCat("--", flag, " wants an integer, got \"", value, "\""));
  }
  return parsed;
}

}  // namespace partnerlens::tools
