#ifndef PARTNERLENS_TOOLS_EXTRACT_COMMAND_H_
#define PARTNERLENS_TOOLS_EXTRACT_COMMAND_H_

// `partnerlens extract`: runs the extraction in-process (no server) and
// renders the records in the evaluation format (see records_json.h).
// Not thread-safe (writes to the given stream and files).

#include <ostream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace partnerlens::tools {

struct ExtractOptions {
  // Article files or directories (see ExpandArticlePaths).
  std::vector<std::string> paths;
  // ISO 8601 publication date for every article, or empty.
  std::string published_date;
  // When set, writes OUT_DIR/<stem>.json per article (creating OUT_DIR) and
  // prints the path of each file written; otherwise prints the JSON itself:
  // one object for one article, an array of objects for several.
  std::string out_dir;
};

// Checks a date flag: YYYY, YYYY-MM or YYYY-MM-DD with a valid month and
// day. INVALID_ARGUMENT naming `flag` and the value otherwise; OK for "".
absl::Status ValidateDateFlag(absl::string_view flag, absl::string_view value);

// Runs the extraction over every file, in order. Errors: NOT_FOUND or
// PERMISSION_DENIED for a file that cannot be read, INVALID_ARGUMENT for a
// bad date or two inputs with one stem, PERMISSION_DENIED when OUT_DIR
// cannot be created or written, INTERNAL when the built-in lexicons do not
// load. On error, JSON printing prints nothing, while OUT_DIR keeps the
// files written before the failing one.
absl::Status RunExtract(const ExtractOptions& options, std::ostream& out);

}  // namespace partnerlens::tools

#endif  // PARTNERLENS_TOOLS_EXTRACT_COMMAND_H_
