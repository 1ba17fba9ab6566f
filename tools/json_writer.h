#ifndef PARTNERLENS_TOOLS_JSON_WRITER_H_
#define PARTNERLENS_TOOLS_JSON_WRITER_H_

// A small streaming JSON writer for the CLI's own output (the extraction
// records have no protobuf form). Strings are escaped as RFC 8259 requires:
// quote, backslash and control characters; valid UTF-8 passes through
// unchanged and each invalid byte becomes U+FFFD, so the output is always
// valid JSON in UTF-8.
//
// Usage:
//   JsonWriter w;
//   w.BeginObject();
//   w.Key("name"); w.String("Fan Jing");  // or w.StringField("name", ...)
//   w.EndObject();
//   std::string json = std::move(w).Finish();
//
// Calls must form one well-nested value; misuse (a value where a key is
// expected, unbalanced End calls) is a programming error: assert() catches
// it in debug builds, otherwise the text is malformed.
// Not thread-safe: one writer per thread.

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace partnerlens::tools {

// Appends `text` to `out` as a JSON string literal, quotes included.
void AppendJsonString(absl::string_view text, std::string& out);

class JsonWriter {
 public:
  // `indent` spaces per nesting level; 0 writes everything on one line.
  explicit JsonWriter(int indent = 2);

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  // The key of the next member; only inside an object.
  void Key(absl::string_view key);
  void String(absl::string_view value);
  void Int(int64_t value);
  void Bool(bool value);
  void Null();
  // Convenience: an array of strings.
  void StringArray(const std::vector<std::string>& values);
  // Convenience: a member, Key(key) followed by its value.
  void StringField(absl::string_view key, absl::string_view value);
  void IntField(absl::string_view key, int64_t value);
  void BoolField(absl::string_view key, bool value);
  void StringArrayField(absl::string_view key,
                        const std::vector<std::string>& values);

  // The text written so far, ended by a newline when indenting.
  std::string Finish() &&;

 private:
  struct Level {
    bool is_object = false;
    int count = 0;
  };

  // Separator and indentation before a value or key.
  void BeforeItem();
  void Open(char bracket, bool is_object);
  void Close(char bracket);
  void NewLine(int depth);

  int indent_;
  bool after_key_ = false;
  std::vector<Level> levels_;
  std::string out_;
};

}  // namespace partnerlens::tools

#endif  // PARTNERLENS_TOOLS_JSON_WRITER_H_
