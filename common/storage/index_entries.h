#ifndef PARTNERLENS_COMMON_STORAGE_INDEX_ENTRIES_H_
#define PARTNERLENS_COMMON_STORAGE_INDEX_ENTRIES_H_

// The secondary index entries one article implies. The writer puts exactly
// these keys when it stores an article and deletes exactly these keys when
// it withdraws the article, so the list must depend on nothing but the
// article's facts. Pure and thread-safe.

#include <string>
#include <vector>

#include "absl/strings/string_view.h"

#include "partnerlens/storage/v1/records.pb.h"

namespace partnerlens::storage {

// Every index key (schema.h IndexTag layouts, request ids excluded) that
// `facts` of article `article_id` imply: organization names and aliases,
// person names and name words, organization -> person (positions),
// parent -> child, organization -> partnership, organization -> event and
// person -> event. Sorted, without duplicates. Names whose key is empty (no
// letters or digits) and empty ids are skipped.
std::vector<std::string> IndexEntries(absl::string_view article_id,
                                      const v1::ArticleFacts& facts);

}  // namespace partnerlens::storage

#endif  // PARTNERLENS_COMMON_STORAGE_INDEX_ENTRIES_H_
