#include "query_service/merge_records.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

#include "common/storage/wire_records.h"
#include "common/text/name_key.h"

namespace partnerlens::query {
namespace {

using storage::v1::EventFact;
using storage::v1::OrganizationFact;
using storage::v1::PartnershipFact;
using storage::v1::PersonFact;
using StringList = google::protobuf::RepeatedPtrField<std::string>;

// Number of code points of UTF-8 `text`: continuation bytes do not count.
size_t CharCount(absl::string_view text) {
  size_t count = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

// The value that occurs most often in `values`; the first seen on ties.
template <typename T>
T MostFrequent(const std::vector<T>& values, T none) {
  std::vector<std::pair<T, int>> counts;
  for (const T& value : values) {
    auto it = std::find_if(counts.begin(), counts.end(),
                           [&](const auto& c) { return c.first == value; });
    if (it == counts.end()) {
      counts.emplace_back(value, 1);
    } else {
      ++it->second;
    }
  }
  T best = none;
  int best_count = 0;
  for (const auto& [value, count] : counts) {
    if (count > best_count) {
      best = value;
      best_count = count;
    }
  }
  return best;
}

// Names with their ids (same order), kept once per id, or per name where
// the id is missing, in first-seen order.
class ParticipantUnion {
 public:
  ParticipantUnion(StringList* names, StringList* ids)
      : names_(names), ids_(ids) {}

  void Add(const StringList& names, const StringList& ids) {
    for (int i = 0; i < names.size(); ++i) {
      const std::string id = i < ids.size() ? ids[i] : "";
      const std::string key = id.empty() ? absl::StrCat("name:", names[i]) : id;
      if (!seen_.insert(key).second) continue;
      *names_->Add() = names[i];
      *ids_->Add() = id;
    }
  }

 private:
  StringList* names_;
  StringList* ids_;
  absl::flat_hash_set<std::string> seen_;
};

std::string LongestName(FactRows<OrganizationFact> rows) {
  std::string best;
  for (const auto& row : rows) {
    if (CharCount(row.fact.name()) > CharCount(best)) best = row.fact.name();
  }
  return best;
}

void AddAliases(FactRows<OrganizationFact> rows, v1::Organization& org) {
  absl::flat_hash_set<std::string> seen = {org.name()};
  auto add = [&](const std::string& form) {
    if (!form.empty() && seen.insert(form).second) org.add_aliases(form);
  };
  for (const auto& row : rows) {
    add(row.fact.name());
    for (const std::string& alias : row.fact.aliases()) add(alias);
  }
}

void SetParent(FactRows<OrganizationFact> rows, v1::Organization& org) {
  std::vector<std::string> parent_ids;
  for (const auto& row : rows) {
    if (!row.fact.parent_id().empty()) {
      parent_ids.push_back(row.fact.parent_id());
    }
  }
  const std::string parent_id = MostFrequent(parent_ids, std::string());
  for (const auto& row : rows) {
    if (row.fact.parent_id() == parent_id && !row.fact.parent().empty()) {
      org.set_parent(row.fact.parent());
      org.set_parent_id(parent_id);
      return;
    }
  }
}

template <typename Fact>
int MostFrequentKind(FactRows<Fact> rows) {
  std::vector<int> kinds;
  for (const auto& row : rows) {
    if (row.fact.kind() != 0) kinds.push_back(row.fact.kind());
  }
  return MostFrequent(kinds, 0);
}

// Key under which two positions are one: the title's words and the
// organization's id (or name key when it has no id).
std::string PositionKey(const storage::v1::PositionFact& position) {
  return absl::StrCat(absl::StrJoin(text::NameWords(position.title()), " "),
                      "|",
                      position.organization_id().empty()
                          ? text::OrganizationKey(position.organization())
                          : position.organization_id());
}

void AddPositions(FactRows<PersonFact> rows, v1::Person& person) {
  absl::flat_hash_map<std::string, int> index_of;
  for (const auto& row : rows) {
    for (const storage::v1::PositionFact& fact : row.fact.positions()) {
      auto [it, added] =
          index_of.try_emplace(PositionKey(fact), person.positions_size());
      if (added) {
        v1::Position* position = person.add_positions();
        position->set_title(fact.title());
        position->set_organization(fact.organization());
        position->set_organization_id(fact.organization_id());
      }
      storage::AddWireSpans(
          row.article_id, fact.evidence(),
          person.mutable_positions(it->second)->mutable_evidence());
    }
  }
}

// Adds each row's article to the supporting articles of `record` and its
// mentions, in row order.
template <typename Fact, typename Record>
void AddMentionSupport(FactRows<Fact> rows, Record& record) {
  for (const auto& row : rows) {
    record.add_article_ids(row.article_id);
    storage::AddWireSpans(row.article_id, row.fact.mentions(),
                          record.mutable_mentions());
  }
}

// Ranks dates by precision: any date with a year beats "--MM-DD", and a
// longer ISO date fixes more.
size_t DatePrecision(absl::string_view date) {
  if (date.empty()) return 0;
  return (date.front() == '-' ? 0 : 100) + date.size();
}

std::string MostPreciseDate(FactRows<EventFact> rows) {
  std::string best;
  for (const auto& row : rows) {
    if (DatePrecision(row.fact.date()) > DatePrecision(best)) {
      best = row.fact.date();
    }
  }
  return best;
}

// The oldest row with the most advanced status.
const PartnershipFact& MostAdvanced(FactRows<PartnershipFact> rows) {
  const PartnershipFact* best = &rows.front().fact;
  for (const auto& row : rows) {
    if (storage::PartnershipStatusRank(row.fact.status()) >
        storage::PartnershipStatusRank(best->status())) {
      best = &row.fact;
    }
  }
  return *best;
}

// `preferred` when set, else the first non-empty value among the rows.
template <typename Get>
std::string PreferredOrFirst(const std::string& preferred,
                             FactRows<PartnershipFact> rows, Get get) {
  if (!preferred.empty()) return preferred;
  for (const auto& row : rows) {
    if (!get(row.fact).empty()) return get(row.fact);
  }
  return "";
}

}  // namespace

v1::Organization MergeOrganization(FactRows<OrganizationFact> rows) {
  v1::Organization org;
  if (rows.empty()) return org;
  org.set_id(rows.front().fact.id());
  org.set_name(LongestName(rows));
  org.set_kind(static_cast<v1::OrganizationKind>(MostFrequentKind(rows)));
  AddAliases(rows, org);
  SetParent(rows, org);
  AddMentionSupport(rows, org);
  return org;
}

v1::Person MergePerson(FactRows<PersonFact> rows) {
  v1::Person person;
  if (rows.empty()) return person;
  person.set_id(rows.front().fact.id());
  std::vector<std::string> names;
  for (const auto& row : rows) names.push_back(row.fact.name());
  person.set_name(MostFrequent(names, std::string()));
  AddPositions(rows, person);
  AddMentionSupport(rows, person);
  return person;
}

v1::Event MergeEvent(FactRows<EventFact> rows) {
  v1::Event event;
  if (rows.empty()) return event;
  event.set_id(rows.front().fact.id());
  event.set_kind(static_cast<v1::EventKind>(MostFrequentKind(rows)));
  event.set_date(MostPreciseDate(rows));
  ParticipantUnion organizations(event.mutable_organizations(),
                                 event.mutable_organization_ids());
  ParticipantUnion people(event.mutable_people(), event.mutable_person_ids());
  for (const auto& row : rows) {
    const EventFact& fact = row.fact;
    if (CharCount(fact.name()) > CharCount(event.name())) {
      event.set_name(fact.name());
    }
    if (event.location().empty()) event.set_location(fact.location());
    organizations.Add(fact.organizations(), fact.organization_ids());
    people.Add(fact.people(), fact.person_ids());
    event.add_article_ids(row.article_id);
    storage::AddWireSpans(row.article_id, fact.evidence(),
                          event.mutable_evidence());
  }
  return event;
}

v1::Partnership MergePartnership(FactRows<PartnershipFact> rows) {
  v1::Partnership partnership;
  if (rows.empty()) return partnership;
  const PartnershipFact& best = MostAdvanced(rows);
  partnership.set_id(best.id());
  partnership.set_kind(
      static_cast<v1::PartnershipKind>(MostFrequentKind(rows)));
  partnership.set_status(static_cast<v1::PartnershipStatus>(best.status()));
  partnership.set_date(PreferredOrFirst(
      best.date(), rows, [](const PartnershipFact& f) { return f.date(); }));
  partnership.set_evidence(
      PreferredOrFirst(best.evidence(), rows,
                       [](const PartnershipFact& f) { return f.evidence(); }));
  ParticipantUnion organizations(partnership.mutable_organizations(),
                                 partnership.mutable_organization_ids());
  for (const auto& row : rows) {
    organizations.Add(row.fact.organizations(), row.fact.organization_ids());
    partnership.add_article_ids(row.article_id);
    storage::AddWireSpans(row.article_id, row.fact.evidence_spans(),
                          partnership.mutable_evidence_spans());
  }
  return partnership;
}

}  // namespace partnerlens::query
