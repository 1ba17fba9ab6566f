#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_TYPES_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_TYPES_H_

// Plain value types that flow through the extraction pipeline:
//
//   ArticleInput -> NormalizedText -> TokenizedText -> Mentions
//     -> ResolvedEntities -> Relations -> ArticleRecords
//
// Offsets are byte offsets into NormalizedText::text, half-open [begin, end).
// Stages refer to each other's output by index, never by pointer, so every
// value here can be copied, compared and printed on its own.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace partnerlens::extraction {

// A half-open byte range [begin, end) of the normalised text.
struct Span {
  int32_t begin = 0;
  int32_t end = 0;

  int32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
  friend auto operator<=>(const Span&, const Span&) = default;
};

// How submitted content is encoded.
enum class ContentFormat {
  kGuess,  // HTML when it starts with markup, else plain text
  kText,
  kHtml,
};

// One article as submitted.
struct ArticleInput {
  // The submitted bytes (UTF-8; invalid sequences become U+FFFD).
  std::string content;
  ContentFormat format = ContentFormat::kGuess;
  // ISO 8601 publication date the caller knows ("2024-05-17"), or empty.
  std::string published_date;
};

// Maps a stretch of normalised text back to the submitted content: from
// `normalized` onwards, normalised byte n came from submitted byte
// `source + (n - normalized)` until the next anchor.
struct OffsetAnchor {
  int32_t normalized = 0;
  int32_t source = 0;
};

// Stage 1 output: the story text, boilerplate dropped, Unicode NFKC,
// quotes, dashes and spaces unified, paragraphs separated by "\n".
struct NormalizedText {
  std::string text;
  // Sorted by `normalized`; first anchor is {0, x}.
  std::vector<OffsetAnchor> anchors;
  // Whether the content was read as HTML.
  bool was_html = false;
  // Title of an HTML page (<title> or first <h1>), empty when none.
  std::string title;
  // The publication date an HTML page declares in its <meta> tags
  // (html_meta.h), ISO 8601; empty when none.
  std::string page_date;
};

// Orthographic facts about one token, as bit flags.
enum TokenFlag : uint32_t {
  kTokenWord = 1U << 0,            // letters (possibly with digits, - or ')
  kTokenNumber = 1U << 1,          // digits only
  kTokenPunct = 1U << 2,           // one punctuation character
  kTokenCapitalized = 1U << 3,     // first letter upper case
  kTokenAllCaps = 1U << 4,         // two or more letters, all upper case
  kTokenParagraphStart = 1U << 5,  // first token after a blank line
};

// One token of the normalised text.
struct Token {
  Span span;
  uint32_t flags = 0;
};

// One sentence: tokens [first_token, end_token) and its byte span.
struct Sentence {
  Span span;
  int32_t first_token = 0;
  int32_t end_token = 0;
};

// Stage 2 output.
struct TokenizedText {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

// The kind of an organization, as FORMAT.md defines it.
enum class OrgKind {
  kUniversity,
  kDepartment,
  kSchool,
  kCompany,
  kGovernment,
  kResearchInstitute,
  kAlliance,
  kMedia,
  kOther,
};

enum class EventKind { kMeeting, kSigning, kCeremony, kForum, kVisit, kOther };

enum class PartnershipKind {
  kStrategicCooperation,
  kTalentTraining,
  kInternshipBase,
  kJointLab,
  kPostdoctoralWorkstation,
  kResearchCooperation,
  kMembership,
  kInvestment,
  kOther,
};

enum class PartnershipStatus { kDiscussed, kAgreed, kOngoing };

// What a mention names.
enum class MentionType {
  kOrganization,
  kPerson,
  kTitle,       // a job title ("Vice President", "deputy mayor")
  kDate,        // a date or time expression
  kLocation,    // a city, province, country or venue
  kHonorific,   // "Mr", "Dr.", "Prof." before a name
  kProperName,  // a capitalised name of unknown type ("Huawei", "Jiang")
};

// Stage 3 output item: one mention in the text.
struct Mention {
  MentionType type = MentionType::kOrganization;
  Span span;
  // Tokens [first_token, end_token) covered.
  int32_t first_token = 0;
  int32_t end_token = 0;
  // Organizations only: the kind the name suggests.
  OrgKind org_kind = OrgKind::kOther;
  // Dates only: ISO 8601 value as far as the text fixes it, resolved against
  // the article's reference date ("2022-11-09", "--04-17", "2022").
  std::string date_value;
  // Organizations: index in Mentions::items of the body this one belongs to
  // as the same phrase states it ("School of X at <parent>"), or -1.
  int32_t parent = -1;
  // Index in Mentions::items of a mention the same phrase renames
  // ("Vocational Training Council (VTC)": VTC -> the council), or -1.
  int32_t same_as = -1;
  // Organizations: "the group", "the community": a reference back to an
  // organization of `org_kind`, not a name.
  bool anaphor = false;
};

// Stage 3 output.
struct Mentions {
  // Sorted by span begin, then longest first. Organization mentions may
  // nest ("Zhejiang University of Technology" inside "School of Computer
  // Science at Zhejiang University of Technology"); other types do not
  // overlap.
  std::vector<Mention> items;
  // Publication date the text itself shows (dateline, "Updated: ..."), ISO
  // 8601, or empty.
  std::string text_published_date;
};

// One organization after resolution within the article.
struct OrgEntity {
  std::string name;  // fullest form the article gives
  OrgKind kind = OrgKind::kOther;
  std::vector<std::string> aliases;  // other forms used, in text order
  int32_t parent = -1;               // index into ResolvedEntities::orgs
  std::vector<Span> mentions;
};

// One person after resolution within the article.
struct PersonEntity {
  std::string name;
  std::vector<Span> mentions;
};

// Stage 4 output.
struct ResolvedEntities {
  std::vector<OrgEntity> orgs;
  std::vector<PersonEntity> people;
  // For each Mentions::items entry: what it turned out to name (an unknown
  // proper name may resolve to an organization, a place to a government).
  std::vector<MentionType> mention_type;
  // For each Mentions::items entry: the index in `orgs` (organizations) or
  // `people` (persons) it resolves to, or -1.
  std::vector<int32_t> mention_entity;
};

// A title held by a person in an organization.
struct PositionRelation {
  int32_t person = 0;  // index into ResolvedEntities::people
  std::string title;
  int32_t org = -1;  // index into ResolvedEntities::orgs, -1 when none
  Span evidence;
};

struct EventRelation {
  EventKind kind = EventKind::kOther;
  std::string name;
  std::string date;      // ISO 8601 as far as fixed, or empty
  std::string location;  // as written, or empty
  std::vector<int32_t> orgs;
  std::vector<int32_t> people;
  Span evidence;
};

struct PartnershipRelation {
  std::vector<int32_t> orgs;  // two or more, no duplicates
  PartnershipKind kind = PartnershipKind::kOther;
  PartnershipStatus status = PartnershipStatus::kAgreed;
  std::string date;
  Span evidence;
};

// Stage 5 output.
struct Relations {
  std::vector<PositionRelation> positions;
  std::vector<EventRelation> events;
  std::vector<PartnershipRelation> partnerships;
};

// Final records, shaped as FORMAT.md: organizations are referred to by
// name, which is the `name` of an OrganizationRecord.
struct OrganizationRecord {
  std::string name;
  OrgKind kind = OrgKind::kOther;
  std::vector<std::string> aliases;
  std::string parent;
  std::vector<Span> mentions;
};

struct PositionRecord {
  std::string title;
  std::string organization;
  std::vector<Span> evidence;
};

struct PersonRecord {
  std::string name;
  std::vector<PositionRecord> positions;
  std::vector<Span> mentions;
};

struct EventRecord {
  EventKind kind = EventKind::kOther;
  std::string name;
  std::string date;
  std::string location;
  std::vector<std::string> organizations;
  std::vector<std::string> people;
  std::vector<Span> evidence;
};

struct PartnershipRecord {
  std::vector<std::string> organizations;
  PartnershipKind kind = PartnershipKind::kOther;
  PartnershipStatus status = PartnershipStatus::kAgreed;
  std::string date;
  std::string evidence;
  Span evidence_span;
};

// Everything one article yields. Spans refer to `text`.
struct ArticleRecords {
  // The normalised text, as it is stored.
  std::string text;
  std::vector<OffsetAnchor> anchors;
  // Title found in HTML content, else empty.
  std::string title;
  // The caller's published date, else the one an HTML page's <meta> tags
  // declare, else the one the text shows, else empty.
  std::string published_date;
  std::vector<OrganizationRecord> organizations;
  std::vector<PersonRecord> people;
  std::vector<EventRecord> events;
  std::vector<PartnershipRecord> partnerships;
};

// Upper-case FORMAT.md names of the enums ("UNIVERSITY", "SIGNING", ...).
const char* OrgKindName(OrgKind kind);
const char* EventKindName(EventKind kind);
const char* PartnershipKindName(PartnershipKind kind);
const char* PartnershipStatusName(PartnershipStatus status);

// Inverses of the above; nullopt for an unknown name (exact upper case).
std::optional<OrgKind> OrgKindFromName(absl::string_view name);
std::optional<EventKind> EventKindFromName(absl::string_view name);
std::optional<PartnershipKind> PartnershipKindFromName(absl::string_view name);
std::optional<PartnershipStatus> PartnershipStatusFromName(
    absl::string_view name);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_TYPES_H_
