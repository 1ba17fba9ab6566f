#include "ingest_service/extraction/resources.h"

#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

#include "common/status/status_macros.h"
#include "ingest_service/extraction/embedded_data.h"

namespace partnerlens::extraction {

int32_t PackOrgHead(OrgHead head) {
  return static_cast<int32_t>(head.kind) * 4 +
         static_cast<int32_t>(head.strength);
}

int32_t PackTitleEntry(TitleEntry entry) {
  const int32_t kind =
      entry.serves ? static_cast<int32_t>(*entry.serves) + 1 : 0;
  return static_cast<int32_t>(entry.role) | (kind << 4);
}

TitleEntry UnpackTitleEntry(int32_t value) {
  TitleEntry entry;
  entry.role = static_cast<TitleRole>(value & 0xF);
  const int32_t kind = value >> 4;
  if (kind > 0) entry.serves = static_cast<OrgKind>(kind - 1);
  return entry;
}

OrgHead UnpackOrgHead(int32_t value) {
  return OrgHead{static_cast<OrgKind>(value / 4),
                 static_cast<HeadStrength>(value % 4)};
}

bool ExtractionResources::IsGivenName(absl::string_view word) const {
  return given_names_.contains(LowerAscii(word));
}
bool ExtractionResources::IsAmbiguousGivenName(absl::string_view word) const {
  return ambiguous_given_names_.contains(LowerAscii(word));
}
bool ExtractionResources::IsSurname(absl::string_view word) const {
  return surnames_.contains(LowerAscii(word));
}
bool ExtractionResources::IsChineseSurname(absl::string_view word) const {
  return chinese_surnames_.contains(LowerAscii(word));
}
bool ExtractionResources::IsPinyinSyllable(absl::string_view syllable) const {
  return pinyin_syllables_.contains(LowerAscii(syllable));
}
bool ExtractionResources::IsAmbiguousSurname(absl::string_view word) const {
  return ambiguous_surnames_.contains(LowerAscii(word));
}
bool ExtractionResources::IsAmbiguousOrg(absl::string_view name) const {
  return ambiguous_orgs_.contains(std::string(name));
}
bool ExtractionResources::IsCommonWord(absl::string_view word) const {
  return common_words_.contains(LowerAscii(word));
}
bool ExtractionResources::IsNameOpener(absl::string_view word) const {
  return name_openers_.contains(std::string(word));
}
bool ExtractionResources::IsNameBreaker(absl::string_view word) const {
  return name_breakers_.contains(std::string(word));
}
bool ExtractionResources::IsStopAcronym(absl::string_view word) const {
  return stop_acronyms_.contains(std::string(word));
}

namespace {

// Returns a file's contents by base name; NOT_FOUND when absent.
using FileSource =
    std::function<absl::StatusOr<std::string>(absl::string_view name)>;

absl::StatusOr<int32_t> ParseOrgHeadValue(absl::string_view value) {
  std::vector<absl::string_view> parts = absl::StrSplit(value, '\t');
  if (parts.size() != 2) {
    return absl::InvalidArgumentError("want KIND<TAB>STRENGTH");
  }
  std::optional<OrgKind> kind = OrgKindFromName(parts[0]);
  if (!kind) return absl::InvalidArgumentError("unknown kind");
  HeadStrength strength = HeadStrength::kStrong;
  if (parts[1] == "weak") {
    strength = HeadStrength::kWeak;
  } else if (parts[1] == "unit") {
    strength = HeadStrength::kUnit;
  } else if (parts[1] != "strong") {
    return absl::InvalidArgumentError("strength must be strong|weak|unit");
  }
  return PackOrgHead(OrgHead{*kind, strength});
}

template <typename Enum>
std::function<absl::StatusOr<int32_t>(absl::string_view)> EnumParser(
    std::optional<Enum> (*from_name)(absl::string_view)) {
  return [from_name](absl::string_view value) -> absl::StatusOr<int32_t> {
    std::optional<Enum> parsed = from_name(value);
    if (!parsed) {
      return absl::InvalidArgumentError(absl::StrCat("unknown value ", value));
    }
    return static_cast<int32_t>(*parsed);
  };
}

// An EventKind, or kNotAnEvent for "NONE".
absl::StatusOr<int32_t> ParseEventCue(absl::string_view value) {
  if (value == "NONE") return kNotAnEvent;
  return EnumParser<EventKind>(&EventKindFromName)(value);
}

absl::StatusOr<int32_t> ParseGovernmentRole(absl::string_view value) {
  if (value == "BODY") return static_cast<int32_t>(GovernmentBodyRole::kBody);
  if (value == "CITY") return static_cast<int32_t>(GovernmentBodyRole::kCity);
  return absl::InvalidArgumentError("role must be BODY|CITY");
}

absl::StatusOr<int32_t> ParseTitleRole(absl::string_view value) {
  std::vector<absl::string_view> parts = absl::StrSplit(value, '\t');
  TitleEntry entry;
  if (parts[0] == "modifier") {
    entry.role = TitleRole::kModifier;
  } else if (parts[0] != "head") {
    return absl::InvalidArgumentError("role must be head|modifier");
  }
  if (parts.size() > 1) {
    entry.serves = OrgKindFromName(parts[1]);
    if (!entry.serves) return absl::InvalidArgumentError("unknown kind");
  }
  return PackTitleEntry(entry);
}

absl::StatusOr<int32_t> ParseLocationType(absl::string_view value) {
  static const auto* const types =
      new absl::flat_hash_map<std::string, LocationType>{
          {"COUNTRY", LocationType::kCountry},
          {"PROVINCE", LocationType::kProvince},
          {"CITY", LocationType::kCity},
          {"REGION", LocationType::kRegion},
          {"DISTRICT", LocationType::kDistrict}};
  auto it = types->find(value);
  if (it == types->end()) return absl::InvalidArgumentError("unknown type");
  return static_cast<int32_t>(it->second);
}

absl::StatusOr<int32_t> ParseKnownOrgValue(absl::string_view value) {
  return EnumParser<OrgKind>(&OrgKindFromName)(value);
}

// Lower-cased first column of every entry line.
absl::flat_hash_set<std::string> ParseWordSet(absl::string_view contents,
                                              bool lower) {
  absl::flat_hash_set<std::string> out;
  for (absl::string_view line : absl::StrSplit(contents, '\n')) {
    line = absl::StripAsciiWhitespace(line);
    if (line.empty() || line[0] == '#') continue;
    absl::string_view word = line.substr(0, line.find('\t'));
    out.insert(lower ? LowerAscii(word) : std::string(word));
  }
  return out;
}

}  // namespace

class ResourceLoader {
 public:
  explicit ResourceLoader(FileSource source) : source_(std::move(source)) {}

  absl::StatusOr<std::unique_ptr<const ExtractionResources>> Load() {
    auto r = std::unique_ptr<ExtractionResources>(new ExtractionResources());
    PARTNERLENS_ASSIGN_OR_RETURN(std::string abbreviations,
                                 source_("abbreviations.txt"));
    PARTNERLENS_ASSIGN_OR_RETURN(r->abbreviations_,
                                 ParseAbbreviations(abbreviations));
    PARTNERLENS_ASSIGN_OR_RETURN(std::string boilerplate,
                                 source_("boilerplate.txt"));
    PARTNERLENS_ASSIGN_OR_RETURN(r->boilerplate_,
                                 ParseBoilerplateRules(boilerplate));
    PARTNERLENS_RETURN_IF_ERROR(LoadLexicons(*r));
    PARTNERLENS_RETURN_IF_ERROR(LoadWordSets(*r));
    PARTNERLENS_RETURN_IF_ERROR(LoadWordLists(*r));
    // The tokenizer reads only the abbreviations, so it gets its copy.
    r->abbreviations_.following_legal_forms =
        r->org_name_words_.following_legal_forms;
    return std::unique_ptr<const ExtractionResources>(std::move(r));
  }

 private:
  absl::Status LoadLexicons(ExtractionResources& r) {
    PARTNERLENS_RETURN_IF_ERROR(
        Lexicon("org_heads.txt", 2, &ParseOrgHeadValue, r.org_heads_));
    PARTNERLENS_RETURN_IF_ERROR(
        Lexicon("titles.txt", 2, &ParseTitleRole, r.titles_));
    PARTNERLENS_RETURN_IF_ERROR(
        Lexicon("title_bodies.txt", 1, {}, r.title_bodies_));
    PARTNERLENS_RETURN_IF_ERROR(
        Lexicon("honorifics.txt", 1, {}, r.honorifics_));
    PARTNERLENS_RETURN_IF_ERROR(
        Lexicon("intent_cues.txt", 1, {}, r.intent_cues_));
    PARTNERLENS_RETURN_IF_ERROR(
        Lexicon("both_parties.txt", 1, {}, r.both_parties_));
    PARTNERLENS_RETURN_IF_ERROR(
        Lexicon("anaphors.txt", 2, &ParseKnownOrgValue, r.anaphors_));
    PARTNERLENS_RETURN_IF_ERROR(Lexicon("government_bodies.txt", 2,
                                        &ParseGovernmentRole,
                                        r.government_bodies_));
    PARTNERLENS_RETURN_IF_ERROR(
        Lexicon("partnership_cues.txt", 2,
                EnumParser<PartnershipKind>(&PartnershipKindFromName),
                r.partnership_cues_));
    PARTNERLENS_RETURN_IF_ERROR(
        Lexicon("status_cues.txt", 2,
                EnumParser<PartnershipStatus>(&PartnershipStatusFromName),
                r.status_cues_));
    PARTNERLENS_RETURN_IF_ERROR(
        Lexicon("event_cues.txt", 2, &ParseEventCue, r.event_cues_));
    PARTNERLENS_RETURN_IF_ERROR(
        Lexicon("locations.txt", 2, &ParseLocationType, r.locations_));
    PARTNERLENS_RETURN_IF_ERROR(
        Lexicon("organizations.txt", 2, &ParseKnownOrgValue, r.known_orgs_));
    PARTNERLENS_RETURN_IF_ERROR(AddSportsClubs(r.known_orgs_));
    return Lexicon("demonyms.txt", 1, {}, r.demonyms_);
  }

  // Sports clubs (data/sports_clubs.txt, "name<TAB>sport") are
  // organizations of kind OTHER.
  absl::Status AddSportsClubs(PhraseLexicon& known) {
    PARTNERLENS_ASSIGN_OR_RETURN(std::string contents,
                                 source_("sports_clubs.txt"));
    for (absl::string_view line : absl::StrSplit(contents, '\n')) {
      line = absl::StripAsciiWhitespace(line);
      if (line.empty() || line[0] == '#') continue;
      known.Add(line.substr(0, line.find('\t')),
                static_cast<int32_t>(OrgKind::kOther));
    }
    return absl::OkStatus();
  }

  absl::Status LoadWordSets(ExtractionResources& r) {
    PARTNERLENS_RETURN_IF_ERROR(
        ReadWordSet("given_names.txt", true, r.given_names_));
    PARTNERLENS_RETURN_IF_ERROR(ReadWordSet("given_names_ambiguous.txt", true,
                                            r.ambiguous_given_names_));
    PARTNERLENS_RETURN_IF_ERROR(ReadWordSet("surnames.txt", true, r.surnames_));
    PARTNERLENS_RETURN_IF_ERROR(
        ReadWordSet("surnames_ambiguous.txt", true, r.ambiguous_surnames_));
    PARTNERLENS_RETURN_IF_ERROR(
        ReadWordSet("organizations_ambiguous.txt", false, r.ambiguous_orgs_));
    PARTNERLENS_RETURN_IF_ERROR(
        ReadWordSet("chinese_surnames.txt", true, r.chinese_surnames_));
    PARTNERLENS_RETURN_IF_ERROR(
        ReadWordSet("pinyin_syllables.txt", true, r.pinyin_syllables_));
    PARTNERLENS_RETURN_IF_ERROR(
        ReadWordSet("common_words.txt", true, r.common_words_));
    PARTNERLENS_RETURN_IF_ERROR(
        ReadWordSet("name_breakers.txt", false, r.name_breakers_));
    PARTNERLENS_RETURN_IF_ERROR(
        ReadWordSet("name_openers.txt", false, r.name_openers_));
    return ReadWordSet("acronym_stoplist.txt", false, r.stop_acronyms_);
  }

  absl::Status LoadWordLists(ExtractionResources& r) {
    PARTNERLENS_RETURN_IF_ERROR(ReadWordLists(
        "relation_words.txt", &ParseRelationWords, r.relation_words_));
    PARTNERLENS_RETURN_IF_ERROR(ReadWordLists(
        "org_name_words.txt", &ParseOrgNameWords, r.org_name_words_));
    PARTNERLENS_RETURN_IF_ERROR(ReadWordLists(
        "name_connectors.txt", &ParseNameConnectors, r.name_connectors_));
    PARTNERLENS_RETURN_IF_ERROR(
        ReadWordLists("place_words.txt", &ParsePlaceWords, r.place_words_));
    PARTNERLENS_RETURN_IF_ERROR(ReadWordLists(
        "government_words.txt", &ParseGovernmentWords, r.government_words_));
    return ReadWordLists("context_words.txt", &ParseContextWords,
                         r.context_words_);
  }

  template <typename Parsed>
  absl::Status ReadWordLists(absl::string_view name,
                             absl::StatusOr<Parsed> (*parse)(absl::string_view),
                             Parsed& out) {
    PARTNERLENS_ASSIGN_OR_RETURN(std::string contents, source_(name));
    PARTNERLENS_ASSIGN_OR_RETURN(out, parse(contents));
    return absl::OkStatus();
  }

  absl::Status Lexicon(
      absl::string_view name, int columns,
      const std::function<absl::StatusOr<int32_t>(absl::string_view)>& parse,
      PhraseLexicon& out) {
    PARTNERLENS_ASSIGN_OR_RETURN(std::string contents, source_(name));
    PARTNERLENS_ASSIGN_OR_RETURN(out,
                                 ParseLexicon(name, contents, columns, parse));
    return absl::OkStatus();
  }

  absl::Status ReadWordSet(absl::string_view name, bool lower,
                           absl::flat_hash_set<std::string>& out) {
    PARTNERLENS_ASSIGN_OR_RETURN(std::string contents, source_(name));
    out = ParseWordSet(contents, lower);
    return absl::OkStatus();
  }

  FileSource source_;
};

absl::StatusOr<std::unique_ptr<const ExtractionResources>>
LoadBuiltinResources() {
  return ResourceLoader(
             [](absl::string_view name) -> absl::StatusOr<std::string> {
               for (int i = 0; i < kEmbeddedFileCount; ++i) {
                 if (name == kEmbeddedFiles[i].name) {
                   return std::string(kEmbeddedFiles[i].contents);
                 }
               }
               return absl::NotFoundError(
                   absl::StrCat("no built-in data file ", name));
             })
      .Load();
}

absl::StatusOr<std::unique_ptr<const ExtractionResources>>
LoadResourcesFromDirectory(absl::string_view directory) {
  const std::string dir(directory);
  return ResourceLoader(
             [dir](absl::string_view name) -> absl::StatusOr<std::string> {
               std::ifstream in(absl::StrCat(dir, "/", name), std::ios::binary);
               if (!in) {
                 return absl::NotFoundError(
                     absl::StrCat("cannot read ", dir, "/", name));
               }
               std::ostringstream contents;
               contents << in.rdbuf();
               return contents.str();
             })
      .Load();
}

}  // namespace partnerlens::extraction
