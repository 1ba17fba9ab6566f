#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_MENTION_MARKERS_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_MENTION_MARKERS_H_

// The passes of FindMentions (mention_finder.h) around name chunking. The
// Mark* passes run before a sentence is chunked: each adds the mentions it
// finds to `scan` and sets their tokens' roles, so that no name chunk
// takes them. LinkHereinafter runs after, over the mentions made. All
// expect `scan` built for the article that `sentence` belongs to; none
// fails.

#include "ingest_service/extraction/article_dates.h"
#include "ingest_service/extraction/mention_scan.h"
#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {

// A date found by FindArticleDates: a date mention (with its value) over
// the tokens its span covers, marked TokenRole::kDate. A date covering no
// token adds nothing.
void MarkDate(const DatedSpan& date, MentionScan& scan);

// Honorifics before a name ("Dr", "Prof.") and job titles (modifiers, then
// heads, then a generic body: "Secretary of the Party Committee"), on free
// tokens.
void MarkTitlesAndHonorifics(const Sentence& sentence, MentionScan& scan);

// Lower-case government bodies ("the municipal Party committee",
// "Jiangmen municipal Party committee") as organizations of kind
// kGovernment, marked TokenRole::kName. "the municipal government", the
// city's own government, is made an anaphor.
void MarkGovernmentBodies(const Sentence& sentence, MentionScan& scan);

// "the group", "our community": an anaphor organization mention (kind from
// the anaphor lexicon) where the noun ends its noun phrase.
void MarkAnaphors(const Sentence& sentence, MentionScan& scan);

// Whether `sentence` is a line of a results table: names and scores only,
// at least two names each followed by a number ("Seattle 9 Baltimore 6").
bool IsResultsLine(const Sentence& sentence, const MentionScan& scan);

// "China State Construction Corporation (hereinafter referred to as
// "CSCEC")": the short name becomes an organization renaming (same_as) the
// organization before the parenthesis.
void LinkHereinafter(const Sentence& sentence, MentionScan& scan);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_MENTION_MARKERS_H_
