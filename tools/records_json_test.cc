#include "tools/records_json.h"

#include <string>

#include "gmock/gmock.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"

namespace partnerlens::tools {
namespace {

using extraction::ArticleRecords;
using extraction::EventKind;
using extraction::OrgKind;
using extraction::PartnershipKind;
using extraction::PartnershipStatus;
using google::protobuf::Struct;
using google::protobuf::Value;

ArticleRecords SampleRecords() {
  ArticleRecords records;
  records.published_date = "2024-04-18";
  extraction::OrganizationRecord zjut;
  zjut.name = "Zhejiang University of Technology";
  zjut.kind = OrgKind::kUniversity;
  zjut.aliases = {"ZJUT"};
  records.organizations.push_back(zjut);
  extraction::OrganizationRecord school;
  school.name = "School of Computer Science";
  school.kind = OrgKind::kDepartment;
  school.parent = "Zhejiang University of Technology";
  records.organizations.push_back(school);

  extraction::PersonRecord person;
  person.name = "Fan Jing";
  person.positions.emplace_back();
  person.positions.back().title = "Secretary of the Party Committee";
  person.positions.back().organization = "School of Computer Science";
  records.people.push_back(person);

  extraction::EventRecord event;
  event.kind = EventKind::kMeeting;
  event.name = "exchange meeting";
  event.date = "--04-17";
  event.location = "A401";
  event.organizations = {"ZJUT"};
  event.people = {"Fan Jing"};
  records.events.push_back(event);

  extraction::PartnershipRecord partnership;
  partnership.organizations = {"ZJUT", "Huashu"};
  partnership.kind = PartnershipKind::kInternshipBase;
  partnership.status = PartnershipStatus::kDiscussed;
  partnership.date = "--04-17";
  partnership.evidence = "a \"preliminary\" intention";
  records.partnerships.push_back(partnership);
  return records;
}

Struct Parse(const std::string& json) {
  Struct parsed;
  EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(json, &parsed).ok())
      << json;
  return parsed;
}

const Value& Field(const Struct& s, const std::string& key) {
  return s.fields().at(key);
}

TEST(RecordsJsonTest, EmptyRecordsHaveEveryList) {
  EXPECT_EQ(RecordsToJson("a1", ArticleRecords{}),
            "{\n"
            "  \"article\": {\n"
            "    \"id\": \"a1\"\n"
            "  },\n"
            "  \"organizations\": [],\n"
            "  \"people\": [],\n"
            "  \"events\": [],\n"
            "  \"partnerships\": []\n"
            "}\n");
}

TEST(RecordsJsonTest, FieldNamesAndEnumsFollowTheFormat) {
  const Struct doc = Parse(RecordsToJson("000_x", SampleRecords()));
  const Struct& article = Field(doc, "article").struct_value();
  EXPECT_EQ(Field(article, "id").string_value(), "000_x");
  EXPECT_EQ(Field(article, "publishedDate").string_value(), "2024-04-18");

  const auto& orgs = Field(doc, "organizations").list_value().values();
  ASSERT_EQ(orgs.size(), 2);
  const Struct& zjut = orgs[0].struct_value();
  EXPECT_EQ(Field(zjut, "kind").string_value(), "UNIVERSITY");
  EXPECT_EQ(Field(zjut, "aliases").list_value().values(0).string_value(),
            "ZJUT");
  EXPECT_EQ(Field(zjut, "parent").string_value(), "");
  EXPECT_EQ(Field(orgs[1].struct_value(), "parent").string_value(),
            "Zhejiang University of Technology");

  const Struct& person =
      Field(doc, "people").list_value().values(0).struct_value();
  const Struct& position =
      Field(person, "positions").list_value().values(0).struct_value();
  EXPECT_EQ(Field(position, "title").string_value(),
            "Secretary of the Party Committee");
  EXPECT_EQ(Field(position, "organization").string_value(),
            "School of Computer Science");

  const Struct& event =
      Field(doc, "events").list_value().values(0).struct_value();
  EXPECT_EQ(Field(event, "kind").string_value(), "MEETING");
  EXPECT_EQ(Field(event, "date").string_value(), "--04-17");
  EXPECT_EQ(Field(event, "location").string_value(), "A401");
  EXPECT_EQ(Field(event, "people").list_value().values_size(), 1);

  const Struct& partnership =
      Field(doc, "partnerships").list_value().values(0).struct_value();
  EXPECT_EQ(Field(partnership, "kind").string_value(), "INTERNSHIP_BASE");
  EXPECT_EQ(Field(partnership, "status").string_value(), "DISCUSSED");
  EXPECT_EQ(Field(partnership, "evidence").string_value(),
            "a \"preliminary\" intention");
  EXPECT_EQ(Field(partnership, "organizations").list_value().values_size(), 2);
}

TEST(RecordsJsonTest, OmitsEmptyPublishedDate) {
  const std::string json = RecordsToJson("a", ArticleRecords{});
  EXPECT_THAT(json, ::testing::Not(::testing::HasSubstr("publishedDate")));
}

}  // namespace
}  // namespace partnerlens::tools
