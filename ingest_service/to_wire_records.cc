// The storage -> wire half of to_records.h.

#include "absl/time/time.h"

#include "ingest_service/to_records.h"

namespace partnerlens::ingest {
namespace {

using storage::v1::ArticleFacts;

// RFC 3339 in UTC with a "Z" and only the fractional digits needed.
constexpr char kRfc3339Utc[] = "%Y-%m-%d%ET%H:%M:%E*SZ";

void AddSpans(absl::string_view article_id,
              const google::protobuf::RepeatedPtrField<storage::v1::Span>& in,
              google::protobuf::RepeatedPtrField<v1::TextSpan>* out) {
  for (const storage::v1::Span& span : in) {
    v1::TextSpan* wire = out->Add();
    wire->set_article_id(std::string(article_id));
    wire->set_begin(span.begin());
    wire->set_end(span.end());
  }
}

void AddOrganization(absl::string_view article_id,
                     const storage::v1::OrganizationFact& fact,
                     v1::Organization* org) {
  org->set_id(fact.id());
  org->set_name(fact.name());
  org->set_kind(static_cast<v1::OrganizationKind>(fact.kind()));
  org->mutable_aliases()->CopyFrom(fact.aliases());
  org->set_parent(fact.parent());
  org->set_parent_id(fact.parent_id());
  org->add_article_ids(std::string(article_id));
  AddSpans(article_id, fact.mentions(), org->mutable_mentions());
}

void AddPerson(absl::string_view article_id,
               const storage::v1::PersonFact& fact, v1::Person* person) {
  person->set_id(fact.id());
  person->set_name(fact.name());
  for (const storage::v1::PositionFact& stored : fact.positions()) {
    v1::Position* position = person->add_positions();
    position->set_title(stored.title());
    position->set_organization(stored.organization());
    position->set_organization_id(stored.organization_id());
    AddSpans(article_id, stored.evidence(), position->mutable_evidence());
  }
  person->add_article_ids(std::string(article_id));
  AddSpans(article_id, fact.mentions(), person->mutable_mentions());
}

void AddEvent(absl::string_view article_id, const storage::v1::EventFact& fact,
              v1::Event* event) {
  event->set_id(fact.id());
  event->set_kind(static_cast<v1::EventKind>(fact.kind()));
  event->set_name(fact.name());
  event->set_date(fact.date());
  event->set_location(fact.location());
  event->mutable_organizations()->CopyFrom(fact.organizations());
  event->mutable_organization_ids()->CopyFrom(fact.organization_ids());
  event->mutable_people()->CopyFrom(fact.people());
  event->mutable_person_ids()->CopyFrom(fact.person_ids());
  event->add_article_ids(std::string(article_id));
  AddSpans(article_id, fact.evidence(), event->mutable_evidence());
}

void AddPartnership(absl::string_view article_id,
                    const storage::v1::PartnershipFact& fact,
                    v1::Partnership* partnership) {
  partnership->set_id(fact.id());
  partnership->mutable_organizations()->CopyFrom(fact.organizations());
  partnership->mutable_organization_ids()->CopyFrom(fact.organization_ids());
  partnership->set_kind(static_cast<v1::PartnershipKind>(fact.kind()));
  partnership->set_status(static_cast<v1::PartnershipStatus>(fact.status()));
  partnership->set_date(fact.date());
  partnership->set_evidence(fact.evidence());
  partnership->add_article_ids(std::string(article_id));
  AddSpans(article_id, fact.evidence_spans(),
           partnership->mutable_evidence_spans());
}

}  // namespace

v1::Article ToWireArticle(const storage::v1::ArticleRow& row) {
  v1::Article article;
  article.set_id(row.id());
  article.set_url(row.url());
  article.set_title(row.title());
  article.set_source(row.source());
  article.set_published_date(row.published_date());
  article.set_text(row.text());
  article.set_extractor_version(row.extractor_version());
  if (row.ingest_unix_micros() != 0) {
    article.set_ingest_time(absl::FormatTime(
        kRfc3339Utc, absl::FromUnixMicros(row.ingest_unix_micros()),
        absl::UTCTimeZone()));
  }
  return article;
}

v1::ArticleRecords ToWireRecords(absl::string_view article_id,
                                 const ArticleFacts& facts) {
  v1::ArticleRecords records;
  for (const auto& fact : facts.organizations()) {
    AddOrganization(article_id, fact, records.add_organizations());
  }
  for (const auto& fact : facts.people()) {
    AddPerson(article_id, fact, records.add_people());
  }
  for (const auto& fact : facts.events()) {
    AddEvent(article_id, fact, records.add_events());
  }
  for (const auto& fact : facts.partnerships()) {
    AddPartnership(article_id, fact, records.add_partnerships());
  }
  return records;
}

}  // namespace partnerlens::ingest
