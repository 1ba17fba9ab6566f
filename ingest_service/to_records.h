#ifndef PARTNERLENS_INGEST_SERVICE_TO_RECORDS_H_
#define PARTNERLENS_INGEST_SERVICE_TO_RECORDS_H_

// Converters from the extraction's records to the stored rows
// (partnerlens.storage.v1) and to the wire's record counts (partnerlens.v1);
// stored rows become wire records in common/storage/wire_records.h. Pure and
// thread-safe.
//
// Within one article, records refer to organizations by name. The storage
// form adds ids: a name or alias of an organization record of the same
// article resolves to that record's id, any other name to
// storage::OrganizationId(name). Records of one article that get the same id
// (two spellings of one body, one relation stated twice) are merged into one
// fact, since one article stores one row per entity.

#include <cstdint>
#include <string>

#include "ingest_service/extraction/types.h"
#include "partnerlens/storage/v1/records.pb.h"
#include "partnerlens/v1/entity.pb.h"
#include "partnerlens/v1/ingest_service.pb.h"

namespace partnerlens::ingest {

// What the request says about an article besides its content.
struct ArticleMetadata {
  // The article id (client-supplied or derived from the content).
  std::string id;
  std::string url;
  std::string title;
  std::string source;
  // The published date the client gave, or empty.
  std::string requested_published_date;
  // partnerlens.v1.ContentType value of the request.
  int content_type = 0;
  // Lower-case hex SHA-256 of the content.
  std::string content_sha256;
  // First storage time, microseconds since the Unix epoch; 0 in dry runs.
  int64_t ingest_unix_micros = 0;
};

// The stored row of an article: metadata, normalised text, the raw content
// and the extractor version. The published date is the requested one, else
// the one the extraction found; the title the requested one, else the one
// the extraction found in HTML.
storage::v1::ArticleRow ToArticleRow(const ArticleMetadata& metadata,
                                     std::string raw_content,
                                     const extraction::ArticleRecords& records);

// The facts of one article with their ids (see the file comment).
storage::v1::ArticleFacts ToArticleFacts(
    const extraction::ArticleRecords& records);

// How many records of each kind `facts` holds.
v1::RecordCounts CountRecords(const storage::v1::ArticleFacts& facts);

}  // namespace partnerlens::ingest

#endif  // PARTNERLENS_INGEST_SERVICE_TO_RECORDS_H_
