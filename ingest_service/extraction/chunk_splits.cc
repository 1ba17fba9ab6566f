#include "ingest_service/extraction/chunk_splits.h"

#include "ingest_service/extraction/person_names.h"

namespace partnerlens::extraction {
namespace {

// Whether the first name of [first, end) (up to a top-level "and", "," or
// "(") has a head that is not weak after its first word.
bool ContainsStrongHead(const NameShapes& shapes, int32_t first, int32_t end) {
  const TokenView& view = shapes.view();
  for (int32_t i = first + 1; i < end; ++i) {
    if (view.IsLower(i, "and") || view.Is(i, ",") || view.Is(i, "(")) {
      return false;
    }
    std::optional<OrgHead> head = shapes.HeadAt(i);
    if (head && head->strength != HeadStrength::kWeak) return true;
  }
  return false;
}

// "University of Nairobi": the complement is a whole place, so an "and"
// after it starts another name.
bool EndsWithPlaceComplement(const NameShapes& shapes, int32_t first,
                             int32_t end) {
  // "Technical University of Munich (TUM)": look past a closing parenthesis.
  if (shapes.view().Is(end - 1, ")")) end = shapes.MatchingOpen(first, end - 1);
  for (int32_t i = end - 1; i > first; --i) {
    if (shapes.view().IsLower(i, "of")) {
      return i + 1 < end && shapes.IsLocation(i + 1, end);
    }
  }
  return false;
}

bool HasOfComplement(const TokenView& view, int32_t first, int32_t end) {
  for (int32_t i = first + 1; i < end; ++i) {
    if (view.IsLower(i, "of")) return true;
  }
  return false;
}

bool StartsOwnName(const NameShapes& shapes, int32_t first, int32_t end) {
  if (first >= end) return false;
  const ExtractionResources& r = shapes.resources();
  const absl::string_view w = shapes.view().word(first);
  const int32_t head = r.org_heads().Find(w, -1);
  if (head >= 0 && UnpackOrgHead(head).strength != HeadStrength::kWeak) {
    return true;
  }
  return !r.IsCommonWord(w) && !r.titles().Contains(w);
}

bool IsStrongPersonName(const NameShapes& shapes, int32_t first, int32_t end) {
  return PersonNameShape(shapes.view(), first, end, shapes.resources()) ==
         NameConfidence::kStrong;
}

// Whether [first, end) has no common word but a leading Chinese surname
// ("Tan Wei Ming"; not "Jinan Science").
bool HasOnlyNameWords(const NameShapes& shapes, int32_t first, int32_t end) {
  const ExtractionResources& r = shapes.resources();
  for (int32_t t = first; t < end; ++t) {
    const absl::string_view w = shapes.view().word(t);
    if (r.IsCommonWord(w) && !(t == first && r.IsChineseSurname(w))) {
      return false;
    }
  }
  return true;
}

// Whether the coordination at token k of [first, end) joins two names.
bool AndSplitsNames(const NameShapes& shapes, int32_t first, int32_t k,
                    int32_t end) {
  // "Larsen & Toubro", "Research & Development Center": "&" joins words of
  // one name, unless both sides are organizations of their own.
  if (shapes.view().Is(k, "&")) {
    return shapes.IsStrongOrg(first, k) && shapes.IsStrongOrg(k + 1, end);
  }
  // "Yang Bin and Ma Lijie", "Tan Wei Ming and Meridian": a person's name
  // ends at "and".
  if (IsStrongPersonName(shapes, first, k) &&
      (IsStrongPersonName(shapes, k + 1, std::min(end, k + 3)) ||
       IsStrongPersonName(shapes, k + 1, std::min(end, k + 4)) ||
       HasOnlyNameWords(shapes, first, k))) {
    return true;
  }
  // "the Ministry of X and the Department of Y".
  // "Nanjing University of Aeronautics and Astronautics (NUAA) and
  // Shanghai ...": an organization closed by its parenthesis has ended.
  if (shapes.view().Is(k - 1, ")") && shapes.view().IsCapitalized(k + 1)) {
    const int32_t open = shapes.MatchingOpen(first, k - 1);
    if (open > first && shapes.IsCompleteOrg(first, open)) return true;
  }
  // "the College of X and the Human Resources Department".
  if (shapes.view().IsLower(k + 1, "the")) {
    const std::optional<OrgHead> head = shapes.HeadOf(k + 2, end);
    if (head && head->strength != HeadStrength::kWeak) return true;
  }
  // "University of Water Resources and Hydropower": inside an "of"
  // complement only a whole organization starts a new name.
  if (HasOfComplement(shapes.view(), first, k) &&
      !ContainsStrongHead(shapes, k + 1, end) &&
      !EndsWithPlaceComplement(shapes, first, k)) {
    return false;
  }
  // "including Chongqing University, Changan Automobile and Seres Group":
  // the last "and" of a list of names joins two of them.
  if (shapes.view().Is(first - 1, ",") && shapes.IsProperStart(first) &&
      shapes.IsProperStart(k + 1) &&
      !HasOfComplement(shapes.view(), first, k)) {
    return true;
  }
  // "... Technology Laboratory and Automation Instrument Laboratory".
  return shapes.IsCompleteName(first, k) &&
         (StartsOwnName(shapes, k + 1, end) ||
          (shapes.IsStrongOrg(first, k) && shapes.IsStrongOrg(k + 1, end)));
}

// Whether [first, end) is one or more common words ("Science", "Higher
// Education"): the field of a title, not a name.
bool AllCommonWords(const NameShapes& shapes, int32_t first, int32_t end) {
  for (int32_t i = first; i < end; ++i) {
    if (!shapes.view().IsWord(i) ||
        !shapes.resources().IsCommonWord(shapes.view().word(i))) {
      return false;
    }
  }
  return end > first;
}

}  // namespace

// Whether token t describes the name after it: "Winnipeg-based".
bool IsDescriber(const NameShapes& shapes, int32_t t) {
  const absl::string_view word = shapes.view().word(t);
  const size_t hyphen = word.rfind('-');
  return hyphen != absl::string_view::npos &&
         shapes.resources().org_name_words().describers.contains(
             word.substr(hyphen + 1));
}

std::pair<int32_t, int32_t> TrimRange(const NameShapes& shapes, int32_t first,
                                      int32_t end) {
  const TokenView& view = shapes.view();
  // "Hong Kong-listed Orient Harbour Holdings": a place and its describer
  // lead the chunk.
  constexpr int32_t kMaxDescribedPlace = 4;
  for (int32_t t = first; t + 1 < end && t - first < kMaxDescribedPlace; ++t) {
    if (IsDescriber(shapes, t)) {
      first = t + 1;
      break;
    }
    if (!view.IsCapitalized(t)) break;
  }
  while (first < end && (shapes.IsConnector(first) || view.IsPunct(first) ||
                         view.IsLower(first, "the"))) {
    ++first;
  }
  while (end > first && (shapes.IsConnector(end - 1) ||
                         (view.IsPunct(end - 1) && !view.Is(end - 1, ")") &&
                          !shapes.IsLegalPeriod(end - 1)))) {
    --end;
  }
  return {first, end};
}

std::optional<int32_t> FindWord(const NameShapes& shapes, int32_t first,
                                int32_t end, absl::string_view word) {
  const TokenView& view = shapes.view();
  int depth = 0;
  for (int32_t i = first + 1; i < end - 1; ++i) {
    if (view.Is(i, "(")) {
      if (word == "(" && depth == 0) return i;
      ++depth;
    } else if (view.Is(i, ")")) {
      --depth;
    } else if (depth == 0 && view.word(i) == word) {
      return i;
    }
  }
  return std::nullopt;
}

std::optional<int32_t> FindAndSplit(const NameShapes& shapes, int32_t first,
                                    int32_t end) {
  const TokenView& view = shapes.view();
  int depth = 0;
  for (int32_t k = first + 1; k < end - 1; ++k) {
    if (view.Is(k, "(")) ++depth;
    if (view.Is(k, ")")) --depth;
    const bool coordination = view.IsLower(k, "and") || view.Is(k, "&");
    if (depth == 0 && coordination && AndSplitsNames(shapes, first, k, end)) {
      return k;
    }
  }
  return std::nullopt;
}

std::optional<int32_t> RunOnAfterHead(const NameShapes& shapes, int32_t first,
                                      int32_t end) {
  if (shapes.HeadOf(first, end)) return std::nullopt;
  const TokenView& view = shapes.view();
  for (int32_t i = end - 2; i > first; --i) {
    std::optional<OrgHead> head = shapes.HeadAt(i);
    if (!head || head->strength == HeadStrength::kWeak) continue;
    if (shapes.IsConnector(i + 1) || view.Is(i + 1, "(") ||
        view.Is(i + 1, "'s")) {
      return std::nullopt;
    }
    return i + 1;
  }
  return std::nullopt;
}

std::optional<int32_t> TrailingPersonStart(const NameShapes& shapes,
                                           int32_t first, int32_t end) {
  const TokenView& view = shapes.view();
  // "Tan Wei Ming", "Helena Carvalho Bastos": one person's whole name.
  const ExtractionResources& r = shapes.resources();
  const bool three = end - first == 3;
  if (IsStrongPersonName(shapes, first, end) ||
      (three && r.IsGivenName(view.word(first)) &&
       IsStrongPersonName(shapes, first + 1, end)) ||
      (three && r.IsChineseSurname(view.word(first)) &&
       IsPinyinGivenName(view.word(first + 1), r) &&
       IsPinyinGivenName(view.word(first + 2), r))) {
    return std::nullopt;
  }
  for (int32_t n = 2; n <= 3; ++n) {
    const int32_t start = end - n;
    if (start - first < 1) break;
    if (PersonNameShape(view, start, end, shapes.resources()) !=
        NameConfidence::kStrong) {
      continue;
    }
    // "Anand V. Kulkarni": a middle initial continues the name before it.
    if (IsInitial(view, start)) continue;
    int32_t before = start;
    if (view.Is(before - 1, ".")) --before;  // "Co. Wang Shanshui"
    // The person follows an organization ("... Chamber of Commerce Zhao
    // Jun"), a place ("Mayor of Suzhou Wu Qing") or the field of a title
    // ("Minister of Science Markus Blume").
    if (shapes.HeadOf(first, before) || shapes.IsKnownOrg(first, before) ||
        shapes.IsLocation(first, before) ||
        AllCommonWords(shapes, first, before)) {
      return start;
    }
  }
  return std::nullopt;
}

std::optional<int32_t> LeadingPersonEnd(const NameShapes& shapes, int32_t first,
                                        int32_t end) {
  const TokenView& view = shapes.view();
  for (int32_t n = 3; n >= 2; --n) {
    const int32_t stop = first + n;
    if (stop + 1 >= end || !view.IsLower(stop, "of")) continue;
    if (PersonNameShape(view, first, stop, shapes.resources()) ==
        NameConfidence::kStrong) {
      return stop;
    }
  }
  return std::nullopt;
}

}  // namespace partnerlens::extraction
