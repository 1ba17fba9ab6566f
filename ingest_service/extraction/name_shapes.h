#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_NAME_SHAPES_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_NAME_SHAPES_H_

// Questions about a range of tokens [first, end) of one article as a name,
// answered from its words and the lexicons alone: its organization head
// word, whether it is a whole organization, a known place, an acronym. The
// mention finder (mention_finder.h) asks them while it splits and
// classifies name chunks. Nothing here looks at what earlier passes marked.
//
// A NameShapes holds references to the text, tokens and resources: it must
// not outlive them. Const and thread-compatible. Token indexes outside the
// article are allowed where a check looks around a range (they match
// nothing).

#include <cstdint>
#include <optional>

#include "absl/strings/string_view.h"

#include "ingest_service/extraction/lexicon.h"
#include "ingest_service/extraction/resources.h"
#include "ingest_service/extraction/token_view.h"
#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {

class NameShapes {
 public:
  NameShapes(absl::string_view text, const TokenizedText& tokenized,
             const ExtractionResources& resources)
      : view_(text, tokenized), tokenized_(tokenized), r_(resources) {}

  const TokenView& view() const { return view_; }
  const ExtractionResources& resources() const { return r_; }

  // The longest entry of `lexicon` starting at token `first`, ending
  // before `limit`.
  PhraseLexicon::Match LongestAt(const PhraseLexicon& lexicon, int32_t first,
                                 int32_t limit) const;

  // The head word that decides whether [first, end) is an organization:
  // the last word (before legal suffixes and a closing parenthesis), or a
  // strong head before the first "of" ("Ministry of Education").
  std::optional<OrgHead> HeadOf(int32_t first, int32_t end) const;
  // Token i as a capitalised org head word.
  std::optional<OrgHead> HeadAt(int32_t i) const;

  // An organization by itself: a strong head, a weak head after a proper
  // word, a known organization or an acronym.
  bool IsCompleteOrg(int32_t first, int32_t end) const;
  // A name of its own of any type: an organization, a place, a lone proper
  // word or acronym, a person name.
  bool IsCompleteName(int32_t first, int32_t end) const;
  bool IsStrongOrg(int32_t first, int32_t end) const;
  bool IsKnownOrg(int32_t first, int32_t end) const;
  // A known place, or capitalised words ending in "City", "District"...
  // (data/place_words.txt, SUFFIX).
  bool IsLocation(int32_t first, int32_t end) const;
  bool IsAcronym(int32_t i) const;
  // A single capitalised word that is no common word or place: "Lenovo".
  bool IsProperWord(int32_t first, int32_t end) const;
  // "China, Ltd.": a place followed by legal suffixes only.
  bool IsPlaceWithLegalSuffix(int32_t first, int32_t end) const;
  // "Huashu Technology", "Raincoat Roofing Systems": a weak head names an
  // organization after a proper word, or closing three capitalised words.
  bool IsWeakHeadName(int32_t first, int32_t end) const;
  // "the Party Committee": a body that names no one body by itself.
  bool IsGenericBody(int32_t first, int32_t end) const;
  // Some word that is neither common nor a connector.
  bool HasProperWord(int32_t first, int32_t end) const;
  // Token t is a capitalised word that is neither common nor a title nor a
  // head: a name's own word ("Changan", "Nankang").
  bool IsProperStart(int32_t t) const;

  // A lower-case connector of organization names: "of", "and"
  // (data/name_connectors.txt, JOIN).
  bool IsConnector(int32_t i) const;
  // The period of "Co." or "Ltd.".
  bool IsLegalPeriod(int32_t i) const;
  // An abbreviated legal form: "Co", "Ltd" (data/org_name_words.txt,
  // ABBREVIATED).
  bool IsLegalWord(absl::string_view word) const;

  // The "(" before `close` at or after `first` (the nearest), else `first`.
  int32_t MatchingOpen(int32_t first, int32_t close) const;
  // The first ")" after `open`, before `end`, else -1.
  int32_t MatchingClose(int32_t open, int32_t end) const;

  // Whether the name's noun is a thing's, not a body's ("Practice Base of
  // X"; org_name_words.txt THING).
  bool NamesAThing(int32_t first, int32_t end) const;
  // The head before the first top-level "of" or "for" ("Ministry of
  // Education"), when it is not weak.
  std::optional<OrgHead> HeadBeforeOf(int32_t first, int32_t end) const;

 private:
  TokenView view_;
  const TokenizedText& tokenized_;
  const ExtractionResources& r_;
};

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_NAME_SHAPES_H_
