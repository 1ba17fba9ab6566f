#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_WORD_LISTS_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_WORD_LISTS_H_

// The small word lists that rules read beside the phrase lexicons: verbs of
// holding an event, legal forms, name connectors, place nouns, government
// suffixes, speech verbs. Each file of data/ below holds several lists, one
// entry per line:
//
//   ENTRY<TAB>LIST[,LIST...]
//
// with '#' comment lines; an entry may belong to several lists. Each list
// is kept as the rules compare it: lower-case lists hold ASCII-lower-cased
// entries and are looked up with a lower-cased token; exact lists are looked
// up with the token as written.
//
// Built once while loading ExtractionResources; immutable afterwards.

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace partnerlens::extraction {

using WordSet = absl::flat_hash_set<std::string>;

// data/relation_words.txt, lower case: words the event, partnership and
// position rules read around their cues.
struct RelationWords {
  // HELD: verbs that report an event as taking place ("held", "hosted").
  WordSet held;
  // HELD_PREPOSITION: prepositions that put a definite event noun in the
  // story ("During the meeting", "At the summit").
  WordSet held_prepositions;
  // EVENT_VERB: event cues that are verbs, reporting an event by themselves.
  WordSet event_verbs;
  // EVENT_NAME_STOP: words that end an event name on its left.
  WordSet event_name_stops;
  // GENERIC_EVENT: event nouns that may refer back to an event of another
  // kind ("the conference").
  WordSet generic_events;
  // PAIRWISE: words that make a list of partners pairwise ("a series of
  // agreements").
  WordSet pairwise;
  // STRATEGIC: words that make an agreement a general one by name
  // ("strategic cooperation", "framework agreement").
  WordSet strategic;
  // APPOINTMENT: verbs between "was" and a title ("was elected chairman").
  WordSet appointment;
  // CREATION: verbs that create their object ("set up", "unveiled").
  WordSet creation;
  // FACILITY: nouns of things a partnership makes ("the centre").
  WordSet facilities;
  // SAME_DAY: nouns after "same" that mean a day told before ("the same
  // day", "the same ceremony").
  WordSet same_day;
  // ANCHOR: prepositions that open a sentence on a told event and put the
  // sentence on its day ("After the signing, ...").
  WordSet anchors;
};

// data/org_name_words.txt, exact case: legal forms, company words and media
// words of organization names.
struct OrgNameWords {
  // ABBREVIATED: short legal forms, whose period ends no name ("Co.");
  // a name's head word is looked for before them.
  WordSet abbreviated_legal_forms;
  // FOLLOWING: legal forms that may follow another after a comma or a
  // period ("Co., Ltd.", "Co. Ltd").
  WordSet following_legal_forms;
  // REGISTERED: legal forms that mark a company's registered name.
  WordSet registered_legal_forms;
  // AFTER_PLACE: legal forms that may follow a place in a company name
  // ("China, Ltd.").
  WordSet legal_forms_after_place;
  // SHORT_NAME: words after which a short name still names the company
  // ("Huashu Group").
  WordSet short_name_heads;
  // ACRONYM, lower case: words an acronym may leave out ("GJI" for
  // "Guangjin International Group").
  WordSet acronym_skips;
  // MEDIA: inside one brand word ("TapTechNews"), a media outlet's name.
  std::vector<std::string> media_name_parts;
  // FIELD_UNIT: heads that name a university's unit when only "of" and a
  // field of study follow ("College of Engineering").
  WordSet field_unit_heads;
  // ACADEMIC_UNIT: heads that open the name of a university's unit ("School
  // of Law"); such a unit without a stated parent belongs to the article's
  // only university.
  WordSet academic_unit_heads;
  // UNIVERSITY_PHRASE: phrases that make an institute a university when
  // they end its name, or only a place follows ("Institute of Technology").
  std::vector<std::string> university_phrases;
  // LEADING: heads that open a name in other languages ("Hochschule X").
  WordSet leading_heads;
  // DESCRIBER: "-based" in "Winnipeg-based X": no part of the name.
  WordSet describers;
  // THING: "Base" in "Practice Base of X": the name is of no body.
  WordSet things;
};

// data/name_connectors.txt: small words inside names.
struct NameConnectors {
  // JOIN, lower case: connectors that join the capitalised words of an
  // organization name ("School of Computer Science").
  WordSet joining;
  // PARTICLE, lower case: particles inside personal and foreign names
  // ("van", "de"), which join a name chunk as connectors do.
  WordSet particles;
  // ACRONYM, lower case: words an acronym may leave out ("USST" for
  // "University of Shanghai for Science and Technology").
  WordSet acronym_skips;
  // SURNAME_PREFIX, exact case: a capitalised word starting with one is a
  // surname ("McDonald"), not a brand written in camel case.
  std::vector<std::string> surname_prefixes;
};

// data/place_words.txt, lower case.
struct PlaceWords {
  // SUFFIX: capitalised words ending in one name a place ("Binhai
  // District").
  WordSet suffixes;
  // LANDMARK: nouns that end place names, not family names ("Grace Road").
  WordSet landmarks;
};

// data/government_words.txt.
struct GovernmentWords {
  // KEY_SUFFIX, exact case, longest first: dropped from a government's name
  // when a known place remains, so that "Tianjin Municipal Government" and
  // "Tianjin" are one government.
  std::vector<std::string> key_suffixes;
  // CITY_ANAPHOR, lower case: a government anaphor that is one of these
  // words ("the municipality") stands for the story's city.
  WordSet city_anaphors;
  // CITY_ANAPHOR_PART, lower case: so does one that contains one of these
  // ("the municipal government").
  std::vector<std::string> city_anaphor_parts;
};

// data/context_words.txt, lower case: words next to a name or noun that
// tell how to read it.
struct ContextWords {
  // SPEECH: verbs that make the name before or after them a person's ("X
  // said").
  WordSet speech_verbs;
  // AFTER_NOUN: function words and auxiliaries that end a noun phrase ("the
  // group will ...").
  WordSet after_noun;
  // CREDIT: words that credit the article's staff ("By X |", "Reporter X").
  WordSet credit;
};

// The entries of each list of one word-list file, in file order, by list
// name.
using WordLists = absl::flat_hash_map<std::string, std::vector<std::string>>;

// Parses a word-list file. Every name of `lists` is a key of the result
// (empty when no line names it). INVALID_ARGUMENT names "file:line" for a
// line without exactly two columns, an empty entry or list, or a list not
// in `lists`.
absl::StatusOr<WordLists> ParseWordLists(
    absl::string_view file_name, absl::string_view contents,
    absl::Span<const absl::string_view> lists);

// `entries` as a set, ASCII-lower-cased when `lower`.
WordSet ToWordSet(absl::Span<const std::string> entries, bool lower);

// The files above, parsed; errors as ParseWordLists.
absl::StatusOr<RelationWords> ParseRelationWords(absl::string_view contents);
absl::StatusOr<OrgNameWords> ParseOrgNameWords(absl::string_view contents);
absl::StatusOr<NameConnectors> ParseNameConnectors(absl::string_view contents);
absl::StatusOr<PlaceWords> ParsePlaceWords(absl::string_view contents);
absl::StatusOr<GovernmentWords> ParseGovernmentWords(
    absl::string_view contents);
absl::StatusOr<ContextWords> ParseContextWords(absl::string_view contents);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_WORD_LISTS_H_
