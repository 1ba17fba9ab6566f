#ifndef PARTNERLENS_COMMON_STORAGE_WIRE_RECORDS_H_
#define PARTNERLENS_COMMON_STORAGE_WIRE_RECORDS_H_

// Stored rows (partnerlens.storage.v1) as the API's records (partnerlens.v1)
// for one article, and the ranking of partnership statuses. Both services
// need them: the ingest service answers with one article's records, the
// query service's GetArticle too; records merged across articles are the
// query service's own (query_service/merge_records.h). Pure and thread-safe.

#include "absl/strings/string_view.h"
#include "google/protobuf/repeated_ptr_field.h"

#include "partnerlens/storage/v1/records.pb.h"
#include "partnerlens/v1/entity.pb.h"

namespace partnerlens::storage {

// The wire article of a stored row; `text` is left empty unless
// `with_text`. ingest_time is RFC 3339 UTC ("2024-05-17T00:00:00.25Z"),
// empty when the row has none.
partnerlens::v1::Article ToWireArticle(const v1::ArticleRow& row,
                                       bool with_text);

// The wire records of one article's facts, as stored: every record lists
// `article_id` as its only supporting article and its spans carry that id.
// `article` of the result is left empty.
partnerlens::v1::ArticleRecords ToWireRecords(absl::string_view article_id,
                                              const v1::ArticleFacts& facts);

// Appends `spans` of article `article_id` to `out` as text spans.
void AddWireSpans(
    absl::string_view article_id,
    const google::protobuf::RepeatedPtrField<v1::Span>& spans,
    google::protobuf::RepeatedPtrField<partnerlens::v1::TextSpan>* out);

// How far a partnership has got, for picking the most advanced status:
// DISCUSSED 1 < AGREED 2 < ONGOING 3 (talked about, signed, running); 0 for
// UNSPECIFIED and unknown values. `status` is a
// partnerlens.v1.PartnershipStatus value.
int PartnershipStatusRank(int status);

}  // namespace partnerlens::storage

#endif  // PARTNERLENS_COMMON_STORAGE_WIRE_RECORDS_H_
