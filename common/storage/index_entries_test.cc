#include "common/storage/index_entries.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "common/storage/key_codec.h"
#include "common/storage/schema.h"

namespace partnerlens::storage {
namespace {

using ::testing::ElementsAreArray;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAreArray;

v1::ArticleFacts SampleFacts() {
  v1::ArticleFacts facts;
  v1::OrganizationFact* zjut = facts.add_organizations();
  zjut->set_id("org_zjut");
  zjut->set_name("Zhejiang University of Technology");
  zjut->add_aliases("ZJUT");
  v1::OrganizationFact* school = facts.add_organizations();
  school->set_id("org_cs");
  school->set_name("School of Computer Science");
  school->set_parent("Zhejiang University of Technology");
  school->set_parent_id("org_zjut");
  v1::PersonFact* person = facts.add_people();
  person->set_id("per_fan");
  person->set_name("Fan Jing");
  person->add_positions()->set_organization_id("org_zjut");
  person->add_positions()->set_title("professor");  // no organization
  v1::EventFact* event = facts.add_events();
  event->set_id("evt_1");
  event->add_organization_ids("org_zjut");
  event->add_person_ids("per_fan");
  v1::PartnershipFact* partnership = facts.add_partnerships();
  partnership->set_id("prt_1");
  partnership->add_organization_ids("org_zjut");
  partnership->add_organization_ids("org_cs");
  return facts;
}

TEST(IndexEntriesTest, ListsEveryEntryOnce) {
  const std::string a = "art_1";
  std::vector<std::string> expected = {
      IndexKey(IndexTag::kOrganizationName, "zhejianguniversityoftechnology",
               "org_zjut", a),
      IndexKey(IndexTag::kOrganizationName, "zjut", "org_zjut", a),
      IndexKey(IndexTag::kOrganizationName, "schoolofcomputerscience", "org_cs",
               a),
      IndexKey(IndexTag::kOrganizationChild, "org_zjut", "org_cs", a),
      IndexKey(IndexTag::kPersonName, "fanjing", "per_fan", a),
      IndexKey(IndexTag::kPersonNameWord, "fan", "per_fan", a),
      IndexKey(IndexTag::kPersonNameWord, "jing", "per_fan", a),
      IndexKey(IndexTag::kOrganizationPerson, "org_zjut", "per_fan", a),
      IndexKey(IndexTag::kOrganizationEvent, "org_zjut", "evt_1", a),
      IndexKey(IndexTag::kPersonEvent, "per_fan", "evt_1", a),
      IndexKey(IndexTag::kOrganizationPartnership, "org_zjut", "prt_1", a),
      IndexKey(IndexTag::kOrganizationPartnership, "org_cs", "prt_1", a),
  };
  std::vector<std::string> entries = IndexEntries(a, SampleFacts());
  EXPECT_THAT(entries, UnorderedElementsAreArray(expected));
  std::sort(expected.begin(), expected.end());
  EXPECT_THAT(entries, ElementsAreArray(expected));  // sorted
}

TEST(IndexEntriesTest, EveryKeyParsesAndNamesTheArticle) {
  for (const std::string& key : IndexEntries("art_9", SampleFacts())) {
    absl::StatusOr<IndexKeyParts> parts = ParseIndexKey(key);
    ASSERT_TRUE(parts.ok()) << parts.status();
    EXPECT_EQ(parts->article_id, "art_9");
  }
}

TEST(IndexEntriesTest, DuplicatesAndEmptyNamesCollapse) {
  v1::ArticleFacts facts;
  v1::OrganizationFact* org = facts.add_organizations();
  org->set_id("org_h");
  org->set_name("Huashu Group");
  org->add_aliases("the Huashu Group Co., Ltd.");  // same key as the name
  org->add_aliases("???");                         // no key at all
  EXPECT_THAT(IndexEntries("art_1", facts),
              ElementsAreArray({IndexKey(IndexTag::kOrganizationName, "huashu",
                                         "org_h", "art_1")}));
}

TEST(IndexEntriesTest, NoFactsNoEntries) {
  EXPECT_THAT(IndexEntries("art_1", v1::ArticleFacts()), IsEmpty());
}

}  // namespace
}  // namespace partnerlens::storage
