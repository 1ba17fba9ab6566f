#include "common/storage/wire_records.h"

#include <string>

#include "absl/time/time.h"

namespace partnerlens::storage {
namespace {

namespace wire = ::partnerlens::v1;

// RFC 3339 in UTC with a "Z" and only the fractional digits needed.
constexpr char kRfc3339Utc[] = "%Y-%m-%d%ET%H:%M:%E*SZ";

void AddOrganization(absl::string_view article_id,
                     const v1::OrganizationFact& fact,
                     wire::Organization* org) {
  org->set_id(fact.id());
  org->set_name(fact.name());
  org->set_kind(static_cast<wire::OrganizationKind>(fact.kind()));
  org->mutable_aliases()->CopyFrom(fact.aliases());
  org->set_parent(fact.parent());
  org->set_parent_id(fact.parent_id());
  org->add_article_ids(std::string(article_id));
  AddWireSpans(article_id, fact.mentions(), org->mutable_mentions());
}

void AddPerson(absl::string_view article_id, const v1::PersonFact& fact,
               wire::Person* person) {
  person->set_id(fact.id());
  person->set_name(fact.name());
  for (const v1::PositionFact& stored : fact.positions()) {
    wire::Position* position = person->add_positions();
    position->set_title(stored.title());
    position->set_organization(stored.organization());
    position->set_organization_id(stored.organization_id());
    AddWireSpans(article_id, stored.evidence(), position->mutable_evidence());
  }
  person->add_article_ids(std::string(article_id));
  AddWireSpans(article_id, fact.mentions(), person->mutable_mentions());
}

void AddEvent(absl::string_view article_id, const v1::EventFact& fact,
              wire::Event* event) {
  event->set_id(fact.id());
  event->set_kind(static_cast<wire::EventKind>(fact.kind()));
  event->set_name(fact.name());
  event->set_date(fact.date());
  event->set_location(fact.location());
  event->mutable_organizations()->CopyFrom(fact.organizations());
  event->mutable_organization_ids()->CopyFrom(fact.organization_ids());
  event->mutable_people()->CopyFrom(fact.people());
  event->mutable_person_ids()->CopyFrom(fact.person_ids());
  event->add_article_ids(std::string(article_id));
  AddWireSpans(article_id, fact.evidence(), event->mutable_evidence());
}

void AddPartnership(absl::string_view article_id,
                    const v1::PartnershipFact& fact,
                    wire::Partnership* partnership) {
  partnership->set_id(fact.id());
  partnership->mutable_organizations()->CopyFrom(fact.organizations());
  partnership->mutable_organization_ids()->CopyFrom(fact.organization_ids());
  partnership->set_kind(static_cast<wire::PartnershipKind>(fact.kind()));
  partnership->set_status(static_cast<wire::PartnershipStatus>(fact.status()));
  partnership->set_date(fact.date());
  partnership->set_evidence(fact.evidence());
  partnership->add_article_ids(std::string(article_id));
  AddWireSpans(article_id, fact.evidence_spans(),
               partnership->mutable_evidence_spans());
}

}  // namespace

wire::Article ToWireArticle(const v1::ArticleRow& row, bool with_text) {
  wire::Article article;
  article.set_id(row.id());
  article.set_url(row.url());
  article.set_title(row.title());
  article.set_source(row.source());
  article.set_published_date(row.published_date());
  if (with_text) article.set_text(row.text());
  article.set_extractor_version(row.extractor_version());
  if (row.ingest_unix_micros() > 0) {
    article.set_ingest_time(absl::FormatTime(
        kRfc3339Utc, absl::FromUnixMicros(row.ingest_unix_micros()),
        absl::UTCTimeZone()));
  }
  return article;
}

wire::ArticleRecords ToWireRecords(absl::string_view article_id,
                                   const v1::ArticleFacts& facts) {
  wire::ArticleRecords records;
  for (const v1::OrganizationFact& fact : facts.organizations()) {
    AddOrganization(article_id, fact, records.add_organizations());
  }
  for (const v1::PersonFact& fact : facts.people()) {
    AddPerson(article_id, fact, records.add_people());
  }
  for (const v1::EventFact& fact : facts.events()) {
    AddEvent(article_id, fact, records.add_events());
  }
  for (const v1::PartnershipFact& fact : facts.partnerships()) {
    AddPartnership(article_id, fact, records.add_partnerships());
  }
  return records;
}

void AddWireSpans(absl::string_view article_id,
                  const google::protobuf::RepeatedPtrField<v1::Span>& spans,
                  google::protobuf::RepeatedPtrField<wire::TextSpan>* out) {
  for (const v1::Span& span : spans) {
    wire::TextSpan* text_span = out->Add();
    text_span->set_article_id(std::string(article_id));
    text_span->set_begin(span.begin());
    text_span->set_end(span.end());
  }
}

int PartnershipStatusRank(int status) {
  switch (status) {
    case wire::PARTNERSHIP_STATUS_DISCUSSED:
      return 1;
    case wire::PARTNERSHIP_STATUS_AGREED:
      return 2;
    case wire::PARTNERSHIP_STATUS_ONGOING:
      return 3;
    default:
      return 0;
  }
}

}  // namespace partnerlens::storage
