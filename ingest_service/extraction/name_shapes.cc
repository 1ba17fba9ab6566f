#include "ingest_service/extraction/name_shapes.h"

#include "ingest_service/extraction/person_names.h"

namespace partnerlens::extraction {

PhraseLexicon::Match NameShapes::LongestAt(const PhraseLexicon& lexicon,
                                           int32_t first, int32_t limit) const {
  return lexicon.LongestAt(view_.text(), tokenized_.tokens, first, limit);
}

std::optional<OrgHead> NameShapes::HeadOf(int32_t first, int32_t end) const {
  // "Off-campus Practice Teaching Base of the School of X": a thing.
  if (NamesAThing(first, end)) return std::nullopt;
  // "Zhejiang University of Technology": a strong head before "of" wins
  // over a weak one at the end.
  if (std::optional<OrgHead> head = HeadBeforeOf(first, end)) return head;
  int32_t last = end - 1;
  while (last > first &&
         (view_.IsPunct(last) || IsLegalWord(view_.word(last)))) {
    if (IsLegalWord(view_.word(last))) return HeadAt(last);
    last = view_.Is(last, ")") ? MatchingOpen(first, last) - 1 : last - 1;
  }
  // A head word alone ("Group", "University") names no one body.
  if (last <= first) return std::nullopt;
  if (std::optional<OrgHead> head = HeadAt(last)) return head;
  // "Hochschule Steigerwald": a head that opens the name.
  if (view_.IsIn(first, r_.org_name_words().leading_heads)) {
    return HeadAt(first);
  }
  return std::nullopt;
}

// Whether the noun before the first "of"/"for" of [first, end), or its
// last word, is a thing's (org_name_words.txt THING).
bool NameShapes::NamesAThing(int32_t first, int32_t end) const {
  const WordSet& things = r_.org_name_words().things;
  for (int32_t i = first + 1; i < end; ++i) {
    if (view_.Is(i, "(")) break;
    if (view_.IsLower(i, "of") || view_.IsLower(i, "for")) {
      return view_.IsIn(i - 1, things);
    }
  }
  return view_.IsIn(end - 1, things);
}

// The head before the first top-level "of" ("Ministry of Education") or
// "for" ("Joint Research Center for Artificial Intelligence"), when it is
// not weak.
std::optional<OrgHead> NameShapes::HeadBeforeOf(int32_t first,
                                                int32_t end) const {
  for (int32_t i = first + 1; i < end; ++i) {
    if (view_.Is(i, "(")) break;
    if (!view_.IsLower(i, "of") && !view_.IsLower(i, "for")) continue;
    std::optional<OrgHead> head = HeadAt(i - 1);
    if (head && head->strength != HeadStrength::kWeak) return head;
    break;
  }
  return std::nullopt;
}

std::optional<OrgHead> NameShapes::HeadAt(int32_t i) const {
  const int32_t value = r_.org_heads().Find(view_.word(i), -1);
  if (value < 0 || !view_.IsCapitalized(i)) return std::nullopt;
  return UnpackOrgHead(value);
}

bool NameShapes::IsCompleteOrg(int32_t first, int32_t end) const {
  if (first >= end) return false;
  if (std::optional<OrgHead> head = HeadOf(first, end)) {
    return head->strength == HeadStrength::kStrong ||
           (head->strength == HeadStrength::kWeak &&
            IsWeakHeadName(first, end));
  }
  return IsKnownOrg(first, end) || (end - first == 1 && IsAcronym(first));
}

bool NameShapes::IsCompleteName(int32_t first, int32_t end) const {
  if (first >= end) return false;
  if (HeadOf(first, end) || IsKnownOrg(first, end) || IsLocation(first, end)) {
    return true;
  }
  if (end - first == 1) {
    return !r_.IsCommonWord(view_.word(first)) || IsAcronym(first);
  }
  if (PersonNameShape(view_, first, end, r_) == NameConfidence::kStrong) {
    return true;
  }
  // "Suzhou Wu Qing": a place and a person after it.
  for (int32_t k = first + 1; k + 2 <= end; ++k) {
    if (IsLocation(first, k) &&
        PersonNameShape(view_, k, end, r_) == NameConfidence::kStrong) {
      return true;
    }
  }
  return false;
}

bool NameShapes::IsStrongOrg(int32_t first, int32_t end) const {
  std::optional<OrgHead> head = HeadOf(first, end);
  return head && head->strength == HeadStrength::kStrong &&
         IsCompleteOrg(first, end);
}

bool NameShapes::IsKnownOrg(int32_t first, int32_t end) const {
  return LongestAt(r_.known_orgs(), first, end).length == end - first;
}

bool NameShapes::IsLocation(int32_t first, int32_t end) const {
  if (LongestAt(r_.locations(), first, end).length == end - first) {
    return true;
  }
  return end - first >= 2 && view_.IsCapitalized(end - 1) &&
         view_.IsLowerIn(end - 1, r_.place_words().suffixes) &&
         !r_.IsCommonWord(view_.word(first));
}

bool NameShapes::IsAcronym(int32_t i) const {
  const absl::string_view w = view_.word(i);
  return view_.Has(i, kTokenAllCaps) && w.size() <= 10 &&
         !r_.IsStopAcronym(w) && !r_.titles().Contains(w) &&
         !(w.size() >= 3 && r_.IsCommonWord(w)) && !IsLocation(i, i + 1);
}

bool NameShapes::IsProperWord(int32_t first, int32_t end) const {
  return end - first == 1 && view_.IsCapitalized(first) &&
         !r_.IsCommonWord(view_.word(first)) && !IsLocation(first, end);
}

bool NameShapes::IsPlaceWithLegalSuffix(int32_t first, int32_t end) const {
  int32_t last = end;
  while (last > first &&
         (view_.IsPunct(last - 1) ||
          view_.IsIn(last - 1, r_.org_name_words().legal_forms_after_place))) {
    --last;
  }
  return last < end && last > first && IsLocation(first, last);
}

bool NameShapes::IsWeakHeadName(int32_t first, int32_t end) const {
  if (end - first < 2) return false;
  if (!r_.IsCommonWord(view_.word(first))) return true;
  if (end - first < 3) return false;
  // "Smart Port and Shipping Industry-College Community": capitalised
  // words, joined by connectors inside when there are enough of them to
  // be more than a field ("Information and Communications Technology").
  int32_t connectors = 0;
  for (int32_t i = first; i < end; ++i) {
    const bool inner_connector = i > first && i + 1 < end && IsConnector(i);
    if (!view_.IsCapitalized(i) && !inner_connector) return false;
    connectors += inner_connector ? 1 : 0;
  }
  constexpr int32_t kMinWordsWithConnectors = 4;
  // "University of Water Resources and Electric Power", "Centre of
  // Excellence in Artificial Intelligence and Data Engineering": a field
  // after a preposition is part of the name before it.
  const bool after_preposition =
      view_.IsLower(first - 1, "of") || view_.IsLower(first - 1, "in") ||
      view_.IsLower(first - 1, "for") || view_.IsLower(first - 1, "on");
  return connectors == 0 ||
         (end - first - connectors >= kMinWordsWithConnectors &&
          !after_preposition);
}

bool NameShapes::IsGenericBody(int32_t first, int32_t end) const {
  return LongestAt(r_.title_bodies(), first, end).length == end - first;
}

bool NameShapes::HasProperWord(int32_t first, int32_t end) const {
  for (int32_t i = first; i < end; ++i) {
    if (view_.IsWord(i) && !r_.IsCommonWord(view_.word(i)) && !IsConnector(i)) {
      return true;
    }
  }
  return false;
}

bool NameShapes::IsProperStart(int32_t t) const {
  const absl::string_view w = view_.word(t);
  return view_.IsCapitalized(t) && !r_.IsCommonWord(w) &&
         !r_.titles().Contains(w) && !HeadAt(t);
}

bool NameShapes::IsConnector(int32_t i) const {
  return view_.IsLowerIn(i, r_.name_connectors().joining) &&
         !view_.IsCapitalized(i);
}

bool NameShapes::IsLegalPeriod(int32_t i) const {
  return view_.Is(i, ".") && i > 0 && IsLegalWord(view_.word(i - 1));
}

bool NameShapes::IsLegalWord(absl::string_view word) const {
  return r_.org_name_words().abbreviated_legal_forms.contains(word);
}

int32_t NameShapes::MatchingOpen(int32_t first, int32_t close) const {
  for (int32_t i = close - 1; i >= first; --i) {
    if (view_.Is(i, "(")) return i;
  }
  return first;
}

int32_t NameShapes::MatchingClose(int32_t open, int32_t end) const {
  for (int32_t i = open + 1; i < end; ++i) {
    if (view_.Is(i, ")")) return i;
  }
  return -1;
}

}  // namespace partnerlens::extraction
