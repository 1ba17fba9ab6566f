#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_BOILERPLATE_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_BOILERPLATE_H_

// Lines of a news page that are not the story: credits ("Editor/ ...",
// "Image source/ ..."), counters ("Views: 123"), buttons ("Share",
// "Print"), end marks ("-END-"), copyright lines, repeated lines. Part of
// the input stage (input.h).

#include <memory>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "re2/set.h"

namespace partnerlens::extraction {

// Lines of a normalised text longer than this (bytes) never match a rule:
// boilerplate lines are short, and story lines need no regex pass.
inline constexpr size_t kMaxBoilerplateLineBytes = 300;
// A line of at least this many bytes that repeats an earlier line verbatim
// is boilerplate (a headline or lead repeated by the page template).
inline constexpr size_t kMinRepeatedLineBytes = 30;
// Longest site name (bytes) after " - ", " | " or " _ " for a line to count
// as an earlier line repeated as a page title ("Headline - Site").
inline constexpr size_t kMaxSiteSuffixBytes = 40;

// Line patterns (RE2, one per line of data/boilerplate.txt) for lines that
// are not the story. Immutable and thread-safe; copies share the compiled
// patterns.
class BoilerplateRules {
 public:
  // No patterns: matches nothing.
  BoilerplateRules() = default;

  // Whether the whole of `line` (one normalised line) matches a drop
  // pattern and no keep pattern matches anywhere in it.
  bool Matches(absl::string_view line) const;

 private:
  friend absl::StatusOr<BoilerplateRules> ParseBoilerplateRules(
      absl::string_view file_contents);

  std::shared_ptr<const RE2::Set> drop_;  // anchored at both ends
  std::shared_ptr<const RE2::Set> keep_;  // unanchored
};

// Parses data/boilerplate.txt: one RE2 pattern per line, matched against
// a whole normalised line ("(?i)" makes it case-insensitive); blank lines
// and lines starting with '#' are ignored; a pattern after a leading '!' is
// a keep pattern, protecting every line it matches anywhere (datelines,
// which a later stage reads the publication date from). INVALID_ARGUMENT
// names the line of a pattern that is empty or does not compile.
absl::StatusOr<BoilerplateRules> ParseBoilerplateRules(
    absl::string_view file_contents);

// Flags the boilerplate among the lines of a normalised text, in order:
// a line that `rules` match; a line of kMinRepeatedLineBytes or more equal
// to an earlier line, or equal to such a line plus " - <site name>" (also
// " | " or " _ ", up to kMaxSiteSuffixBytes: the headline repeated as the
// page title); a line equal to an earlier line plus "_<digits>" (an image
// file name under a headline). Result[i] is true for lines[i] to
// drop. Linear time in the size of the lines (expected; hashing).
std::vector<bool> FindBoilerplateLines(
    absl::Span<const absl::string_view> lines, const BoilerplateRules& rules);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_BOILERPLATE_H_
