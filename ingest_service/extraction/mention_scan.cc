#include "ingest_service/extraction/mention_scan.h"

#include <algorithm>
#include <utility>

namespace partnerlens::extraction {

int32_t MentionList::Add(MentionType type, int32_t first, int32_t end) {
  Mention m;
  m.type = type;
  m.first_token = first;
  m.end_token = end;
  m.span = view_.SpanOf(first, end);
  items_.push_back(std::move(m));
  return static_cast<int32_t>(items_.size()) - 1;
}

int32_t MentionList::AddOrg(int32_t first, int32_t end, OrgKind kind) {
  const int32_t index = Add(MentionType::kOrganization, first, end);
  items_[index].org_kind = kind;
  if (view_.Is(first - 1, "'s")) {
    const int32_t owner = LatestOrgEndingAt(first - 1);
    if (owner >= 0) items_[index].parent = owner;
  }
  return index;
}

int32_t MentionList::LatestEndingAt(int32_t end_token) const {
  for (int32_t i = static_cast<int32_t>(items_.size()) - 1; i >= 0; --i) {
    if (items_[i].end_token == end_token) return i;
    if (items_[i].end_token < end_token - 8) break;
  }
  return -1;
}

int32_t MentionList::LatestOrgEndingAt(int32_t end_token) const {
  for (int32_t i = static_cast<int32_t>(items_.size()) - 1; i >= 0; --i) {
    if (items_[i].end_token == end_token &&
        items_[i].type == MentionType::kOrganization) {
      return i;
    }
    if (items_[i].end_token < end_token - 8) break;
  }
  return -1;
}

std::vector<int32_t> MentionList::OrgsEndingAt(int32_t end_token) const {
  // The parts of one chunk are not added in text order, so look at the
  // last kRecentMentions whatever they end at.
  constexpr int32_t kRecentMentions = 32;
  std::vector<int32_t> out;
  const auto size = static_cast<int32_t>(items_.size());
  for (int32_t i = size - 1; i >= 0 && i >= size - kRecentMentions; --i) {
    if (items_[i].end_token == end_token &&
        items_[i].type == MentionType::kOrganization) {
      out.push_back(i);
    }
  }
  return out;
}

int32_t MentionList::Covering(int32_t first, int32_t end) const {
  for (int32_t i = static_cast<int32_t>(items_.size()) - 1; i >= 0; --i) {
    if (items_[i].first_token == first && items_[i].end_token == end) {
      return i;
    }
  }
  return -1;
}

Mentions MentionList::TakeSorted() {
  std::vector<int32_t> order(items_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int32_t>(i);
  std::stable_sort(order.begin(), order.end(), [&](int32_t a, int32_t b) {
    if (items_[a].span.begin != items_[b].span.begin) {
      return items_[a].span.begin < items_[b].span.begin;
    }
    return items_[a].span.end > items_[b].span.end;
  });
  std::vector<int32_t> new_index(items_.size());
  for (size_t i = 0; i < order.size(); ++i) {
    new_index[order[i]] = static_cast<int32_t>(i);
  }
  Mentions out;
  out.items.reserve(items_.size());
  for (int32_t old : order) {
    Mention m = std::move(items_[old]);
    if (m.parent >= 0) m.parent = new_index[m.parent];
    if (m.same_as >= 0) m.same_as = new_index[m.same_as];
    out.items.push_back(std::move(m));
  }
  items_.clear();
  return out;
}

}  // namespace partnerlens::extraction
