#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_PERSON_CONTEXT_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_PERSON_CONTEXT_H_

// Context that makes a name chunk a person, or the body a person serves,
// for the chunk classifier (chunk_classifier.h). The shape of the name
// itself comes from person_names.h; the context is what the earlier passes
// marked around it (titles, honorifics) and the words beside it. Ranges are
// tokens [first, end) of `sentence`. Read-only; thread-compatible like the
// MentionScan passed in.

#include <cstdint>

#include "ingest_service/extraction/mention_scan.h"
#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {

// A title or honorific just before (a comma between allowed), a speech verb
// just before or after ("said"), a place in parentheses after ("Sjeng
// Schalken (Netherlands)") or ", [a|the] <title>" after.
bool HasPersonContext(int32_t first, int32_t end, const Sentence& sentence,
                      const MentionScan& scan);

// A person name: a strong name shape; a weak one with context; or, with
// context, up to four name tokens none of which is a common word.
bool IsPerson(int32_t first, int32_t end, const Sentence& sentence,
              const MentionScan& scan);

// "<title> of [the] <here>", "<person> at <here>": the range starting at
// `first` follows "of", "at" or "from" after a title or a person mention.
bool AfterTitleOf(int32_t first, const MentionScan& scan);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_PERSON_CONTEXT_H_
