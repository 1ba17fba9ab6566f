#include "ingest_service/extraction/name_classifier.h"

#include <optional>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"

#include "ingest_service/extraction/person_context.h"
#include "ingest_service/extraction/person_names.h"

namespace partnerlens::extraction {
namespace {

// Whether the token is an inner capital word of a brand ("TapTechNews",
// "SUSTech", "DayDayNews"): upper case after a lower-case letter, or an
// all-caps run followed by a capitalised word inside one token.
bool IsCamelCase(absl::string_view word, const ExtractionResources& r) {
  if (word.size() < 4 ||
      !absl::ascii_isupper(static_cast<unsigned char>(word[0]))) {
    return false;
  }
  // "McDonald": a surname, not a brand.
  for (const std::string& prefix : r.name_connectors().surname_prefixes) {
    if (absl::StartsWith(word, prefix)) return false;
  }
  for (size_t i = 2; i + 1 < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    const auto prev = static_cast<unsigned char>(word[i - 1]);
    const auto next = static_cast<unsigned char>(word[i + 1]);
    if (absl::ascii_isupper(c) && absl::ascii_islower(next) &&
        (absl::ascii_islower(prev) || absl::ascii_isupper(prev))) {
      return true;
    }
  }
  return false;
}

OrgKind GuessKindOfName(absl::string_view word, const ExtractionResources& r) {
  for (const std::string& part : r.org_name_words().media_name_parts) {
    if (absl::StrContains(word, part)) return OrgKind::kMedia;
  }
  return OrgKind::kOther;
}

// "College of Engineering": a head, "of" and common words only.
bool IsFieldUnit(int32_t first, int32_t end, const MentionScan& scan) {
  const TokenView& view = scan.view;
  if (end - first < 3 || !view.IsLower(first + 1, "of") ||
      !view.IsIn(first, scan.resources.org_name_words().field_unit_heads)) {
    return false;
  }
  for (int32_t t = first + 2; t < end; ++t) {
    if (!view.IsWord(t) || !(view.IsLower(t, "and") ||
                             scan.resources.IsCommonWord(view.word(t)))) {
      return false;
    }
  }
  return true;
}

// "Indian Institute of Technology Madras": a university phrase that ends
// the name, or is followed by one word only.
bool HasUniversityPhrase(int32_t first, int32_t end, const MentionScan& scan) {
  const absl::string_view name = scan.view.TextOf(first, end);
  for (const std::string& phrase :
       scan.resources.org_name_words().university_phrases) {
    const size_t at = name.find(phrase);
    if (at == absl::string_view::npos) continue;
    const absl::string_view rest = name.substr(at + phrase.size());
    if (rest.empty() ||
        (rest[0] == ' ' && rest.find(' ', 1) == absl::string_view::npos)) {
      return true;
    }
  }
  return false;
}

// The organization a head word makes of [first, end), or -1 when a weak
// head does not make one.
int32_t OrgFromHead(int32_t first, int32_t end, OrgHead head,
                    MentionScan& scan) {
  if (head.strength == HeadStrength::kWeak &&
      !scan.shapes.IsWeakHeadName(first, end)) {
    return -1;
  }
  if (head.strength == HeadStrength::kUnit) {
    // "Luohu Future School" is a school; "School of Education" a unit.
    const bool named_school =
        head.kind == OrgKind::kSchool && !scan.view.IsLower(first + 1, "of") &&
        !scan.resources.IsCommonWord(scan.view.word(first));
    return scan.mentions.AddOrg(
        first, end, named_school ? OrgKind::kSchool : OrgKind::kDepartment);
  }
  if (IsFieldUnit(first, end, scan)) {
    return scan.mentions.AddOrg(first, end, OrgKind::kDepartment);
  }
  if (head.kind == OrgKind::kResearchInstitute &&
      HasUniversityPhrase(first, end, scan)) {
    return scan.mentions.AddOrg(first, end, OrgKind::kUniversity);
  }
  return scan.mentions.AddOrg(first, end, head.kind);
}

// The number of capitals `word` starts with.
size_t LeadingCapitals(absl::string_view word) {
  size_t caps = 0;
  while (caps < word.size() &&
         absl::ascii_isupper(static_cast<unsigned char>(word[caps]))) {
    ++caps;
  }
  return caps;
}

// "Vice president of USSTZhang Hua": scraped text glues an acronym to the
// surname after it. Returns the acronym's organization mention.
std::optional<int32_t> SplitGluedName(int32_t first, int32_t end,
                                      MentionScan& scan) {
  if (end - first != 2) return std::nullopt;
  const absl::string_view word = scan.view.word(first);
  const size_t caps = LeadingCapitals(word);
  if (caps < 3 || caps >= word.size()) return std::nullopt;
  const absl::string_view surname = word.substr(caps - 1);
  if (!scan.resources.IsChineseSurname(surname) ||
      !IsPinyinGivenName(scan.view.word(first + 1), scan.resources)) {
    return std::nullopt;
  }
  const int32_t begin = scan.view.token(first).span.begin;
  const auto split = static_cast<int32_t>(begin + caps - 1);
  const int32_t org = scan.mentions.AddOrg(first, first + 1, OrgKind::kOther);
  scan.mentions[org].span = Span{begin, split};
  const int32_t person = scan.mentions.Add(MentionType::kPerson, first, end);
  scan.mentions[person].span.begin = split;
  return org;
}

// The mention of [first, end) when its words alone make it an
// organization (or a generic body), else nullopt.
std::optional<int32_t> ClassifyOrgName(int32_t first, int32_t end,
                                       MentionScan& scan) {
  if (std::optional<int32_t> org = SplitGluedName(first, end, scan)) {
    return org;
  }
  if (scan.shapes.IsGenericBody(first, end)) {
    // "the Party Committee" alone names no one body.
    return scan.mentions.Add(MentionType::kProperName, first, end);
  }
  if (std::optional<OrgHead> head = scan.shapes.HeadOf(first, end)) {
    if (int32_t org = OrgFromHead(first, end, *head, scan); org >= 0) {
      return org;
    }
  }
  if (scan.shapes.IsKnownOrg(first, end)) {
    const int32_t kind =
        scan.resources.known_orgs().Find(scan.view.TextOf(first, end), 0);
    return scan.mentions.AddOrg(first, end, static_cast<OrgKind>(kind));
  }
  const absl::string_view word = scan.view.word(first);
  if (end - first == 1 &&
      (scan.shapes.IsAcronym(first) || IsCamelCase(word, scan.resources))) {
    return scan.mentions.AddOrg(first, end,
                                GuessKindOfName(word, scan.resources));
  }
  return std::nullopt;
}

// Whether the name at `first` follows a "Source:" label.
bool NamesTheSource(int32_t first, const MentionScan& scan) {
  return scan.view.Is(first - 1, ":") && scan.view.Is(first - 2, "Source");
}

}  // namespace

int32_t ClassifyName(int32_t first, int32_t end, const Sentence& s,
                     MentionScan& scan) {
  if (std::optional<int32_t> org = ClassifyOrgName(first, end, scan)) {
    return *org;
  }
  const bool location = scan.shapes.IsLocation(first, end);
  if (location && !HasPersonContext(first, end, s, scan)) {
    return scan.mentions.Add(MentionType::kLocation, first, end);
  }
  if (IsPerson(first, end, s, scan)) {
    return scan.mentions.Add(MentionType::kPerson, first, end);
  }
  if (location) return scan.mentions.Add(MentionType::kLocation, first, end);
  if (NamesTheSource(first, scan)) {
    // "Source: Deccan Campus Chronicle": the outlet the story comes from.
    return scan.mentions.AddOrg(first, end, OrgKind::kMedia);
  }
  if (AfterTitleOf(first, scan) && scan.shapes.HasProperWord(first, end)) {
    // "Vice President of Huawei China": the body of a title.
    return scan.mentions.AddOrg(first, end, OrgKind::kDepartment);
  }
  return scan.mentions.Add(MentionType::kProperName, first, end);
}

}  // namespace partnerlens::extraction
