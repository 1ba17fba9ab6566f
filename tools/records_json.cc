#include "tools/records_json.h"

#include <utility>

namespace partnerlens::tools {
namespace {

using extraction::ArticleRecords;
using extraction::EventRecord;
using extraction::OrganizationRecord;
using extraction::PartnershipRecord;
using extraction::PersonRecord;

void WriteArticle(absl::string_view article_id, absl::string_view date,
                  JsonWriter& w) {
  w.Key("article");
  w.BeginObject();
  w.StringField("id", article_id);
  if (!date.empty()) w.StringField("publishedDate", date);
  w.EndObject();
}

void WriteOrganization(const OrganizationRecord& org, JsonWriter& w) {
  w.BeginObject();
  w.StringField("name", org.name);
  w.StringField("kind", extraction::OrgKindName(org.kind));
  w.StringArrayField("aliases", org.aliases);
  w.StringField("parent", org.parent);
  w.EndObject();
}

void WritePerson(const PersonRecord& person, JsonWriter& w) {
  w.BeginObject();
  w.StringField("name", person.name);
  w.Key("positions");
  w.BeginArray();
  for (const auto& position : person.positions) {
    w.BeginObject();
    w.StringField("title", position.title);
    w.StringField("organization", position.organization);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void WriteEvent(const EventRecord& event, JsonWriter& w) {
  w.BeginObject();
  w.StringField("kind", extraction::EventKindName(event.kind));
  w.StringField("name", event.name);
  w.StringField("date", event.date);
  w.StringField("location", event.location);
  w.StringArrayField("organizations", event.organizations);
  w.StringArrayField("people", event.people);
  w.EndObject();
}

void WritePartnership(const PartnershipRecord& partnership, JsonWriter& w) {
  w.BeginObject();
  w.StringArrayField("organizations", partnership.organizations);
  w.StringField("kind", extraction::PartnershipKindName(partnership.kind));
  w.StringField("status",
                extraction::PartnershipStatusName(partnership.status));
  w.StringField("date", partnership.date);
  w.StringField("evidence", partnership.evidence);
  w.EndObject();
}

// Writes `key: [items...]` with `write_item` for each item.
template <typename T, typename WriteItem>
void WriteList(absl::string_view key, const std::vector<T>& items,
               WriteItem write_item, JsonWriter& w) {
  w.Key(key);
  w.BeginArray();
  for (const T& item : items) write_item(item, w);
  w.EndArray();
}

}  // namespace

void WriteRecordsJson(absl::string_view article_id,
                      const ArticleRecords& records, JsonWriter& writer) {
  writer.BeginObject();
  WriteArticle(article_id, records.published_date, writer);
  WriteList("organizations", records.organizations, WriteOrganization, writer);
  WriteList("people", records.people, WritePerson, writer);
  WriteList("events", records.events, WriteEvent, writer);
  WriteList("partnerships", records.partnerships, WritePartnership, writer);
  writer.EndObject();
}

std::string RecordsToJson(absl::string_view article_id,
                          const ArticleRecords& records) {
  JsonWriter writer;
  WriteRecordsJson(article_id, records, writer);
  return std::move(writer).Finish();
}

}  // namespace partnerlens::tools
