#include "ingest_service/extraction/boilerplate.h"

#include <string>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "re2/re2.h"

#include "common/status/status_macros.h"

namespace partnerlens::extraction {
namespace {

re2::StringPiece Piece(absl::string_view s) {
  return re2::StringPiece(s.data(), s.size());
}

// Compiles `set`, or yields null when it holds no pattern (RE2 rejects
// matching with an empty set).
absl::StatusOr<std::shared_ptr<const RE2::Set>> Finish(
    std::unique_ptr<RE2::Set> set, int size, absl::string_view what) {
  if (size == 0) return std::shared_ptr<const RE2::Set>();
  if (!set->Compile()) {
    return absl::InvalidArgumentError(
        absl::StrCat("boilerplate ", what, " patterns exceed RE2's memory"));
  }
  return std::shared_ptr<const RE2::Set>(std::move(set));
}

// Whether `line` is `earlier` plus "_<digits>".
bool IsCaptionFileName(absl::string_view line,
                       const absl::flat_hash_set<absl::string_view>& earlier) {
  const size_t underscore = line.rfind('_');
  if (underscore == absl::string_view::npos || underscore + 1 == line.size()) {
    return false;
  }
  for (char c : line.substr(underscore + 1)) {
    if (!absl::ascii_isdigit(c)) return false;
  }
  const absl::string_view stem =
      absl::StripTrailingAsciiWhitespace(line.substr(0, underscore));
  return !stem.empty() && earlier.contains(stem);
}

// Whether `line` is an earlier line of kMinRepeatedLineBytes or more plus a
// page-title suffix: " - Site name", " | Site", " _ Site".
bool IsRepeatWithSiteSuffix(
    absl::string_view line,
    const absl::flat_hash_set<absl::string_view>& earlier) {
  size_t separator = absl::string_view::npos;
  for (absl::string_view s : {" - ", " | ", " _ "}) {
    const size_t at = line.rfind(s);
    if (at != absl::string_view::npos &&
        (separator == absl::string_view::npos || at > separator)) {
      separator = at;
    }
  }
  if (separator == absl::string_view::npos ||
      line.size() - separator - 3 > kMaxSiteSuffixBytes ||
      separator < kMinRepeatedLineBytes) {
    return false;
  }
  return earlier.contains(line.substr(0, separator));
}

}  // namespace

bool BoilerplateRules::Matches(absl::string_view line) const {
  if (drop_ == nullptr || line.size() > kMaxBoilerplateLineBytes) {
    return false;
  }
  if (!drop_->Match(Piece(line), nullptr)) return false;
  return keep_ == nullptr || !keep_->Match(Piece(line), nullptr);
}

absl::StatusOr<BoilerplateRules> ParseBoilerplateRules(
    absl::string_view file_contents) {
  RE2::Options options;
  options.set_log_errors(false);
  auto drop = std::make_unique<RE2::Set>(options, RE2::ANCHOR_BOTH);
  auto keep = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  int drops = 0;
  int keeps = 0;
  int line_number = 0;
  for (absl::string_view line : absl::StrSplit(file_contents, '\n')) {
    ++line_number;
    line = absl::StripTrailingAsciiWhitespace(line);
    if (line.empty() || line.front() == '#') continue;
    const bool is_keep = absl::ConsumePrefix(&line, "!");
    std::string error = "empty pattern";
    if (line.empty() || (is_keep ? keep : drop)->Add(Piece(line), &error) < 0) {
      return absl::InvalidArgumentError(
          absl::StrCat("boilerplate.txt line ", line_number, ": ", error));
    }
    ++(is_keep ? keeps : drops);
  }
  BoilerplateRules rules;
  PARTNERLENS_ASSIGN_OR_RETURN(rules.drop_,
                               Finish(std::move(drop), drops, "drop"));
  PARTNERLENS_ASSIGN_OR_RETURN(rules.keep_,
                               Finish(std::move(keep), keeps, "keep"));
  return rules;
}

std::vector<bool> FindBoilerplateLines(
    absl::Span<const absl::string_view> lines, const BoilerplateRules& rules) {
  std::vector<bool> drop(lines.size(), false);
  absl::flat_hash_set<absl::string_view> earlier;
  for (size_t i = 0; i < lines.size(); ++i) {
    const absl::string_view line = lines[i];
    drop[i] =
        (line.size() >= kMinRepeatedLineBytes && earlier.contains(line)) ||
        IsRepeatWithSiteSuffix(line, earlier) ||
        IsCaptionFileName(line, earlier) || rules.Matches(line);
    earlier.insert(line);
  }
  return drop;
}

}  // namespace partnerlens::extraction
