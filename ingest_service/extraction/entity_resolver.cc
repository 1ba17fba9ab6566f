#include "ingest_service/extraction/entity_resolver.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"

#include "ingest_service/extraction/entity_output.h"
#include "ingest_service/extraction/government_resolution.h"
#include "ingest_service/extraction/lexicon.h"
#include "ingest_service/extraction/people_resolution.h"
#include "ingest_service/extraction/resolution_state.h"
#include "ingest_service/extraction/short_forms.h"

namespace partnerlens::extraction {
namespace {

constexpr size_t kOrgKindCount = static_cast<size_t>(OrgKind::kOther) + 1;

// Named organization mentions (not anaphors) by the kind found, each list
// in text order.
using OrgsByKind = std::array<std::vector<int32_t>, kOrgKindCount>;

// Joins the organization mentions that share a name key, and the phrases
// that rename one as another (Mention::same_as). Returns the first
// organization mention of each key.
absl::flat_hash_map<std::string, int32_t> JoinNamedOrgsByKey(
    ResolutionState& state) {
  absl::flat_hash_map<std::string, int32_t> first_with_key;
  for (int32_t i = 0; i < state.size(); ++i) {
    if (!state.OrgAt(i) || state.items[i].anaphor) continue;
    if (state.items[i].same_as >= 0) {
      state.clusters.Join(i, state.items[i].same_as);
    }
    const std::string key = state.OrgKeyOf(i);
    if (key.empty()) continue;
    auto [it, inserted] = first_with_key.emplace(key, i);
    if (!inserted) state.clusters.Join(it->second, i);
  }
  return first_with_key;
}

void JoinOrgsByKey(ResolutionState& state) {
  const absl::flat_hash_map<std::string, int32_t> first_with_key =
      JoinNamedOrgsByKey(state);
  // Places, unknown names and names taken for a person's ("IIT Madras,
  // and Mr. ...") spelled like an organization are it.
  for (int32_t i = 0; i < state.size(); ++i) {
    if (state.types[i] != MentionType::kProperName &&
        state.types[i] != MentionType::kLocation &&
        state.types[i] != MentionType::kPerson) {
      continue;
    }
    auto it = first_with_key.find(state.OrgKeyOf(i));
    if (it == first_with_key.end()) continue;
    state.types[i] = MentionType::kOrganization;
    state.clusters.Join(it->second, i);
  }
}

OrgsByKind NamedOrgsByKind(ResolutionState& state) {
  OrgsByKind named;
  for (int32_t j = 0; j < state.size(); ++j) {
    // Places made governments keep their kind as found.
    const Mention& m = state.items[j];
    if (m.type == MentionType::kOrganization && !m.anaphor) {
      named[static_cast<size_t>(m.org_kind)].push_back(j);
    } else if (m.type == MentionType::kProperName && state.OrgAt(j)) {
      // "Curtin" joined to "Curtin University" is a university too.
      const OrgKind kind = state.kinds[state.clusters.Find(j)];
      named[static_cast<size_t>(kind)].push_back(j);
    }
  }
  return named;
}

// The latest candidate before `index`, else the first after, else -1.
int32_t Preceding(const std::vector<int32_t>& candidates, int32_t index) {
  auto it = std::lower_bound(candidates.begin(), candidates.end(), index);
  if (it != candidates.begin()) return *(it - 1);
  return it == candidates.end() ? -1 : *it;
}

void SetClusterKind(ResolutionState& state, int32_t target, OrgKind kind) {
  const int32_t root = state.clusters.Find(target);
  for (int32_t j = 0; j < state.size(); ++j) {
    if (state.clusters.Find(j) == root) state.kinds[j] = kind;
  }
}

// "lab" and "laboratory", "centre" and "center" are one noun.
std::string CanonicalNoun(std::string word) {
  if (word == "lab") return "laboratory";
  if (word == "centre") return "center";
  return word;
}

// "the center" after "Xunlan Biopharma Central China R&D Center": the
// latest named organization before anaphor i whose name ends in its noun,
// among
// the kMaxNounLookback mentions before it; -1 if none.
int32_t SameNounTarget(const ResolutionState& state, int32_t i) {
  constexpr int32_t kMaxNounLookback = 200;
  const std::string noun = CanonicalNoun(LowerAscii(state.Text(i)));
  for (int32_t j = i - 1; j >= 0 && i - j <= kMaxNounLookback; --j) {
    if (!state.OrgAt(j) || state.items[j].anaphor) continue;
    const std::string name = LowerAscii(state.Text(j));
    const size_t space = name.rfind(' ');
    const std::string head =
        space == std::string::npos ? name : name.substr(space + 1);
    if (CanonicalNoun(head) == noun) return j;
  }
  return -1;
}

// The organization anaphor i refers to: the nearest named organization of
// its kind; else of unknown kind, which learns the anaphor's ("the group"
// for "XXCIG"); else, for a government, the article's city. -1 if none.
int32_t AnaphorTarget(ResolutionState& state, int32_t i,
                      const OrgsByKind& named) {
  const OrgKind kind = state.items[i].org_kind;
  // "the university", "the group" name a kind; "the center", "the
  // commission" a body of that name.
  const bool named_by_noun = kind == OrgKind::kResearchInstitute ||
                             kind == OrgKind::kGovernment ||
                             kind == OrgKind::kOther;
  if (named_by_noun) {
    if (const int32_t same = SameNounTarget(state, i); same >= 0) return same;
  }
  // "The center will employ 40 researchers": a facility no name has
  // introduced is the one being made, no body named before.
  if (state.view.IsLowerIn(state.items[i].first_token,
                           state.resources.relation_words().facilities)) {
    return -1;
  }
  const int32_t same_kind = Preceding(named[static_cast<size_t>(kind)], i);
  if (same_kind >= 0) return same_kind;
  const int32_t unknown =
      Preceding(named[static_cast<size_t>(OrgKind::kOther)], i);
  if (unknown >= 0) {
    SetClusterKind(state, unknown, kind);
    return unknown;
  }
  return kind == OrgKind::kGovernment ? PromoteMainCity(state) : -1;
}

// "the group" joins the latest named organization of its kind before it,
// else the first after it; unresolved, it names nothing.
void JoinAnaphors(ResolutionState& state) {
  const OrgsByKind named = NamedOrgsByKind(state);
  for (int32_t i = 0; i < state.size(); ++i) {
    if (!state.items[i].anaphor || !state.OrgAt(i)) continue;
    const int32_t target = IsCityAnaphor(state, i)
                               ? PromoteMainCity(state)
                               : AnaphorTarget(state, i, named);
    if (target < 0) {
      state.types[i] = MentionType::kProperName;
      continue;
    }
    state.clusters.Join(target, i);
  }
}

}  // namespace

ResolvedEntities ResolveEntities(absl::string_view text,
                                 const TokenizedText& tokenized,
                                 const Mentions& mentions,
                                 const ExtractionResources& resources) {
  ResolutionState state(text, tokenized, mentions, resources);
  PromoteGovernments(state);
  JoinOrgsByKey(state);
  JoinAcronymsAndShortForms(state);
  JoinAnaphors(state);
  JoinPeople(state);
  return BuildResolvedEntities(state);
}

}  // namespace partnerlens::extraction
