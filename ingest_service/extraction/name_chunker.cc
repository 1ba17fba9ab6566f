#include "ingest_service/extraction/name_chunker.h"

#include <algorithm>
#include <string>

#include "absl/strings/ascii.h"

#include "ingest_service/extraction/person_names.h"

namespace partnerlens::extraction {
namespace {

constexpr int32_t kMaxParenthesisTokens = 12;
constexpr int32_t kMaxQuotedTokens = 6;

class ChunkScan {
 public:
  ChunkScan(const TokenView& view, const Sentence& sentence,
            const std::vector<TokenRole>& roles, const ExtractionResources& r)
      : view_(view), s_(sentence), roles_(roles), r_(r) {}

  std::vector<NameChunk> Run() {
    std::vector<NameChunk> out;
    int32_t i = s_.first_token;
    while (i < s_.end_token) {
      if (!StartsChunk(i)) {
        ++i;
        continue;
      }
      const int32_t end = ChunkEnd(i);
      out.push_back(NameChunk{i, end});
      i = end;
    }
    return out;
  }

 private:
  bool Free(int32_t i) const {
    return i < s_.end_token && roles_[i] == TokenRole::kFree;
  }

  // A word that can be part of a name: capitalised, all caps, or a
  // digit-led word before a capitalised one ("3D Intelligent ...").
  bool IsNameWord(int32_t i) const {
    if (!Free(i) || !view_.IsWord(i) || r_.IsNameBreaker(view_.word(i))) {
      return false;
    }
    if (view_.IsCapitalized(i) || view_.Has(i, kTokenAllCaps)) return true;
    const absl::string_view w = view_.word(i);
    return absl::ascii_isdigit(static_cast<unsigned char>(w[0])) &&
           view_.Has(i, kTokenWord) && view_.IsCapitalized(i + 1);
  }

  bool StartsChunk(int32_t i) const {
    if (!IsNameWord(i)) return false;
    const bool sentence_start =
        i == s_.first_token ||
        (i == s_.first_token + 1 && view_.IsPunct(s_.first_token));
    if (!sentence_start) return true;
    const absl::string_view w = view_.word(i);
    // "The", "During", "According" open sentences, not names; "Sun Wenkui"
    // does.
    return !r_.IsCommonWord(w) || r_.IsGivenName(w) || r_.IsNameOpener(w) ||
           r_.org_heads().Contains(w) || view_.Has(i, kTokenAllCaps) ||
           (r_.IsChineseSurname(w) && IsNameWord(i + 1) &&
            IsPinyinGivenName(view_.word(i + 1), r_));
  }

  int32_t ChunkEnd(int32_t first) const {
    int32_t j = first + 1;
    while (j < s_.end_token) {
      const int32_t next = Extend(first, j);
      if (next == j) break;
      j = next;
    }
    return j;
  }

  // Where the chunk that started at `first` continues to when it has reached
  // token j (j if not).
  int32_t Extend(int32_t first, int32_t j) const {
    if (IsNameWord(j)) return j + 1;
    if (view_.Is(j, "'s") && IsNameWord(j + 1)) return j + 1;
    if (IsConnector(j)) return ConnectorEnd(first, j);
    if (view_.Is(j, ".") && view_.Touch(j - 1)) return PeriodEnd(j);
    if (view_.Is(j, ",") && IsLegalAfterComma(j + 1)) return j + 1;
    if (view_.Is(j, "(")) return ParenthesisEnd(j);
    if (view_.Is(j, "\"")) return QuotedEnd(j);
    return j;
  }

  // Connector j continues the chunk when a name word follows it (after an
  // optional "the").
  int32_t ConnectorEnd(int32_t first, int32_t j) const {
    // "School of Computer Science at Zhejiang University": "at" joins only
    // a unit to its owner, not a name to a venue.
    if (view_.IsLower(j, "at") && !HasUnitHead(first, j)) return j;
    int32_t k = j + 1;
    if (view_.IsLower(k, "the")) ++k;
    return IsNameWord(k) ? k : j;
  }

  // A period j that touches the word before it continues the chunk after
  // a legal form ("Co."), an initial ("P. Simmons") or an abbreviation
  // inside a name ("DMI St. Eugene University").
  int32_t PeriodEnd(int32_t j) const {
    if (IsLegal(j - 1)) return j + 1;
    if (!IsNameWord(j + 1)) return j;
    const absl::string_view before = view_.word(j - 1);
    if (before.size() == 1 &&
        absl::ascii_isupper(static_cast<unsigned char>(before[0]))) {
      return j + 1;
    }
    if (r_.abbreviations().words.contains(std::string(before)) &&
        !r_.honorifics().Contains(before)) {
      return j + 1;
    }
    return j;
  }

  // A lower-case word that may join the capitalised words of one name: a
  // connector ("of") or a particle ("van").
  bool IsConnector(int32_t i) const {
    if (!Free(i) || view_.IsCapitalized(i)) return false;
    return view_.IsLowerIn(i, r_.name_connectors().joining) ||
           view_.IsLowerIn(i, r_.name_connectors().particles);
  }

  // Whether the chunk so far names a unit that can sit "at" its owner:
  // a school, department, institute or laboratory.
  bool HasUnitHead(int32_t first, int32_t end) const {
    for (int32_t i = first; i < end; ++i) {
      const int32_t value = r_.org_heads().Find(view_.word(i), -1);
      if (value < 0) continue;
      const OrgHead head = UnpackOrgHead(value);
      if (head.strength == HeadStrength::kUnit ||
          head.kind == OrgKind::kResearchInstitute) {
        return true;
      }
    }
    return false;
  }

  bool IsLegal(int32_t i) const {
    return view_.IsIn(i, r_.org_name_words().abbreviated_legal_forms);
  }

  // "Co., Ltd.": a legal form that may follow another after a comma.
  bool IsLegalAfterComma(int32_t i) const {
    return i < s_.end_token &&
           view_.IsIn(i, r_.org_name_words().following_legal_forms);
  }

  // "(" name words ")": the whole parenthesis, when it holds only name words
  // and connectors.
  int32_t ParenthesisEnd(int32_t open) const {
    const int32_t limit =
        std::min(s_.end_token, open + kMaxParenthesisTokens + 2);
    for (int32_t k = open + 1; k < limit; ++k) {
      if (view_.Is(k, ")")) return k > open + 1 ? k + 1 : open;
      if (!IsNameWord(k) && !IsConnector(k) && !view_.Is(k, "-") &&
          !view_.Is(k, "'s")) {
        return open;
      }
    }
    return open;
  }

  // '"' name words '"' followed by a name word: a quoted part of a name.
  int32_t QuotedEnd(int32_t open) const {
    const int32_t limit = std::min(s_.end_token, open + kMaxQuotedTokens + 2);
    for (int32_t k = open + 1; k < limit; ++k) {
      if (view_.Is(k, "\"")) {
        return k > open + 1 && IsNameWord(k + 1) ? k + 1 : open;
      }
      if (!Free(k) || (!view_.IsWord(k) && !view_.Is(k, "+"))) return open;
    }
    return open;
  }

  const TokenView& view_;
  const Sentence& s_;
  const std::vector<TokenRole>& roles_;
  const ExtractionResources& r_;
};

}  // namespace

std::vector<NameChunk> FindNameChunks(const TokenView& view,
                                      const Sentence& sentence,
                                      const std::vector<TokenRole>& roles,
                                      const ExtractionResources& resources) {
  return ChunkScan(view, sentence, roles, resources).Run();
}

}  // namespace partnerlens::extraction
