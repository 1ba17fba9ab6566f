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

}  // namespace partnerlens::extraction
