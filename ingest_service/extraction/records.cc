#include "ingest_service/extraction/records.h"

#include <string>
#include <utility>
#include <vector>

#include "ingest_service/extraction/tokenizer.h"

namespace partnerlens::extraction {
namespace {

std::string OrgName(const ResolvedEntities& e, int32_t org) {
  return org >= 0 ? e.orgs[org].name : std::string();
}

std::vector<std::string> OrgNames(const ResolvedEntities& e,
                                  const std::vector<int32_t>& orgs) {
  std::vector<std::string> out;
  out.reserve(orgs.size());
  for (int32_t org : orgs) out.push_back(OrgName(e, org));
  return out;
}

std::vector<OrganizationRecord> Organizations(const ResolvedEntities& e) {
  std::vector<OrganizationRecord> out;
  out.reserve(e.orgs.size());
  for (const OrgEntity& org : e.orgs) {
    OrganizationRecord r;
    r.name = org.name;
    r.kind = org.kind;
    r.aliases = org.aliases;
    r.parent = OrgName(e, org.parent);
    r.mentions = org.mentions;
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<PersonRecord> People(
    const ResolvedEntities& e, const std::vector<PositionRelation>& positions) {
  std::vector<PersonRecord> out;
  out.reserve(e.people.size());
  for (const PersonEntity& person : e.people) {
    PersonRecord r;
    r.name = person.name;
    r.mentions = person.mentions;
    out.push_back(std::move(r));
  }
  for (const PositionRelation& p : positions) {
    if (p.person < 0 || p.person >= static_cast<int32_t>(out.size())) continue;
    out[p.person].positions.push_back(
        PositionRecord{p.title, OrgName(e, p.org), {p.evidence}});
  }
  return out;
}

std::vector<EventRecord> Events(const ResolvedEntities& e,
                                const std::vector<EventRelation>& events) {
  std::vector<EventRecord> out;
  for (const EventRelation& event : events) {
    EventRecord r;
    r.kind = event.kind;
    r.name = event.name;
    r.date = event.date;
    r.location = event.location;
    r.organizations = OrgNames(e, event.orgs);
    for (int32_t person : event.people) {
      if (person >= 0) r.people.push_back(e.people[person].name);
    }
    r.evidence = {event.evidence};
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<PartnershipRecord> Partnerships(
    absl::string_view text, const ResolvedEntities& e,
    const std::vector<PartnershipRelation>& partnerships) {
  std::vector<PartnershipRecord> out;
  for (const PartnershipRelation& p : partnerships) {
    PartnershipRecord r;
    r.organizations = OrgNames(e, p.orgs);
    r.kind = p.kind;
    r.status = p.status;
    r.date = p.date;
    r.evidence = std::string(SpanText(text, p.evidence));
    r.evidence_span = p.evidence;
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

ArticleRecords BuildRecords(NormalizedText normalized,
                            const ArticleDates& dates,
                            const ResolvedEntities& entities,
                            const Relations& relations) {
  ArticleRecords out;
  out.organizations = Organizations(entities);
  out.people = People(entities, relations.positions);
  out.events = Events(entities, relations.events);
  out.partnerships =
      Partnerships(normalized.text, entities, relations.partnerships);
  out.published_date = dates.published_date;
  out.title = std::move(normalized.title);
  out.anchors = std::move(normalized.anchors);
  out.text = std::move(normalized.text);
  return out;
}

}  // namespace partnerlens::extraction
