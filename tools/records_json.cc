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
  w.Key("id");
  w.String(article_id);
  if (!date.empty()) {
    w.Key("publishedDate");
    w.String(date);
  }
  w.EndObject();
}

void WriteOrganization(const OrganizationRecord& org, JsonWriter& w) {
  w.BeginObject();
  w.Key("name");
  w.String(org.name);
  w.Key("kind");
  w.String(extraction::OrgKindName(org.kind));
  w.Key("aliases");
  w.StringArray(org.aliases);
  w.Key("parent");
  w.String(org.parent);
  w.EndObject();
}

void WritePerson(const PersonRecord& person, JsonWriter& w) {
  w.BeginObject();
  w.Key("name");
  w.String(person.name);
  w.Key("positions");
  w.BeginArray();
  for (const auto& position : person.positions) {
    w.BeginObject();
    w.Key("title");
    w.String(position.title);
    w.Key("organization");
    w.String(position.organization);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void WriteEvent(const EventRecord& event, JsonWriter& w) {
  w.BeginObject();
  w.Key("kind");
  w.String(extraction::EventKindName(event.kind));
  w.Key("name");
  w.String(event.name);
  w.Key("date");
  w.String(event.date);
  w.Key("location");
  w.String(event.location);
  w.Key("organizations");
  w.StringArray(event.organizations);
  w.Key("people");
  w.StringArray(event.people);
  w.EndObject();
}

void WritePartnership(const PartnershipRecord& partnership, JsonWriter& w) {
  w.BeginObject();
  w.Key("organizations");
  w.StringArray(partnership.organizations);
  w.Key("kind");
  w.String(extraction::PartnershipKindName(partnership.kind));
  w.Key("status");
  w.String(extraction::PartnershipStatusName(partnership.status));
  w.Key("date");
  w.String(partnership.date);
  w.Key("evidence");
  w.String(partnership.evidence);
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
