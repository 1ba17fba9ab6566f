#include "common/storage/index_entries.h"

#include <algorithm>

#include "common/storage/key_codec.h"
#include "common/storage/schema.h"
#include "common/text/name_key.h"

namespace partnerlens::storage {
namespace {

// Collects keys of one article; drops entries with an empty component.
class EntryList {
 public:
  explicit EntryList(absl::string_view article_id) : article_id_(article_id) {}

  void Add(IndexTag tag, absl::string_view a, absl::string_view b) {
    if (a.empty() || b.empty()) return;
    keys_.push_back(IndexKey(tag, a, b, article_id_));
  }

  std::vector<std::string> TakeSorted() && {
    std::sort(keys_.begin(), keys_.end());
    keys_.erase(std::unique(keys_.begin(), keys_.end()), keys_.end());
    return std::move(keys_);
  }

 private:
  absl::string_view article_id_;
  std::vector<std::string> keys_;
};

void AddOrganization(const v1::OrganizationFact& org, EntryList& list) {
  list.Add(IndexTag::kOrganizationName, text::OrganizationKey(org.name()),
           org.id());
  for (const std::string& alias : org.aliases()) {
    list.Add(IndexTag::kOrganizationName, text::OrganizationKey(alias),
             org.id());
  }
  list.Add(IndexTag::kOrganizationChild, org.parent_id(), org.id());
}

void AddPerson(const v1::PersonFact& person, EntryList& list) {
  list.Add(IndexTag::kPersonName, text::PersonKey(person.name()), person.id());
  for (const std::string& word : text::NameWords(person.name())) {
    list.Add(IndexTag::kPersonNameWord, word, person.id());
  }
  for (const v1::PositionFact& position : person.positions()) {
    list.Add(IndexTag::kOrganizationPerson, position.organization_id(),
             person.id());
  }
}

void AddEvent(const v1::EventFact& event, EntryList& list) {
  for (const std::string& org_id : event.organization_ids()) {
    list.Add(IndexTag::kOrganizationEvent, org_id, event.id());
  }
  for (const std::string& person_id : event.person_ids()) {
    list.Add(IndexTag::kPersonEvent, person_id, event.id());
  }
}

void AddPartnership(const v1::PartnershipFact& partnership, EntryList& list) {
  for (const std::string& org_id : partnership.organization_ids()) {
    list.Add(IndexTag::kOrganizationPartnership, org_id, partnership.id());
  }
}

}  // namespace

std::vector<std::string> IndexEntries(absl::string_view article_id,
                                      const v1::ArticleFacts& facts) {
  EntryList list(article_id);
  for (const v1::OrganizationFact& org : facts.organizations()) {
    AddOrganization(org, list);
  }
  for (const v1::PersonFact& person : facts.people()) AddPerson(person, list);
  for (const v1::EventFact& event : facts.events()) AddEvent(event, list);
  for (const v1::PartnershipFact& partnership : facts.partnerships()) {
    AddPartnership(partnership, list);
  }
  return std::move(list).TakeSorted();
}

}  // namespace partnerlens::storage
