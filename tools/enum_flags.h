#ifndef PARTNERLENS_TOOLS_ENUM_FLAGS_H_
#define PARTNERLENS_TOOLS_ENUM_FLAGS_H_

// Parses the CLI's kind and status flags into the wire enums. Values are
// the short names ("university", "JOINT_LAB", "joint-lab", "signing"),
// case-insensitive with "-" read as "_", or the full proto names
// ("PARTNERSHIP_KIND_JOINT_LAB"). The UNSPECIFIED
// value is not accepted: leave the flag out to mean "any". Pure and
// thread-safe.

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

#include "partnerlens/v1/entity.pb.h"

namespace partnerlens::tools {

// INVALID_ARGUMENT for an unknown value lists the accepted ones.
absl::StatusOr<v1::OrganizationKind> ParseOrganizationKind(
    absl::string_view value);
absl::StatusOr<v1::PartnershipKind> ParsePartnershipKind(
    absl::string_view value);
absl::StatusOr<v1::PartnershipStatus> ParsePartnershipStatus(
    absl::string_view value);
absl::StatusOr<v1::EventKind> ParseEventKind(absl::string_view value);

// The accepted short names of an enum, comma separated ("MEETING, SIGNING,
// ..."), for help texts.
std::string OrganizationKindNames();
std::string PartnershipKindNames();
std::string PartnershipStatusNames();
std::string EventKindNames();

}  // namespace partnerlens::tools

#endif  // PARTNERLENS_TOOLS_ENUM_FLAGS_H_
