#include "ingest_service/extraction/word_lists.h"

#include <algorithm>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

#include "common/status/status_macros.h"
#include "ingest_service/extraction/lexicon.h"

namespace partnerlens::extraction {
namespace {

// Adds the entry of one ENTRY<TAB>LIST[,LIST...] line to its lists; the
// error says what is wrong with the line.
absl::Status AddLine(absl::string_view line, WordLists& out) {
  std::vector<absl::string_view> fields = absl::StrSplit(line, '\t');
  if (fields.size() != 2) {
    return absl::InvalidArgumentError("expected 2 columns");
  }
  const absl::string_view entry = absl::StripAsciiWhitespace(fields[0]);
  if (entry.empty()) return absl::InvalidArgumentError("empty entry");
  for (absl::string_view list : absl::StrSplit(fields[1], ',')) {
    list = absl::StripAsciiWhitespace(list);
    auto it = out.find(list);
    if (it == out.end()) {
      return absl::InvalidArgumentError(
          absl::StrCat("unknown list '", list, "'"));
    }
    it->second.emplace_back(entry);
  }
  return absl::OkStatus();
}

// `entries` ordered longest first (stable among equals).
std::vector<std::string> LongestFirst(std::vector<std::string> entries) {
  std::stable_sort(entries.begin(), entries.end(),
                   [](const std::string& a, const std::string& b) {
                     return a.size() > b.size();
                   });
  return entries;
}

std::vector<std::string> Lowered(const std::vector<std::string>& entries) {
  std::vector<std::string> out;
  out.reserve(entries.size());
  for (const std::string& entry : entries) out.push_back(LowerAscii(entry));
  return out;
}

}  // namespace

absl::StatusOr<WordLists> ParseWordLists(
    absl::string_view file_name, absl::string_view contents,
    absl::Span<const absl::string_view> lists) {
  WordLists out;
  for (absl::string_view list : lists) out[std::string(list)];
  int line_number = 0;
  for (absl::string_view line : absl::StrSplit(contents, '\n')) {
    ++line_number;
    line = absl::StripAsciiWhitespace(line);
    if (line.empty() || line[0] == '#') continue;
    const absl::Status added = AddLine(line, out);
    if (!added.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat(file_name, ":", line_number, ": ", added.message()));
    }
  }
  return out;
}

WordSet ToWordSet(absl::Span<const std::string> entries, bool lower) {
  WordSet out;
  for (const std::string& entry : entries) {
    out.insert(lower ? LowerAscii(entry) : entry);
  }
  return out;
}

absl::StatusOr<RelationWords> ParseRelationWords(absl::string_view contents) {
  PARTNERLENS_ASSIGN_OR_RETURN(
      WordLists lists,
      ParseWordLists(
          "relation_words.txt", contents,
          {"HELD", "HELD_PREPOSITION", "EVENT_VERB", "EVENT_NAME_STOP",
           "GENERIC_EVENT", "PAIRWISE", "STRATEGIC", "APPOINTMENT", "CREATION",
           "ANCHOR", "FACILITY", "SAME_DAY"}));
  RelationWords out;
  out.held = ToWordSet(lists["HELD"], true);
  out.held_prepositions = ToWordSet(lists["HELD_PREPOSITION"], true);
  out.event_verbs = ToWordSet(lists["EVENT_VERB"], true);
  out.event_name_stops = ToWordSet(lists["EVENT_NAME_STOP"], true);
  out.generic_events = ToWordSet(lists["GENERIC_EVENT"], true);
  out.pairwise = ToWordSet(lists["PAIRWISE"], true);
  out.strategic = ToWordSet(lists["STRATEGIC"], true);
  out.appointment = ToWordSet(lists["APPOINTMENT"], true);
  out.creation = ToWordSet(lists["CREATION"], true);
  out.anchors = ToWordSet(lists["ANCHOR"], true);
  out.facilities = ToWordSet(lists["FACILITY"], true);
  out.same_day = ToWordSet(lists["SAME_DAY"], true);
  return out;
}

absl::StatusOr<OrgNameWords> ParseOrgNameWords(absl::string_view contents) {
  PARTNERLENS_ASSIGN_OR_RETURN(
      WordLists lists,
      ParseWordLists(
          "org_name_words.txt", contents,
          {"ABBREVIATED", "FOLLOWING", "REGISTERED", "AFTER_PLACE",
           "SHORT_NAME", "ACRONYM", "MEDIA", "FIELD_UNIT", "ACADEMIC_UNIT",
           "UNIVERSITY_PHRASE", "LEADING", "DESCRIBER", "THING"}));
  OrgNameWords out;
  out.abbreviated_legal_forms = ToWordSet(lists["ABBREVIATED"], false);
  out.following_legal_forms = ToWordSet(lists["FOLLOWING"], false);
  out.registered_legal_forms = ToWordSet(lists["REGISTERED"], false);
  out.legal_forms_after_place = ToWordSet(lists["AFTER_PLACE"], false);
  out.short_name_heads = ToWordSet(lists["SHORT_NAME"], false);
  out.acronym_skips = ToWordSet(lists["ACRONYM"], true);
  out.media_name_parts = std::move(lists["MEDIA"]);
  out.field_unit_heads = ToWordSet(lists["FIELD_UNIT"], false);
  out.academic_unit_heads = ToWordSet(lists["ACADEMIC_UNIT"], false);
  out.university_phrases = std::move(lists["UNIVERSITY_PHRASE"]);
  out.leading_heads = ToWordSet(lists["LEADING"], false);
  out.describers = ToWordSet(lists["DESCRIBER"], false);
  out.things = ToWordSet(lists["THING"], false);
  return out;
}

absl::StatusOr<NameConnectors> ParseNameConnectors(absl::string_view contents) {
  PARTNERLENS_ASSIGN_OR_RETURN(
      WordLists lists,
      ParseWordLists("name_connectors.txt", contents,
                     {"JOIN", "PARTICLE", "ACRONYM", "SURNAME_PREFIX"}));
  NameConnectors out;
  out.joining = ToWordSet(lists["JOIN"], true);
  out.particles = ToWordSet(lists["PARTICLE"], true);
  out.acronym_skips = ToWordSet(lists["ACRONYM"], true);
  out.surname_prefixes = std::move(lists["SURNAME_PREFIX"]);
  return out;
}

absl::StatusOr<PlaceWords> ParsePlaceWords(absl::string_view contents) {
  PARTNERLENS_ASSIGN_OR_RETURN(
      WordLists lists,
      ParseWordLists("place_words.txt", contents, {"SUFFIX", "LANDMARK"}));
  PlaceWords out;
  out.suffixes = ToWordSet(lists["SUFFIX"], true);
  out.landmarks = ToWordSet(lists["LANDMARK"], true);
  return out;
}

absl::StatusOr<GovernmentWords> ParseGovernmentWords(
    absl::string_view contents) {
  PARTNERLENS_ASSIGN_OR_RETURN(
      WordLists lists,
      ParseWordLists("government_words.txt", contents,
                     {"KEY_SUFFIX", "CITY_ANAPHOR", "CITY_ANAPHOR_PART"}));
  GovernmentWords out;
  out.key_suffixes = LongestFirst(std::move(lists["KEY_SUFFIX"]));
  out.city_anaphors = ToWordSet(lists["CITY_ANAPHOR"], true);
  out.city_anaphor_parts = Lowered(lists["CITY_ANAPHOR_PART"]);
  return out;
}

absl::StatusOr<ContextWords> ParseContextWords(absl::string_view contents) {
  PARTNERLENS_ASSIGN_OR_RETURN(
      WordLists lists, ParseWordLists("context_words.txt", contents,
                                      {"SPEECH", "AFTER_NOUN", "CREDIT"}));
  ContextWords out;
  out.speech_verbs = ToWordSet(lists["SPEECH"], true);
  out.after_noun = ToWordSet(lists["AFTER_NOUN"], true);
  out.credit = ToWordSet(lists["CREDIT"], true);
  return out;
}

}  // namespace partnerlens::extraction
