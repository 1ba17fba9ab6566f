#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {

const char* OrgKindName(OrgKind kind) {
  switch (kind) {
    case OrgKind::kUniversity:
      return "UNIVERSITY";
    case OrgKind::kDepartment:
      return "DEPARTMENT";
    case OrgKind::kSchool:
      return "SCHOOL";
    case OrgKind::kCompany:
      return "COMPANY";
    case OrgKind::kGovernment:
      return "GOVERNMENT";
    case OrgKind::kResearchInstitute:
      return "RESEARCH_INSTITUTE";
    case OrgKind::kAlliance:
      return "ALLIANCE";
    case OrgKind::kMedia:
      return "MEDIA";
    case OrgKind::kOther:
      return "OTHER";
  }
  return "OTHER";
}

const char* EventKindName(EventKind kind) {
  switch (kind) {
    case EventKind::kMeeting:
      return "MEETING";
    case EventKind::kSigning:
      return "SIGNING";
    case EventKind::kCeremony:
      return "CEREMONY";
    case EventKind::kForum:
      return "FORUM";
    case EventKind::kVisit:
      return "VISIT";
    case EventKind::kOther:
      return "OTHER";
  }
  return "OTHER";
}

const char* PartnershipKindName(PartnershipKind kind) {
  switch (kind) {
    case PartnershipKind::kStrategicCooperation:
      return "STRATEGIC_COOPERATION";
    case PartnershipKind::kTalentTraining:
      return "TALENT_TRAINING";
    case PartnershipKind::kInternshipBase:
      return "INTERNSHIP_BASE";
    case PartnershipKind::kJointLab:
      return "JOINT_LAB";
    case PartnershipKind::kPostdoctoralWorkstation:
      return "POSTDOCTORAL_WORKSTATION";
    case PartnershipKind::kResearchCooperation:
      return "RESEARCH_COOPERATION";
    case PartnershipKind::kMembership:
      return "MEMBERSHIP";
    case PartnershipKind::kInvestment:
      return "INVESTMENT";
    case PartnershipKind::kOther:
      return "OTHER";
  }
  return "OTHER";
}

const char* PartnershipStatusName(PartnershipStatus status) {
  switch (status) {
    case PartnershipStatus::kDiscussed:
      return "DISCUSSED";
    case PartnershipStatus::kAgreed:
      return "AGREED";
    case PartnershipStatus::kOngoing:
      return "ONGOING";
  }
  return "AGREED";
}

namespace {

// Finds the enumerator in [0, count) whose name is `name`.
template <typename Enum>
std::optional<Enum> FromName(absl::string_view name, int count,
                             const char* (*name_of)(Enum)) {
  for (int i = 0; i < count; ++i) {
    const auto value = static_cast<Enum>(i);
    if (name == name_of(value)) return value;
  }
  return std::nullopt;
}

}  // namespace

std::optional<OrgKind> OrgKindFromName(absl::string_view name) {
  return FromName<OrgKind>(name, static_cast<int>(OrgKind::kOther) + 1,
                           &OrgKindName);
}

std::optional<EventKind> EventKindFromName(absl::string_view name) {
  return FromName<EventKind>(name, static_cast<int>(EventKind::kOther) + 1,
                             &EventKindName);
}

std::optional<PartnershipKind> PartnershipKindFromName(absl::string_view name) {
  return FromName<PartnershipKind>(
      name, static_cast<int>(PartnershipKind::kOther) + 1,
      &PartnershipKindName);
}

std::optional<PartnershipStatus> PartnershipStatusFromName(
    absl::string_view name) {
  return FromName<PartnershipStatus>(
      name, static_cast<int>(PartnershipStatus::kOngoing) + 1,
      &PartnershipStatusName);
}

}  // namespace partnerlens::extraction
