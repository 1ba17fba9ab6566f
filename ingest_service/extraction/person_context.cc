#include "ingest_service/extraction/person_context.h"

#include "absl/strings/string_view.h"

#include "ingest_service/extraction/person_names.h"

namespace partnerlens::extraction {
namespace {

// "X said", "said X": a verb of speech next to a name.
bool IsSpeechVerb(int32_t i, const MentionScan& scan) {
  return scan.view.IsLowerIn(i, scan.resources.context_words().speech_verbs);
}

bool IsTitleOrHonorific(TokenRole role) {
  return role == TokenRole::kTitle || role == TokenRole::kHonorific;
}

// Context before token `first`: a title, honorific or speech verb.
bool PersonContextBefore(int32_t first, const Sentence& s,
                         const MentionScan& scan) {
  int32_t before = first - 1;
  if (before >= s.first_token && scan.view.Is(before, ",")) --before;
  if (before < s.first_token) return false;
  return IsTitleOrHonorific(scan.roles[before]) || IsSpeechVerb(before, scan);
}

// Context from token `end` on: a speech verb, "(<place>)" or ", <title>".
bool PersonContextAfter(int32_t end, const Sentence& s,
                        const MentionScan& scan) {
  const TokenView& view = scan.view;
  if (end < s.end_token && IsSpeechVerb(end, scan)) return true;
  // Results lists: "Sjeng Schalken (Netherlands) beat ...".
  if (view.Is(end, "(")) {
    const int32_t close = scan.shapes.MatchingClose(end, s.end_token);
    if (close > end + 1 && scan.shapes.IsLocation(end + 1, close)) return true;
  }
  if (!view.Is(end, ",")) return false;
  int32_t after = end + 1;
  if (view.IsLower(after, "a") || view.IsLower(after, "the")) ++after;
  return after < s.end_token && scan.roles[after] == TokenRole::kTitle;
}

}  // namespace

bool HasPersonContext(int32_t first, int32_t end, const Sentence& s,
                      const MentionScan& scan) {
  return PersonContextBefore(first, s, scan) ||
         PersonContextAfter(end, s, scan);
}

bool IsPerson(int32_t first, int32_t end, const Sentence& s,
              const MentionScan& scan) {
  const NameConfidence shape =
      PersonNameShape(scan.view, first, end, scan.resources);
  if (shape == NameConfidence::kStrong) return true;
  const bool context = HasPersonContext(first, end, s, scan);
  if (shape == NameConfidence::kWeak) return context;
  if (!context || end - first > 4) return false;
  for (int32_t i = first; i < end; ++i) {
    if (!IsNameToken(scan.view, i, scan.resources) ||
        scan.resources.IsCommonWord(scan.view.word(i))) {
      return false;
    }
  }
  return true;
}

bool AfterTitleOf(int32_t first, const MentionScan& scan) {
  const TokenView& view = scan.view;
  int32_t k = first - 1;
  if (view.IsLower(k, "the")) --k;
  const bool linked =
      view.IsLower(k, "of") || view.IsLower(k, "at") || view.IsLower(k, "from");
  if (!linked || k <= 0) return false;
  if (scan.roles[k - 1] == TokenRole::kTitle) return true;
  const int32_t before = scan.mentions.LatestEndingAt(k);
  return before >= 0 && scan.mentions[before].type == MentionType::kPerson;
}

}  // namespace partnerlens::extraction
