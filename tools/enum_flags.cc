#include "tools/enum_flags.h"

#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "google/protobuf/descriptor.h"

namespace partnerlens::tools {
namespace {

using google::protobuf::EnumDescriptor;
using google::protobuf::EnumValueDescriptor;

// "PARTNERSHIP_KIND_" for the enum PartnershipKind: the prefix every value
// carries (the name of its UNSPECIFIED value without "UNSPECIFIED").
std::string ValuePrefix(const EnumDescriptor& descriptor) {
  std::string first = descriptor.value(0)->name();
  return first.substr(0, first.size() - std::string("UNSPECIFIED").size());
}

std::string ShortNames(const EnumDescriptor& descriptor) {
  const std::string prefix = ValuePrefix(descriptor);
  std::vector<std::string> names;
  for (int i = 1; i < descriptor.value_count(); ++i) {
    names.push_back(descriptor.value(i)->name().substr(prefix.size()));
  }
  return absl::StrJoin(names, ", ");
}

// The number of the value `text` names, or INVALID_ARGUMENT.
absl::StatusOr<int> ParseEnum(const EnumDescriptor& descriptor,
                              absl::string_view what, absl::string_view text) {
  const std::string prefix = ValuePrefix(descriptor);
  std::string upper = absl::AsciiStrToUpper(text);
  for (char& c : upper) {
    if (c == '-' || c == ' ') c = '_';
  }
  if (!absl::StartsWith(upper, prefix)) upper = absl::StrCat(prefix, upper);
  const EnumValueDescriptor* value = descriptor.FindValueByName(upper);
  if (value == nullptr || value->number() == 0) {
    return absl::InvalidArgumentError(absl::StrCat(
        "unknown ", what, " \"", text, "\"; one of ", ShortNames(descriptor)));
  }
  return value->number();
}

template <typename Enum>
absl::StatusOr<Enum> ParseAs(const EnumDescriptor& descriptor,
                             absl::string_view what, absl::string_view text) {
  absl::StatusOr<int> number = ParseEnum(descriptor, what, text);
  if (!number.ok()) return number.status();
  return static_cast<Enum>(*number);
}

}  // namespace

absl::StatusOr<v1::OrganizationKind> ParseOrganizationKind(
    absl::string_view value) {
  return ParseAs<v1::OrganizationKind>(*v1::OrganizationKind_descriptor(),
                                       "organization kind", value);
}

absl::StatusOr<v1::PartnershipKind> ParsePartnershipKind(
    absl::string_view value) {
  return ParseAs<v1::PartnershipKind>(*v1::PartnershipKind_descriptor(),
                                      "partnership kind", value);
}

absl::StatusOr<v1::PartnershipStatus> ParsePartnershipStatus(
    absl::string_view value) {
  return ParseAs<v1::PartnershipStatus>(*v1::PartnershipStatus_descriptor(),
                                        "partnership status", value);
}

absl::StatusOr<v1::EventKind> ParseEventKind(absl::string_view value) {
  return ParseAs<v1::EventKind>(*v1::EventKind_descriptor(), "event kind",
                                value);
}

std::string OrganizationKindNames() {
  return ShortNames(*v1::OrganizationKind_descriptor());
}
std::string PartnershipKindNames() {
  return ShortNames(*v1::PartnershipKind_descriptor());
}
std::string PartnershipStatusNames() {
  return ShortNames(*v1::PartnershipStatus_descriptor());
}
std::string EventKindNames() { return ShortNames(*v1::EventKind_descriptor()); }

}  // namespace partnerlens::tools
