#include "ingest_service/extraction/resolution_state.h"

#include <algorithm>
#include <numeric>
#include <utility>

#include "absl/strings/match.h"

#include "common/text/name_key.h"

namespace partnerlens::extraction {

Clusters::Clusters(size_t n) : parent_(n) {
  std::iota(parent_.begin(), parent_.end(), 0);
}

int32_t Clusters::Find(int32_t i) {
  while (parent_[i] != i) {
    parent_[i] = parent_[parent_[i]];
    i = parent_[i];
  }
  return i;
}

void Clusters::Join(int32_t a, int32_t b) {
  a = Find(a);
  b = Find(b);
  if (a == b) return;
  if (b < a) std::swap(a, b);
  parent_[b] = a;
}

ResolutionState::ResolutionState(absl::string_view text,
                                 const TokenizedText& tokenized,
                                 const Mentions& mentions,
                                 const ExtractionResources& resources)
    : view(text, tokenized),
      tokenized(tokenized),
      items(mentions.items),
      resources(resources),
      clusters(mentions.items.size()),
      types(mentions.items.size()),
      kinds(mentions.items.size()) {
  std::vector<std::pair<int32_t, int32_t>> starts;
  std::vector<std::pair<int32_t, int32_t>> ends;
  for (size_t i = 0; i < items.size(); ++i) {
    types[i] = items[i].type;
    kinds[i] = items[i].org_kind;
    starts.emplace_back(items[i].first_token, static_cast<int32_t>(i));
    ends.emplace_back(items[i].end_token, static_cast<int32_t>(i));
  }
  const auto token_count = static_cast<int32_t>(tokenized.tokens.size()) + 1;
  starting = FlatIndex(token_count, starts);
  ending = FlatIndex(token_count, ends);
}

std::string ResolutionState::Text(int32_t i) const {
  return std::string(SpanText(view.text(), items[i].span));
}

std::string ResolutionState::OrgKeyOf(int32_t i) const {
  std::string name = Text(i);
  // Longest first: the first suffix that ends the name as a word of its
  // own is the one tried.
  for (const std::string& suffix : resources.government_words().key_suffixes) {
    if (name.size() <= suffix.size() || !absl::EndsWith(name, suffix)) continue;
    const size_t space = name.size() - suffix.size() - 1;
    if (name[space] != ' ') continue;
    const std::string place = name.substr(0, space);
    if (resources.locations().Contains(place)) name = place;
    break;
  }
  return text::OrganizationKey(name);
}

bool ResolutionState::IsGovernmentPlace(int32_t i) const {
  return std::find(government.begin(), government.end(), i) != government.end();
}

bool ResolutionState::IsPlaceWord(absl::string_view word) const {
  return resources.locations().Contains(word);
}

const Sentence* ResolutionState::SentenceAt(int32_t token) const {
  auto it = std::upper_bound(
      tokenized.sentences.begin(), tokenized.sentences.end(), token,
      [](int32_t t, const Sentence& s) { return t < s.first_token; });
  if (it == tokenized.sentences.begin()) return nullptr;
  return &*(it - 1);
}

bool ResolutionState::IsSentenceStart(int32_t token) const {
  const Sentence* s = SentenceAt(token);
  return s != nullptr && s->first_token == token;
}

int32_t ResolutionState::MentionEndingAt(int32_t token_before,
                                         MentionType type) const {
  for (int32_t i : ending[token_before]) {
    if (items[i].type == type) return i;
  }
  return -1;
}

int32_t ResolutionState::MentionStartingAt(int32_t token,
                                           MentionType type) const {
  for (int32_t i : starting[token]) {
    if (items[i].type == type) return i;
  }
  return -1;
}

}  // namespace partnerlens::extraction
