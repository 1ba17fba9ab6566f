#include "tools/json_writer.h"

#include <string>

#include "gtest/gtest.h"

namespace partnerlens::tools {
namespace {

std::string Quoted(absl::string_view text) {
  std::string out;
  AppendJsonString(text, out);
  return out;
}

struct EscapeCase {
  std::string input;
  std::string expected;
};

TEST(AppendJsonStringTest, EscapesAsRfc8259Requires) {
  const EscapeCase cases[] = {
      {"", R"("")"},
      {"plain", R"("plain")"},
      {"say \"hi\"", R"("say \"hi\"")"},
      {"back\\slash", R"("back\\slash")"},
      {"a\nb\tc\rd", R"("a\nb\tc\rd")"},
      {"\b\f", R"("\b\f")"},
      {std::string("nul\0x", 5), R"("nul\u0000x")"},
      {"\x01\x1f\x7f", R"("\u0001\u001f\u007f")"},
      {"slash / stays", R"("slash / stays")"},
  };
  for (const EscapeCase& c : cases) {
    EXPECT_EQ(Quoted(c.input), c.expected) << c.input;
  }
}

TEST(AppendJsonStringTest, PassesValidUtf8Through) {
  const std::string valid[] = {
      "caf\xC3\xA9",                // é, 2 bytes
      "\xE2\x80\x9Cq\xE2\x80\x9D",  // curly quotes, 3 bytes
      "\xE6\x9D\xAD\xE5\xB7\x9E",   // 杭州
      "\xF0\x9F\x98\x80",           // emoji, 4 bytes
      "\xE2\x80\xA8",               // U+2028 is valid JSON text
  };
  for (const std::string& text : valid) {
    EXPECT_EQ(Quoted(text), "\"" + text + "\"");
  }
}

TEST(AppendJsonStringTest, ReplacesEachInvalidByte) {
  const std::string fffd = "\xEF\xBF\xBD";
  const EscapeCase cases[] = {
      {"\xFF", "\"" + fffd + "\""},
      {"a\x80"
       "b",
       "\"a" + fffd + "b\""},
      {"\xC3", "\"" + fffd + "\""},                        // truncated
      {"\xC0\xAF", "\"" + fffd + fffd + "\""},             // overlong
      {"\xED\xA0\x80", "\"" + fffd + fffd + fffd + "\""},  // surrogate
      {"\xF4\x90\x80\x80",
       "\"" + fffd + fffd + fffd + fffd + "\""},  // above U+10FFFF
      {"\xE2\x28\xA1", "\"" + fffd + "(" + fffd + "\""},
  };
  for (const EscapeCase& c : cases) {
    EXPECT_EQ(Quoted(c.input), c.expected);
  }
}

TEST(JsonWriterTest, WritesNestedValuesIndented) {
  JsonWriter w;
  w.BeginObject();
  w.Key("name");
  w.String("Fan Jing");
  w.Key("count");
  w.Int(-3);
  w.Key("ok");
  w.Bool(true);
  w.Key("none");
  w.Null();
  w.Key("list");
  w.StringArray({"a", "b"});
  w.Key("empty");
  w.BeginArray();
  w.EndArray();
  w.Key("nested");
  w.BeginObject();
  w.EndObject();
  w.EndObject();
  EXPECT_EQ(std::move(w).Finish(),
            "{\n"
            "  \"name\": \"Fan Jing\",\n"
            "  \"count\": -3,\n"
            "  \"ok\": true,\n"
            "  \"none\": null,\n"
            "  \"list\": [\n"
            "    \"a\",\n"
            "    \"b\"\n"
            "  ],\n"
            "  \"empty\": [],\n"
            "  \"nested\": {}\n"
            "}\n");
}

TEST(JsonWriterTest, FieldsAreKeysWithValues) {
  JsonWriter w(0);
  w.BeginObject();
  w.StringField("name", "Fan Jing");
  w.IntField("count", -3);
  w.BoolField("ok", false);
  w.StringArrayField("list", {"a", "b"});
  w.EndObject();
  EXPECT_EQ(std::move(w).Finish(),
            R"({"name":"Fan Jing","count":-3,"ok":false,"list":["a","b"]})");
}

TEST(JsonWriterTest, CompactWithoutIndent) {
  JsonWriter w(0);
  w.BeginArray();
  w.BeginObject();
  w.Key("k\"ey");
  w.Int(1);
  w.EndObject();
  w.String("x");
  w.EndArray();
  EXPECT_EQ(std::move(w).Finish(), R"([{"k\"ey":1},"x"])");
}

TEST(JsonWriterTest, TopLevelScalar) {
  JsonWriter w(0);
  w.String("alone");
  EXPECT_EQ(std::move(w).Finish(), R"("alone")");
}

}  // namespace
}  // namespace partnerlens::tools
