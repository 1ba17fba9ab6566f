#include "ingest_service/extraction/government_resolution.h"

#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/match.h"

#include "ingest_service/extraction/lexicon.h"

namespace partnerlens::extraction {
namespace {

// "mayor of Tianjin"; not "general manager of China's ... business group",
// whose body is the group.
bool IsTitleBody(const ResolutionState& state, int32_t i) {
  const int32_t before = state.items[i].first_token - 1;
  if (!state.view.IsLower(before, "of")) return false;
  if (state.view.Is(state.items[i].end_token, "'s")) return false;
  return state.MentionEndingAt(before, MentionType::kTitle) >= 0;
}

bool SentenceHasCooperationCue(const ResolutionState& state, int32_t token) {
  const Sentence* s = state.SentenceAt(token);
  if (s == nullptr) return false;
  for (int32_t t = s->first_token; t < s->end_token; ++t) {
    if (state.resources.partnership_cues()
            .LongestAt(state.view.text(), state.tokenized.tokens, t,
                       s->end_token)
            .length > 0) {
      return true;
    }
  }
  return false;
}

// "Huawei and Jinan", "cooperation between X and Tianjin", "signed ...
// with Tianjin": a place coordinated with an organization, or after
// "with"/"between" in a sentence about cooperation.
bool IsCoordinatedWithOrg(const ResolutionState& state, int32_t i) {
  const Mention& m = state.items[i];
  const TokenView& view = state.view;
  const int32_t before = m.first_token - 1;
  if (view.IsLower(before, "and") &&
      state.MentionEndingAt(before, MentionType::kOrganization) >= 0) {
    return true;
  }
  if (view.IsLower(m.end_token, "and") &&
      state.MentionStartingAt(m.end_token + 1, MentionType::kOrganization) >=
          0) {
    return true;
  }
  const bool with =
      view.IsLower(before, "with") || view.IsLower(before, "between");
  return with && !view.IsLower(before - 1, "line") &&
         SentenceHasCooperationCue(state, m.first_token);
}

// The place mention whose name key the article uses most often (the
// earliest among equals), or -1.
int32_t MostNamedPlace(const ResolutionState& state) {
  absl::flat_hash_map<std::string, int32_t> count;
  int32_t best = -1;
  for (int32_t j = 0; j < state.size(); ++j) {
    if (state.types[j] != MentionType::kLocation) continue;
    const int32_t n = ++count[state.OrgKeyOf(j)];
    if (best < 0 || n > count[state.OrgKeyOf(best)]) best = j;
  }
  return best;
}

}  // namespace

void PromoteGovernments(ResolutionState& state) {
  for (int32_t i = 0; i < state.size(); ++i) {
    if (state.types[i] != MentionType::kLocation) continue;
    if (IsTitleBody(state, i) || IsCoordinatedWithOrg(state, i)) {
      state.types[i] = MentionType::kOrganization;
      state.government.push_back(i);
    }
  }
}

int32_t PromoteMainCity(ResolutionState& state) {
  if (!state.government.empty()) return state.government.front();
  const int32_t best = MostNamedPlace(state);
  if (best < 0) return -1;
  const std::string key = state.OrgKeyOf(best);
  for (int32_t j = 0; j < state.size(); ++j) {
    if (state.types[j] != MentionType::kLocation || state.OrgKeyOf(j) != key) {
      continue;
    }
    state.types[j] = MentionType::kOrganization;
    state.kinds[j] = OrgKind::kGovernment;
    state.government.push_back(j);
    state.clusters.Join(best, j);
  }
  return best;
}

bool IsCityAnaphor(const ResolutionState& state, int32_t i) {
  if (state.items[i].org_kind != OrgKind::kGovernment) return false;
  const GovernmentWords& words = state.resources.government_words();
  const std::string lower = LowerAscii(state.Text(i));
  if (words.city_anaphors.contains(lower)) return true;
  for (const std::string& part : words.city_anaphor_parts) {
    if (absl::StrContains(lower, part)) return true;
  }
  return false;
}

}  // namespace partnerlens::extraction
