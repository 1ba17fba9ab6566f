#include "ingest_service/to_records.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"

#include "common/storage/ids.h"
#include "common/storage/wire_records.h"
#include "ingest_service/extraction/pipeline.h"

namespace partnerlens::ingest {
namespace {

using storage::v1::ArticleFacts;
using storage::v1::EventFact;
using storage::v1::OrganizationFact;
using storage::v1::PartnershipFact;
using storage::v1::PersonFact;

v1::OrganizationKind ToWire(extraction::OrgKind kind) {
  switch (kind) {
    case extraction::OrgKind::kUniversity:
      return v1::ORGANIZATION_KIND_UNIVERSITY;
    case extraction::OrgKind::kDepartment:
      return v1::ORGANIZATION_KIND_DEPARTMENT;
    case extraction::OrgKind::kSchool:
      return v1::ORGANIZATION_KIND_SCHOOL;
    case extraction::OrgKind::kCompany:
      return v1::ORGANIZATION_KIND_COMPANY;
    case extraction::OrgKind::kGovernment:
      return v1::ORGANIZATION_KIND_GOVERNMENT;
    case extraction::OrgKind::kResearchInstitute:
      return v1::ORGANIZATION_KIND_RESEARCH_INSTITUTE;
    case extraction::OrgKind::kAlliance:
      return v1::ORGANIZATION_KIND_ALLIANCE;
    case extraction::OrgKind::kMedia:
      return v1::ORGANIZATION_KIND_MEDIA;
    case extraction::OrgKind::kOther:
      return v1::ORGANIZATION_KIND_OTHER;
  }
  return v1::ORGANIZATION_KIND_OTHER;
}

v1::EventKind ToWire(extraction::EventKind kind) {
  switch (kind) {
    case extraction::EventKind::kMeeting:
      return v1::EVENT_KIND_MEETING;
    case extraction::EventKind::kSigning:
      return v1::EVENT_KIND_SIGNING;
    case extraction::EventKind::kCeremony:
      return v1::EVENT_KIND_CEREMONY;
    case extraction::EventKind::kForum:
      return v1::EVENT_KIND_FORUM;
    case extraction::EventKind::kVisit:
      return v1::EVENT_KIND_VISIT;
    case extraction::EventKind::kOther:
      return v1::EVENT_KIND_OTHER;
  }
  return v1::EVENT_KIND_OTHER;
}

v1::PartnershipKind ToWire(extraction::PartnershipKind kind) {
  using K = extraction::PartnershipKind;
  switch (kind) {
    case K::kStrategicCooperation:
      return v1::PARTNERSHIP_KIND_STRATEGIC_COOPERATION;
    case K::kTalentTraining:
      return v1::PARTNERSHIP_KIND_TALENT_TRAINING;
    case K::kInternshipBase:
      return v1::PARTNERSHIP_KIND_INTERNSHIP_BASE;
    case K::kJointLab:
      return v1::PARTNERSHIP_KIND_JOINT_LAB;
    case K::kPostdoctoralWorkstation:
      return v1::PARTNERSHIP_KIND_POSTDOCTORAL_WORKSTATION;
    case K::kResearchCooperation:
      return v1::PARTNERSHIP_KIND_RESEARCH_COOPERATION;
    case K::kMembership:
      return v1::PARTNERSHIP_KIND_MEMBERSHIP;
    case K::kInvestment:
      return v1::PARTNERSHIP_KIND_INVESTMENT;
    case K::kOther:
      return v1::PARTNERSHIP_KIND_OTHER;
  }
  return v1::PARTNERSHIP_KIND_OTHER;
}

v1::PartnershipStatus ToWire(extraction::PartnershipStatus status) {
  switch (status) {
    case extraction::PartnershipStatus::kDiscussed:
      return v1::PARTNERSHIP_STATUS_DISCUSSED;
    case extraction::PartnershipStatus::kAgreed:
      return v1::PARTNERSHIP_STATUS_AGREED;
    case extraction::PartnershipStatus::kOngoing:
      return v1::PARTNERSHIP_STATUS_ONGOING;
  }
  return v1::PARTNERSHIP_STATUS_AGREED;
}

void AddSpans(const std::vector<extraction::Span>& spans,
              google::protobuf::RepeatedPtrField<storage::v1::Span>* out) {
  for (const extraction::Span& span : spans) {
    storage::v1::Span* stored = out->Add();
    stored->set_begin(span.begin);
    stored->set_end(span.end);
  }
}

void AddUnique(const std::string& value,
               google::protobuf::RepeatedPtrField<std::string>* out) {
  if (std::find(out->begin(), out->end(), value) == out->end()) {
    out->Add(std::string(value));
  }
}

// Finds the fact with `id` among `facts`, adding an empty one when absent.
template <typename Fact>
Fact* FindOrAdd(google::protobuf::RepeatedPtrField<Fact>* facts,
                const std::string& id, bool* added) {
  for (Fact& fact : *facts) {
    if (fact.id() == id) {
      *added = false;
      return &fact;
    }
  }
  *added = true;
  Fact* fact = facts->Add();
  fact->set_id(id);
  return fact;
}

// Organization names and aliases of one article -> organization id.
class OrganizationIds {
 public:
  explicit OrganizationIds(
      const std::vector<extraction::OrganizationRecord>& orgs) {
    for (const extraction::OrganizationRecord& org : orgs) {
      const std::string id = storage::OrganizationId(org.name);
      ids_.try_emplace(org.name, id);
      for (const std::string& alias : org.aliases) ids_.try_emplace(alias, id);
    }
  }

  // Empty for an empty name.
  std::string Resolve(const std::string& name) const {
    if (name.empty()) return "";
    auto it = ids_.find(name);
    return it != ids_.end() ? it->second : storage::OrganizationId(name);
  }

 private:
  absl::flat_hash_map<std::string, std::string> ids_;
};

void AddOrganization(const extraction::OrganizationRecord& org,
                     const OrganizationIds& ids, ArticleFacts& facts) {
  bool added = false;
  OrganizationFact* fact =
      FindOrAdd(facts.mutable_organizations(), ids.Resolve(org.name), &added);
  if (added) {
    fact->set_name(org.name);
    fact->set_kind(ToWire(org.kind));
  } else if (org.name != fact->name()) {
    AddUnique(org.name, fact->mutable_aliases());
  }
  for (const std::string& alias : org.aliases) {
    if (alias != fact->name()) AddUnique(alias, fact->mutable_aliases());
  }
  if (fact->parent().empty() && !org.parent.empty()) {
    fact->set_parent(org.parent);
    fact->set_parent_id(ids.Resolve(org.parent));
  }
  AddSpans(org.mentions, fact->mutable_mentions());
}

void AddPerson(const extraction::PersonRecord& person,
               const OrganizationIds& ids, ArticleFacts& facts) {
  bool added = false;
  PersonFact* fact =
      FindOrAdd(facts.mutable_people(), storage::PersonId(person.name), &added);
  if (added) fact->set_name(person.name);
  for (const extraction::PositionRecord& position : person.positions) {
    storage::v1::PositionFact* stored = fact->add_positions();
    stored->set_title(position.title);
    stored->set_organization(position.organization);
    stored->set_organization_id(ids.Resolve(position.organization));
    AddSpans(position.evidence, stored->mutable_evidence());
  }
  AddSpans(person.mentions, fact->mutable_mentions());
}

void AddEvent(const extraction::EventRecord& event, const OrganizationIds& ids,
              ArticleFacts& facts) {
  const int kind = ToWire(event.kind);
  bool added = false;
  EventFact* fact =
      FindOrAdd(facts.mutable_events(),
                storage::EventId(kind, event.name, event.date), &added);
  if (added) {
    fact->set_kind(kind);
    fact->set_name(event.name);
    fact->set_date(event.date);
  }
  if (fact->location().empty()) fact->set_location(event.location);
  for (const std::string& org : event.organizations) {
    const std::string id = ids.Resolve(org);
    if (std::find(fact->organization_ids().begin(),
                  fact->organization_ids().end(),
                  id) != fact->organization_ids().end()) {
      continue;
    }
    fact->add_organizations(org);
    fact->add_organization_ids(id);
  }
  for (const std::string& person : event.people) {
    const std::string id = storage::PersonId(person);
    if (std::find(fact->person_ids().begin(), fact->person_ids().end(), id) !=
        fact->person_ids().end()) {
      continue;
    }
    fact->add_people(person);
    fact->add_person_ids(id);
  }
  AddSpans(event.evidence, fact->mutable_evidence());
}

void AddPartnership(const extraction::PartnershipRecord& partnership,
                    const OrganizationIds& ids, ArticleFacts& facts) {
  std::vector<std::string> org_ids;
  for (const std::string& org : partnership.organizations) {
    org_ids.push_back(ids.Resolve(org));
  }
  const int kind = ToWire(partnership.kind);
  bool added = false;
  PartnershipFact* fact =
      FindOrAdd(facts.mutable_partnerships(),
                storage::PartnershipId(org_ids, kind), &added);
  if (added) {
    for (size_t i = 0; i < org_ids.size(); ++i) {
      fact->add_organizations(partnership.organizations[i]);
      fact->add_organization_ids(org_ids[i]);
    }
    fact->set_kind(kind);
    fact->set_evidence(partnership.evidence);
  }
  const int status = ToWire(partnership.status);
  if (storage::PartnershipStatusRank(status) >
      storage::PartnershipStatusRank(fact->status())) {
    fact->set_status(status);
  }
  if (fact->date().empty()) fact->set_date(partnership.date);
  if (!partnership.evidence_span.empty()) {
    AddSpans({partnership.evidence_span}, fact->mutable_evidence_spans());
  }
}

}  // namespace

storage::v1::ArticleRow ToArticleRow(
    const ArticleMetadata& metadata, std::string raw_content,
    const extraction::ArticleRecords& records) {
  storage::v1::ArticleRow row;
  row.set_id(metadata.id);
  row.set_url(metadata.url);
  row.set_title(metadata.title.empty() ? records.title : metadata.title);
  row.set_source(metadata.source);
  row.set_published_date(metadata.requested_published_date.empty()
                             ? records.published_date
                             : metadata.requested_published_date);
  row.set_text(records.text);
  row.set_raw_content(std::move(raw_content));
  row.set_content_type(metadata.content_type);
  row.set_content_sha256(metadata.content_sha256);
  row.set_extractor_version(std::string(extraction::kExtractorVersion));
  row.set_ingest_unix_micros(metadata.ingest_unix_micros);
  row.set_requested_published_date(metadata.requested_published_date);
  return row;
}

ArticleFacts ToArticleFacts(const extraction::ArticleRecords& records) {
  const OrganizationIds ids(records.organizations);
  ArticleFacts facts;
  for (const auto& org : records.organizations) {
    AddOrganization(org, ids, facts);
  }
  for (const auto& person : records.people) AddPerson(person, ids, facts);
  for (const auto& event : records.events) AddEvent(event, ids, facts);
  for (const auto& partnership : records.partnerships) {
    AddPartnership(partnership, ids, facts);
  }
  return facts;
}

v1::RecordCounts CountRecords(const ArticleFacts& facts) {
  v1::RecordCounts counts;
  counts.set_organizations(facts.organizations_size());
  counts.set_people(facts.people_size());
  counts.set_events(facts.events_size());
  counts.set_partnerships(facts.partnerships_size());
  return counts;
}

}  // namespace partnerlens::ingest
