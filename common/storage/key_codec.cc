#include "common/storage/key_codec.h"

#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace partnerlens::storage {
namespace {

constexpr absl::string_view kSepView(&kSep, 1);

bool IsIndexTag(char c) {
  switch (static_cast<IndexTag>(c)) {
    case IndexTag::kOrganizationName:
    case IndexTag::kPersonName:
    case IndexTag::kPersonNameWord:
    case IndexTag::kOrganizationPerson:
    case IndexTag::kOrganizationChild:
    case IndexTag::kOrganizationPartnership:
    case IndexTag::kOrganizationEvent:
    case IndexTag::kPersonEvent:
      return true;
    case IndexTag::kRequest:
      return false;
  }
  return false;
}

}  // namespace

std::string FactKey(absl::string_view entity_id, absl::string_view article_id) {
  return absl::StrCat(entity_id, kSepView, article_id);
}

std::string FactPrefix(absl::string_view entity_id) {
  return absl::StrCat(entity_id, kSepView);
}

absl::StatusOr<FactKeyParts> ParseFactKey(absl::string_view key) {
  std::vector<absl::string_view> parts =
      absl::StrSplit(key, absl::ByChar(kSep));
  if (parts.size() != 2 || parts[0].empty() || parts[1].empty()) {
    return absl::InvalidArgumentError("malformed fact key");
  }
  return FactKeyParts{parts[0], parts[1]};
}

std::string IndexKey(IndexTag tag, absl::string_view a, absl::string_view b,
                     absl::string_view article_id) {
  const char tag_char = static_cast<char>(tag);
  return absl::StrCat(absl::string_view(&tag_char, 1), a, kSepView, b, kSepView,
                      article_id);
}

std::string IndexPrefix(IndexTag tag, absl::string_view a) {
  const char tag_char = static_cast<char>(tag);
  return absl::StrCat(absl::string_view(&tag_char, 1), a, kSepView);
}

std::string RequestKey(absl::string_view request_id) {
  const char tag_char = static_cast<char>(IndexTag::kRequest);
  return absl::StrCat(absl::string_view(&tag_char, 1), request_id);
}

absl::StatusOr<IndexKeyParts> ParseIndexKey(absl::string_view key) {
  if (key.empty() || !IsIndexTag(key.front())) {
    return absl::InvalidArgumentError("malformed index key tag");
  }
  std::vector<absl::string_view> parts =
      absl::StrSplit(key.substr(1), absl::ByChar(kSep));
  if (parts.size() != 3 || parts[0].empty() || parts[1].empty() ||
      parts[2].empty()) {
    return absl::InvalidArgumentError("malformed index key");
  }
  return IndexKeyParts{static_cast<IndexTag>(key.front()), parts[0], parts[1],
                       parts[2]};
}

std::string PrefixSuccessor(absl::string_view prefix) {
  std::string out(prefix);
  while (!out.empty()) {
    auto& last = reinterpret_cast<unsigned char&>(out.back());
    if (last != 0xff) {
      ++last;
      return out;
    }
    out.pop_back();
  }
  return out;
}

}  // namespace partnerlens::storage
