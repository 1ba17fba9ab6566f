#include "tools/json_writer.h"

#include <cassert>
#include <cstddef>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "tools/utf8.h"

namespace partnerlens::tools {
namespace {

constexpr absl::string_view kReplacementCharacter = "\xEF\xBF\xBD";

// Appends one ASCII character, escaped where JSON requires it.
void AppendAscii(char c, std::string& out) {
  switch (c) {
    case '"':
      out += "\\\"";
      return;
    case '\\':
      out += "\\\\";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    case '\b':
      out += "\\b";
      return;
    case '\f':
      out += "\\f";
      return;
    default:
      break;
  }
  if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
    absl::StrAppendFormat(&out, "\\u%04x", static_cast<unsigned char>(c));
  } else {
    out += c;
  }
}

}  // namespace

void AppendJsonString(absl::string_view text, std::string& out) {
  out += '"';
  size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      AppendAscii(text[i], out);
      ++i;
      continue;
    }
    const size_t length = Utf8SequenceLength(text, i);
    if (length == 0) {
      out.append(kReplacementCharacter.data(), kReplacementCharacter.size());
      ++i;
      continue;
    }
    out.append(text.data() + i, length);
    i += length;
  }
  out += '"';
}

JsonWriter::JsonWriter(int indent) : indent_(indent) {}

void JsonWriter::NewLine(int depth) {
  if (indent_ == 0) return;
  out_ += '\n';
  out_.append(static_cast<size_t>(depth) * static_cast<size_t>(indent_), ' ');
}

void JsonWriter::BeforeItem() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  if (levels_.back().count > 0) out_ += ',';
  ++levels_.back().count;
  NewLine(static_cast<int>(levels_.size()));
}

void JsonWriter::Open(char bracket, bool is_object) {
  BeforeItem();
  out_ += bracket;
  levels_.push_back(Level{.is_object = is_object, .count = 0});
}

void JsonWriter::Close(char bracket) {
  assert(!levels_.empty());
  const bool had_items = levels_.back().count > 0;
  levels_.pop_back();
  if (had_items) NewLine(static_cast<int>(levels_.size()));
  out_ += bracket;
}

void JsonWriter::BeginObject() { Open('{', true); }
void JsonWriter::EndObject() { Close('}'); }
void JsonWriter::BeginArray() { Open('[', false); }
void JsonWriter::EndArray() { Close(']'); }

void JsonWriter::Key(absl::string_view key) {
  assert(!levels_.empty() && levels_.back().is_object && !after_key_);
  BeforeItem();
  AppendJsonString(key, out_);
  out_ += indent_ == 0 ? ":" : ": ";
  after_key_ = true;
}

void JsonWriter::String(absl::string_view value) {
  BeforeItem();
  AppendJsonString(value, out_);
}

void JsonWriter::Int(int64_t value) {
  BeforeItem();
  absl::StrAppend(&out_, value);
}

void JsonWriter::Bool(bool value) {
  BeforeItem();
  out_ += value ? "true" : "false";
}

void JsonWriter::Null() {
  BeforeItem();
  out_ += "null";
}

void JsonWriter::StringArray(const std::vector<std::string>& values) {
  BeginArray();
  for (const std::string& value : values) String(value);
  EndArray();
}

void JsonWriter::StringField(absl::string_view key, absl::string_view value) {
  Key(key);
  String(value);
}

void JsonWriter::IntField(absl::string_view key, int64_t value) {
  Key(key);
  Int(value);
}

void JsonWriter::BoolField(absl::string_view key, bool value) {
  Key(key);
  Bool(value);
}

void JsonWriter::StringArrayField(absl::string_view key,
                                  const std::vector<std::string>& values) {
  Key(key);
  StringArray(values);
}

std::string JsonWriter::Finish() && {
  assert(levels_.empty());
  if (indent_ > 0) out_ += '\n';
  return std::move(out_);
}

}  // namespace partnerlens::tools
