#include "ingest_service/extraction/people_resolution.h"

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

#include "common/text/name_key.h"

namespace partnerlens::extraction {
namespace {

bool ContainsWord(const ResolutionState& state, const Mention& m,
                  absl::string_view word) {
  for (int32_t t = m.first_token; t < m.end_token; ++t) {
    if (state.view.word(t) == word) return true;
  }
  return false;
}

// The latest full name before mention i that contains its word, else the
// first after it, else -1. `full_names` is in text order.
int32_t PartOfFullName(const ResolutionState& state, int32_t i,
                       const std::vector<int32_t>& full_names) {
  const absl::string_view word = state.view.word(state.items[i].first_token);
  int32_t best = -1;
  for (int32_t candidate : full_names) {
    if (!ContainsWord(state, state.items[candidate], word)) continue;
    if (best < 0 || candidate < i) best = candidate;
  }
  return best;
}

// Joins person mentions with the same key; returns the person mentions of
// two or more words, in text order.
std::vector<int32_t> JoinPeopleByKey(ResolutionState& state) {
  absl::flat_hash_map<std::string, int32_t> first_with_key;
  std::vector<int32_t> full_names;
  for (int32_t i = 0; i < state.size(); ++i) {
    if (state.types[i] != MentionType::kPerson) continue;
    const std::string key = text::PersonKey(state.Text(i));
    auto [it, inserted] = first_with_key.emplace(key, i);
    if (!inserted) state.clusters.Join(it->second, i);
    if (state.items[i].end_token - state.items[i].first_token >= 2) {
      full_names.push_back(i);
    }
  }
  return full_names;
}

}  // namespace

void JoinPeople(ResolutionState& state) {
  const std::vector<int32_t> full_names = JoinPeopleByKey(state);
  for (int32_t i = 0; i < state.size(); ++i) {
    const bool single =
        state.items[i].end_token - state.items[i].first_token == 1;
    if (!single || (state.types[i] != MentionType::kPerson &&
                    state.types[i] != MentionType::kProperName)) {
      continue;
    }
    const int32_t target = PartOfFullName(state, i, full_names);
    if (target < 0) continue;
    state.types[i] = MentionType::kPerson;
    state.clusters.Join(target, i);
  }
}

}  // namespace partnerlens::extraction
