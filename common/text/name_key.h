#ifndef PARTNERLENS_COMMON_TEXT_NAME_KEY_H_
#define PARTNERLENS_COMMON_TEXT_NAME_KEY_H_

// Comparison keys for names: two spellings of one name ("Huashu Group",
// "the Huashu Group Co., Ltd.") get one key. The rules follow the scorer of
// FORMAT.md so that what the store merges is what an analyst would merge.
// All functions are pure and thread-safe; invalid UTF-8 bytes are dropped.

#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace partnerlens::text {

// Case-folded words of `text`: NFKC, case fold, possessive 's removed, "&"
// read as "and", every non-letter non-digit a separator.
std::vector<std::string> NameWords(absl::string_view text);

// Key of an organization name: NameWords, one leading "the" dropped,
// trailing legal-form words (co, company, ltd, limited, inc, corp, llc, plc,
// gmbh, group ...) dropped while more than one word remains, words joined
// without spaces. Empty when the name has no letters or digits.
std::string OrganizationKey(absl::string_view name);

// Key of a person name: NameWords joined without spaces.
std::string PersonKey(absl::string_view name);

}  // namespace partnerlens::text

#endif  // PARTNERLENS_COMMON_TEXT_NAME_KEY_H_
