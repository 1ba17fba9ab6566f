#ifndef PARTNERLENS_TOOLS_RECORDS_JSON_H_
#define PARTNERLENS_TOOLS_RECORDS_JSON_H_

// Renders one article's extraction records as JSON in the shape of the
// evaluation format (docs: tests/accuracy/FORMAT.md), field names exactly as
// there, so that tests/accuracy/score.py reads the output:
//
//   {"article": {"id": ..., "publishedDate": ...},   // date omitted if empty
//    "organizations": [{"name", "kind", "aliases", "parent"}],
//    "people": [{"name", "positions": [{"title", "organization"}]}],
//    "events": [{"kind", "name", "date", "location", "organizations",
//                "people"}],
//    "partnerships": [{"organizations", "kind", "status", "date",
//                      "evidence"}]}
//
// Enum values are the upper-case names of types.h (OrgKindName ...). Spans,
// title and the stored text are not part of the format and are left out.
// Pure and thread-safe.

#include <string>

#include "absl/strings/string_view.h"
#include "tools/json_writer.h"

#include "ingest_service/extraction/types.h"

namespace partnerlens::tools {

// Writes the records of article `article_id` as one JSON object.
void WriteRecordsJson(absl::string_view article_id,
                      const extraction::ArticleRecords& records,
                      JsonWriter& writer);

// The records of article `article_id` as a JSON document, indented by two
// spaces and ended by a newline.
std::string RecordsToJson(absl::string_view article_id,
                          const extraction::ArticleRecords& records);

}  // namespace partnerlens::tools

#endif  // PARTNERLENS_TOOLS_RECORDS_JSON_H_
