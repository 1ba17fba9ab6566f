#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_RESOURCES_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_RESOURCES_H_

// The lexicons and patterns the extraction reads, loaded once into an
// immutable object. The data files live in ingest_service/extraction/data/
// (under version control, each with its source noted in data/SOURCES.md) and
// are compiled into the binary, so a binary needs no data directory;
// LoadResourcesFromDirectory reads the same files from disk instead, for
// trying out lexicon changes without a rebuild.
//
// Thread-safety: an ExtractionResources is immutable after loading; any
// number of threads may share one.

#include <memory>
#include <optional>
#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

#include "ingest_service/extraction/boilerplate.h"
#include "ingest_service/extraction/lexicon.h"
#include "ingest_service/extraction/tokenizer.h"
#include "ingest_service/extraction/types.h"
#include "ingest_service/extraction/word_lists.h"

namespace partnerlens::extraction {

// How strongly an org head word makes a name an organization
// (data/org_heads.txt).
enum class HeadStrength { kStrong = 0, kWeak = 1, kUnit = 2 };

// An org head word: kind and strength, packed into a lexicon value.
struct OrgHead {
  OrgKind kind = OrgKind::kOther;
  HeadStrength strength = HeadStrength::kStrong;
};
int32_t PackOrgHead(OrgHead head);
OrgHead UnpackOrgHead(int32_t value);

// Role of a title lexicon entry (data/titles.txt).
enum class TitleRole { kHead = 1, kModifier = 2 };

// A title lexicon value: role, and the kind of body it serves, if known.
struct TitleEntry {
  TitleRole role = TitleRole::kHead;
  std::optional<OrgKind> serves;
};
int32_t PackTitleEntry(TitleEntry entry);
TitleEntry UnpackTitleEntry(int32_t value);

// Role of a lower-case government body (data/government_bodies.txt).
enum class GovernmentBodyRole { kBody = 1, kCity = 2 };

// Value of an event cue that names no event ("conference room").
inline constexpr int32_t kNotAnEvent = -1;

// Type of a location lexicon entry (data/locations.txt).
enum class LocationType {
  kCountry = 1,
  kProvince = 2,
  kCity = 3,
  kRegion = 4,
  kDistrict = 5
};

// Lexicons and patterns, parsed. Built only by the Load functions below.
class ExtractionResources {
 public:
  ExtractionResources(const ExtractionResources&) = delete;
  ExtractionResources& operator=(const ExtractionResources&) = delete;

  const Abbreviations& abbreviations() const { return abbreviations_; }
  // Lines that are not the story (data/boilerplate.txt).
  const BoilerplateRules& boilerplate() const { return boilerplate_; }
  // Org head words; values via UnpackOrgHead.
  const PhraseLexicon& org_heads() const { return org_heads_; }
  // Well-known organization names; values are OrgKind.
  const PhraseLexicon& known_orgs() const { return known_orgs_; }
  // Job titles; values via UnpackTitleEntry.
  const PhraseLexicon& titles() const { return titles_; }
  // Bodies that stay inside a title ("party committee").
  const PhraseLexicon& title_bodies() const { return title_bodies_; }
  const PhraseLexicon& honorifics() const { return honorifics_; }
  // Phrases that stand for the story's two parties ("both sides").
  const PhraseLexicon& both_parties() const { return both_parties_; }
  // Nouns that refer back to an organization after "the"; values are
  // OrgKind.
  const PhraseLexicon& anaphors() const { return anaphors_; }
  // Lower-case government bodies; values are GovernmentBodyRole.
  const PhraseLexicon& government_bodies() const { return government_bodies_; }
  // Places; values are LocationType.
  const PhraseLexicon& locations() const { return locations_; }
  const PhraseLexicon& demonyms() const { return demonyms_; }
  // Relation cues; values are PartnershipKind / PartnershipStatus /
  // EventKind or kNotAnEvent.
  const PhraseLexicon& partnership_cues() const { return partnership_cues_; }
  const PhraseLexicon& status_cues() const { return status_cues_; }
  // Words of hope or intent: a relation after them is only DISCUSSED.
  const PhraseLexicon& intent_cues() const { return intent_cues_; }
  const PhraseLexicon& event_cues() const { return event_cues_; }

  // Word lists the rules read (word_lists.h).
  const RelationWords& relation_words() const { return relation_words_; }
  const OrgNameWords& org_name_words() const { return org_name_words_; }
  const NameConnectors& name_connectors() const { return name_connectors_; }
  const PlaceWords& place_words() const { return place_words_; }
  const GovernmentWords& government_words() const { return government_words_; }
  const ContextWords& context_words() const { return context_words_; }

  // Word sets, keyed by ASCII-lower-cased word.
  bool IsGivenName(absl::string_view word) const;
  bool IsAmbiguousGivenName(absl::string_view word) const;
  bool IsSurname(absl::string_view word) const;
  // Surnames that are also common words ("Alley"); need context.
  bool IsAmbiguousSurname(absl::string_view word) const;
  // Known organizations whose names are common words ("Apple"); exact case.
  bool IsAmbiguousOrg(absl::string_view name) const;
  bool IsChineseSurname(absl::string_view word) const;
  bool IsPinyinSyllable(absl::string_view syllable) const;
  bool IsCommonWord(absl::string_view word) const;
  // Exact case: "AI", "IoT".
  bool IsStopAcronym(absl::string_view word) const;
  // Exact case: "Signs", "Agreement" end a name in a headline.
  bool IsNameBreaker(absl::string_view word) const;
  // Exact case: "Technical", "National" may open a name at a sentence start.
  bool IsNameOpener(absl::string_view word) const;

 private:
  friend class ResourceLoader;
  ExtractionResources() = default;

  Abbreviations abbreviations_;
  BoilerplateRules boilerplate_;
  PhraseLexicon org_heads_;
  PhraseLexicon known_orgs_;
  PhraseLexicon titles_;
  PhraseLexicon title_bodies_;
  PhraseLexicon honorifics_;
  PhraseLexicon both_parties_;
  PhraseLexicon anaphors_;
  PhraseLexicon government_bodies_;
  PhraseLexicon locations_;
  PhraseLexicon demonyms_;
  PhraseLexicon partnership_cues_;
  PhraseLexicon status_cues_;
  PhraseLexicon intent_cues_;
  PhraseLexicon event_cues_;
  RelationWords relation_words_;
  OrgNameWords org_name_words_;
  NameConnectors name_connectors_;
  PlaceWords place_words_;
  GovernmentWords government_words_;
  ContextWords context_words_;
  absl::flat_hash_set<std::string> given_names_;
  absl::flat_hash_set<std::string> ambiguous_given_names_;
  absl::flat_hash_set<std::string> surnames_;
  absl::flat_hash_set<std::string> ambiguous_surnames_;
  absl::flat_hash_set<std::string> ambiguous_orgs_;
  absl::flat_hash_set<std::string> chinese_surnames_;
  absl::flat_hash_set<std::string> pinyin_syllables_;
  absl::flat_hash_set<std::string> common_words_;
  absl::flat_hash_set<std::string> stop_acronyms_;
  absl::flat_hash_set<std::string> name_breakers_;
  absl::flat_hash_set<std::string> name_openers_;
};

// Parses the lexicons compiled into the binary. INVALID_ARGUMENT names the
// file and line of a malformed entry (a build with such a file is a bug).
absl::StatusOr<std::unique_ptr<const ExtractionResources>>
LoadBuiltinResources();

// Parses the lexicons from `directory` (same file names as data/).
// NOT_FOUND when a file is missing, INVALID_ARGUMENT when malformed.
absl::StatusOr<std::unique_ptr<const ExtractionResources>>
LoadResourcesFromDirectory(absl::string_view directory);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_RESOURCES_H_
