#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_ACRONYMS_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_ACRONYMS_H_

// Whether an acronym abbreviates a name, for the short-form pass of entity
// resolution (short_forms.h): "ZJNU" for "Zhejiang Normal University"
// (pinyin syllables give initials too), "GJI" for "Guangjin International
// Group" (connectors and legal forms may be left out). Pure; thread-safe.

#include <string>
#include <vector>

#include "absl/strings/string_view.h"

#include "ingest_service/extraction/resources.h"

namespace partnerlens::extraction {

// Words an acronym may leave out: connectors and legal forms (the ACRONYM
// lists of data/name_connectors.txt and data/org_name_words.txt). `lower`
// is ASCII lower case.
bool IsSkippableWord(absl::string_view lower,
                     const ExtractionResources& resources);

// Whether `acronym` spells initials of all of `words` in order, each word
// giving its first letter, the initials of its pinyin syllables
// ("Zhejiang" -> "ZJ"), or (skippable words only) nothing. Exponential in
// the number of skippable words at worst; names are short.
bool SpellsInitials(absl::string_view acronym,
                    const std::vector<absl::string_view>& words,
                    const ExtractionResources& resources);

// The capitals an acronym of `words` may start with (for SpellsInitials):
// the first letter of the first word that cannot be skipped, or of a
// skippable word before it. Distinct, in word order.
std::vector<std::string> AcronymInitials(
    const std::vector<absl::string_view>& words,
    const ExtractionResources& resources);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_ACRONYMS_H_
