#include "ingest_service/extraction/chunk_classifier.h"

#include <array>
#include <optional>
#include <tuple>

#include "ingest_service/extraction/acronyms.h"
#include "ingest_service/extraction/chunk_splits.h"
#include "ingest_service/extraction/name_classifier.h"

namespace partnerlens::extraction {
namespace {

// Classifies the parts of one chunk; see ClassifyChunk.
class ChunkClassifier {
 public:
  ChunkClassifier(const Sentence& sentence, MentionScan& scan)
      : s_(sentence),
        scan_(scan),
        shapes_(scan.shapes),
        view_(scan.view),
        mentions_(scan.mentions) {}

  int32_t Classify(int32_t first, int32_t end) {
    std::tie(first, end) = TrimRange(shapes_, first, end);
    if (first >= end) return -1;
    // "ED (CT&TPF)": a parenthesis after a title belongs to the title.
    if (view_.Is(first - 1, "(") && first >= 2 &&
        scan_.roles[first - 2] == TokenRole::kTitle) {
      return -1;
    }
    // The ways a chunk may split, tried in this order; the first that
    // applies classifies the parts.
    static constexpr std::array<Split, 9> kSplits = {
        &ChunkClassifier::SplitTrailingPerson,
        &ChunkClassifier::SplitLeadingPerson,
        &ChunkClassifier::SplitCoordination,
        &ChunkClassifier::SplitClosingParenthesis,
        &ChunkClassifier::SplitAt,
        &ChunkClassifier::SplitPossessive,
        &ChunkClassifier::SplitOf,
        &ChunkClassifier::SplitParenthesis,
        &ChunkClassifier::SplitRunOn,
    };
    for (Split split : kSplits) {
      if (std::optional<int32_t> made = (this->*split)(first, end)) {
        return *made;
      }
    }
    return ClassifyName(first, end, s_, scan_);
  }

 private:
  // Classifies [first, end) as parts if it splits; returns the main
  // mention (or -1), or nullopt when the split does not apply.
  using Split = std::optional<int32_t> (ChunkClassifier::*)(int32_t, int32_t);

  // --- splits -------------------------------------------------------------

  std::optional<int32_t> SplitTrailingPerson(int32_t first, int32_t end) {
    const std::optional<int32_t> split =
        TrailingPersonStart(shapes_, first, end);
    if (!split) return std::nullopt;
    const int32_t org = Classify(first, *split);
    mentions_.Add(MentionType::kPerson, *split, end);
    return org;
  }

  // "President Cao Zejun of Huawei China Strategic MKT".
  std::optional<int32_t> SplitLeadingPerson(int32_t first, int32_t end) {
    const std::optional<int32_t> person_end =
        LeadingPersonEnd(shapes_, first, end);
    if (!person_end) return std::nullopt;
    const int32_t person =
        mentions_.Add(MentionType::kPerson, first, *person_end);
    Classify(*person_end + 1, end);
    return person;
  }

  std::optional<int32_t> SplitCoordination(int32_t first, int32_t end) {
    std::optional<int32_t> k = NamedAfterAnd(first, end);
    if (!k) k = FindAndSplit(shapes_, first, end);
    if (!k) return std::nullopt;
    const int32_t left = Classify(first, *k);
    Classify(*k + 1, end);
    return left;
  }

  // "the School of Intelligent Manufacturing and Qianjiang Precision": an
  // "and" followed by the whole of a name seen before.
  std::optional<int32_t> NamedAfterAnd(int32_t first, int32_t end) const {
    for (int32_t k = first + 1; k + 1 < end; ++k) {
      if (view_.IsLower(k, "and") &&
          scan_.org_names.contains(view_.TextOf(k + 1, end))) {
        return k;
      }
    }
    return std::nullopt;
  }

  // "X of China, Ltd. (COMAC)": a closing parenthesis renames the whole.
  std::optional<int32_t> SplitClosingParenthesis(int32_t first, int32_t end) {
    if (!view_.Is(end - 1, ")")) return std::nullopt;
    const int32_t open = shapes_.MatchingOpen(first, end - 1);
    if (open <= first) return std::nullopt;
    return ClassifyParenthesis(first, open, end);
  }

  // "School of Computer Science at Zhejiang University of Technology".
  std::optional<int32_t> SplitAt(int32_t first, int32_t end) {
    const std::optional<int32_t> at = FindWord(shapes_, first, end, "at");
    if (!at || !shapes_.IsCompleteOrg(*at + 1, end) ||
        !shapes_.HeadOf(first, *at)) {
      return std::nullopt;
    }
    return AddSubUnit(first, *at, end, Classify(*at + 1, end));
  }

  // "Huawei's Jinan Research Institute".
  std::optional<int32_t> SplitPossessive(int32_t first, int32_t end) {
    const std::optional<int32_t> k = FindWord(shapes_, first, end, "'s");
    if (!k || !shapes_.HeadOf(*k + 1, end)) return std::nullopt;
    const int32_t owner = Classify(first, *k);
    // "Germany's Brandt Institute": a place's body is named without it.
    if (owner >= 0 && mentions_[owner].type == MentionType::kLocation) {
      return Classify(*k + 1, end);
    }
    return AddUnitOfOwner(first, *k + 1, end, owner);
  }

  // Tries every top-level "of", left to right: "School of Software of
  // Ningbo University" splits at the second.
  std::optional<int32_t> SplitOf(int32_t first, int32_t end) {
    std::optional<int32_t> of = FindWord(shapes_, first, end, "of");
    while (of) {
      if (std::optional<int32_t> made = ClassifyOf(first, *of, end)) {
        return made;
      }
      of = FindWord(shapes_, *of, end, "of");
    }
    return std::nullopt;
  }

  std::optional<int32_t> SplitParenthesis(int32_t first, int32_t end) {
    const std::optional<int32_t> open = FindWord(shapes_, first, end, "(");
    if (!open) return std::nullopt;
    return ClassifyParenthesis(first, *open, end);
  }

  std::optional<int32_t> SplitRunOn(int32_t first, int32_t end) {
    const std::optional<int32_t> head_end = RunOnAfterHead(shapes_, first, end);
    if (!head_end) return std::nullopt;
    const int32_t org = Classify(first, *head_end);
    Classify(*head_end, end);
    return org;
  }

  // "X of Y" where Y is an organization of its own: a unit of Y when X
  // has a head ("Human Resources Department of Huashu Group", "Division of
  // Lenovo"), else X is no part of Y's name ("Establishment of the X
  // Community", "Innovation City of the Chinese Academy of Sciences").
  std::optional<int32_t> ClassifyOf(int32_t first, int32_t of, int32_t end) {
    int32_t y = of + 1;
    if (view_.IsLower(y, "the")) ++y;
    // "School of Mechatronics and Vehicle Engineering": a head word and its
    // complement are one name.
    if (of - first == 1 && shapes_.HeadAt(first)) return std::nullopt;
    const std::optional<OrgHead> x_head = shapes_.HeadOf(first, of);
    // "Commercial Aircraft Corporation of China, Ltd.": a place and a legal
    // suffix are the end of one name, not an owner.
    if (shapes_.IsPlaceWithLegalSuffix(y, end)) return std::nullopt;
    const bool y_is_org = shapes_.IsCompleteOrg(y, end);
    if (x_head && (y_is_org || (x_head->strength == HeadStrength::kUnit &&
                                shapes_.IsProperWord(y, end)))) {
      return AddSubUnit(first, of, end, Classify(y, end));
    }
    if (!x_head && y_is_org) {
      Classify(first, of);
      return Classify(y, end);
    }
    return std::nullopt;
  }

  // --- parentheses ----------------------------------------------------------

  // "X (ZJNU)", "X (Wuhan)", "X (Party and Mass Work Department)",
  // "Tsinghua University (Yanqi Lake Institute of Applied Mathematics)".
  std::optional<int32_t> ClassifyParenthesis(int32_t first, int32_t open,
                                             int32_t end) {
    const int32_t close = shapes_.MatchingClose(open, end);
    if (close < 0) return std::nullopt;
    // "Geely Holding (Group) Co., Ltd.": a head word in parentheses is part
    // of the name.
    if (close == open + 2 && shapes_.HeadAt(open + 1)) return std::nullopt;
    if (shapes_.IsLocation(open + 1, close)) {
      return ClassifyPlaceInParenthesis(first, open, close, end);
    }
    const int32_t outer =
        OwnerOfParenthesis(Classify(first, open), open, close);
    if (close + 1 < end) Classify(close + 1, end);
    if (outer < 0 || mentions_[outer].type != MentionType::kOrganization) {
      ClassifyParenthesisOfOther(open, close);
    } else {
      ClassifyParenthesisOfOrg(outer, open, close);
    }
    return outer;
  }

  // The organization a parenthesis after it speaks of: "A (NUAA) and B of
  // C, Ltd. (COMAC)" is about C, not A. Among the names that end right
  // before it, the one an acronym spells, else the shortest that is no
  // unit of another; `classified` (what [first, open) made) when none.
  int32_t OwnerOfParenthesis(int32_t classified, int32_t open, int32_t close) {
    const std::vector<int32_t> ending = mentions_.OrgsEndingAt(open);
    if (ending.empty()) return classified;
    if (close == open + 2 && view_.Has(open + 1, kTokenAllCaps)) {
      for (int32_t candidate : ending) {
        if (SpellsInitials(view_.word(open + 1), WordsOf(candidate),
                           scan_.resources)) {
          return candidate;
        }
      }
    }
    int32_t best = -1;
    for (int32_t candidate : ending) {
      const Mention& c = mentions_[candidate];
      if (c.parent >= 0) continue;
      if (best < 0 ||
          c.end_token - c.first_token <
              mentions_[best].end_token - mentions_[best].first_token) {
        best = candidate;
      }
    }
    return best >= 0 ? best : classified;
  }

  std::vector<absl::string_view> WordsOf(int32_t m) const {
    std::vector<absl::string_view> words;
    for (int32_t t = mentions_[m].first_token; t < mentions_[m].end_token;
         ++t) {
      if (view_.IsWord(t)) words.push_back(view_.word(t));
    }
    return words;
  }

  // "China University of Geosciences (Wuhan)", "Huawei (Jinan) Software
  // ...": part of the name; "Tim Henman (Britain)": a name and a place.
  std::optional<int32_t> ClassifyPlaceInParenthesis(int32_t first, int32_t open,
                                                    int32_t close,
                                                    int32_t end) {
    if (shapes_.HeadOf(first, open) || close + 1 < end) return std::nullopt;
    const int32_t outer = Classify(first, open);
    mentions_.Add(MentionType::kLocation, open + 1, close);
    return outer;
  }

  // "IndianOil-IIT Roorkee (IOIITR) research fellowships": the acronym of
  // something that is no organization is none either.
  void ClassifyParenthesisOfOther(int32_t open, int32_t close) {
    const int32_t inner = Classify(open + 1, close);
    if (inner >= 0 && close - open == 2 &&
        mentions_[inner].type == MentionType::kOrganization) {
      mentions_[inner].type = MentionType::kProperName;
    }
  }

  // After organization `outer`: an acronym or a body of the same kind
  // renames it; a body of another kind is a unit of it.
  void ClassifyParenthesisOfOrg(int32_t outer, int32_t open, int32_t close) {
    const std::optional<OrgHead> inner_head = shapes_.HeadOf(open + 1, close);
    const int32_t inner = Classify(open + 1, close);
    if (inner < 0) return;
    Mention& m = mentions_[inner];
    if (close - open == 2 || !inner_head ||
        inner_head->kind == mentions_[outer].org_kind) {
      m.type = MentionType::kOrganization;
      m.same_as = outer;
    } else if (m.type == MentionType::kOrganization) {
      m.parent = outer;
    }
  }

  // --- units ----------------------------------------------------------------

  // The unit [first, split) of `parent`, named by all of [first, end).
  int32_t AddSubUnit(int32_t first, int32_t split, int32_t end,
                     int32_t parent) {
    const int32_t full = mentions_.AddOrg(first, end, OrgKind::kDepartment);
    mentions_[full].parent = parent;
    const int32_t unit_end = AddRenamedUnit(first, split, full);
    const int32_t unit =
        mentions_.AddOrg(first, unit_end, UnitKind(first, unit_end));
    mentions_[unit].same_as = full;
    mentions_[full].org_kind = mentions_[unit].org_kind;
    return full;
  }

  // "Human Resources Department (Party and Mass Work Department) of X": the
  // parenthesis renames the unit. Returns where the unit's own name ends.
  int32_t AddRenamedUnit(int32_t first, int32_t split, int32_t full) {
    const std::optional<int32_t> open = FindWord(shapes_, first, split, "(");
    if (!open) return split;
    const int32_t close = shapes_.MatchingClose(*open, split);
    if (close <= *open + 1) return split;
    const int32_t other =
        mentions_.AddOrg(*open + 1, close, UnitKind(*open + 1, close));
    mentions_[other].same_as = full;
    return *open;
  }

  int32_t AddUnitOfOwner(int32_t first, int32_t unit_first, int32_t end,
                         int32_t owner) {
    const int32_t full =
        mentions_.AddOrg(first, end, UnitKind(unit_first, end));
    mentions_[full].parent = owner;
    const int32_t unit =
        mentions_.AddOrg(unit_first, end, mentions_[full].org_kind);
    mentions_[unit].same_as = full;
    return full;
  }

  OrgKind UnitKind(int32_t first, int32_t end) const {
    std::optional<OrgHead> head = shapes_.HeadOf(first, end);
    if (!head) return OrgKind::kDepartment;
    if (head->strength == HeadStrength::kUnit) return OrgKind::kDepartment;
    return head->kind;
  }

  const Sentence& s_;
  MentionScan& scan_;
  const NameShapes& shapes_;
  const TokenView& view_;
  MentionList& mentions_;
};

}  // namespace

int32_t ClassifyChunk(int32_t first, int32_t end, const Sentence& sentence,
                      MentionScan& scan) {
  return ChunkClassifier(sentence, scan).Classify(first, end);
}

}  // namespace partnerlens::extraction
