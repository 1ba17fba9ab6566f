#include "ingest_service/extraction/mention_markers.h"

#include <algorithm>
#include <optional>
#include <string>

#include "ingest_service/extraction/person_names.h"

namespace partnerlens::extraction {
namespace {

void Mark(int32_t first, int32_t end, TokenRole role, MentionType type,
          MentionScan& scan) {
  for (int32_t i = first; i < end; ++i) scan.roles[i] = role;
  scan.mentions.Add(type, first, end);
}

// End of an honorific ("Dr", "Prof.") at i that stands before a name, or i.
int32_t HonorificEnd(int32_t i, int32_t limit, const MentionScan& scan) {
  const PhraseLexicon::Match m =
      scan.LongestAt(scan.resources.honorifics(), i, limit);
  if (m.length == 0 || !scan.view.IsCapitalized(i)) return i;
  int32_t end = i + m.length;
  if (scan.view.Is(end, ".")) ++end;
  // "Dr.-Ing. Katrin Lorenz": honorifics joined by a hyphen.
  if (scan.view.Is(end, "-")) {
    const int32_t next = HonorificEnd(end + 1, limit, scan);
    return next > end + 1 ? next : i;
  }
  return end < limit && IsNameToken(scan.view, end, scan.resources) ? end : i;
}

// The role of a hyphenated title word a lexicon entry does not spell:
// "Vice-Mayor" (a modifier and a head) is a head, "Co-" words likewise.
std::optional<TitleRole> HyphenatedTitleRole(int32_t t,
                                             const MentionScan& scan) {
  const absl::string_view word = scan.view.word(t);
  const size_t hyphen = word.find('-');
  if (hyphen == absl::string_view::npos || hyphen == 0) return std::nullopt;
  const int32_t modifier =
      scan.resources.titles().Find(LowerAscii(word.substr(0, hyphen)), -1);
  const int32_t head =
      scan.resources.titles().Find(LowerAscii(word.substr(hyphen + 1)), -1);
  if (modifier < 0 || head < 0 ||
      UnpackTitleEntry(modifier).role != TitleRole::kModifier) {
    return std::nullopt;
  }
  return UnpackTitleEntry(head).role;
}

// End of a title (modifiers then one or more heads) at i, or i.
int32_t TitleEnd(int32_t i, int32_t limit, const MentionScan& scan) {
  int32_t j = i;
  int32_t head_end = i;
  while (j < limit) {
    const PhraseLexicon::Match m =
        scan.LongestAt(scan.resources.titles(), j, limit);
    if (m.length == 0) {
      const std::optional<TitleRole> role = HyphenatedTitleRole(j, scan);
      if (!role) break;
      ++j;
      if (*role == TitleRole::kHead) head_end = j;
      continue;
    }
    j += m.length;
    if (UnpackTitleEntry(m.value).role == TitleRole::kHead) head_end = j;
  }
  return head_end;
}

// "Secretary" + "of the Party Committee": a generic body stays in the
// title; a qualified one ("of the Jinan Municipal Party Committee") is an
// organization and does not.
int32_t ExtendTitleWithBody(int32_t end, int32_t limit,
                            const MentionScan& scan) {
  const TokenView& view = scan.view;
  if (!view.IsLower(end, "of") && !view.IsLower(end, "for")) return end;
  int32_t k = end + 1;
  if (view.IsLower(k, "the")) ++k;
  const PhraseLexicon::Match body =
      scan.LongestAt(scan.resources.title_bodies(), k, limit);
  if (body.length == 0) return end;
  const int32_t after = k + body.length;
  if (after < limit && view.IsCapitalized(after) &&
      !scan.resources.titles().Contains(view.word(after))) {
    return end;
  }
  // "Dean of the Faculty of Law": a unit named by its field.
  const std::optional<OrgHead> head = scan.shapes.HeadAt(after - 1);
  if (head && head->strength == HeadStrength::kUnit &&
      view.IsLower(after, "of") && view.IsCapitalized(after + 1)) {
    return end;
  }
  return after;
}

// Marks the government body starting at free token i, with a place just
// before it; returns the body's end, or i when none starts there.
int32_t MarkGovernmentBodyAt(int32_t i, const Sentence& s, MentionScan& scan) {
  const PhraseLexicon::Match m =
      scan.LongestAt(scan.resources.government_bodies(), i, s.end_token);
  if (m.length == 0) return i;
  int32_t first = i;
  // "Ningbo municipal government", "the Nankang district government": a
  // known place, or a proper word, names the place governed.
  if (i > s.first_token && scan.roles[i - 1] == TokenRole::kFree &&
      (scan.shapes.IsLocation(i - 1, i) || scan.shapes.IsProperStart(i - 1))) {
    first = i - 1;
  }
  const int32_t end = i + m.length;
  for (int32_t t = first; t < end; ++t) scan.roles[t] = TokenRole::kName;
  const int32_t index = scan.mentions.AddOrg(first, end, OrgKind::kGovernment);
  // "the municipal government" refers to the story's city; "Longnan
  // municipal government" names its own.
  scan.mentions[index].anaphor =
      first == i && m.value == static_cast<int32_t>(GovernmentBodyRole::kCity);
  return end;
}

// Whether token i cannot continue a noun phrase: punctuation, the end, or
// a function word or auxiliary ("the group will ...", "the group and").
bool EndsNounPhrase(int32_t i, const Sentence& s, const MentionScan& scan) {
  if (i >= s.end_token || scan.view.IsPunct(i)) return true;
  return scan.view.IsLowerIn(i, scan.resources.context_words().after_noun);
}

bool FollowsDeterminer(int32_t i, const TokenView& view) {
  return view.IsLower(i - 1, "the") || view.IsLower(i - 1, "our") ||
         view.IsLower(i - 1, "this");
}

// After "(hereinafter": the first token past "referred to as", quotes and
// commas.
int32_t SkipReferral(int32_t k, const Sentence& s, const TokenView& view) {
  while (k < s.end_token &&
         (view.IsLower(k, "referred") || view.IsLower(k, "to") ||
          view.IsLower(k, "as") || view.IsLower(k, "called") ||
          view.IsLower(k, "the") || view.Is(k, "\"") || view.Is(k, ","))) {
    ++k;
  }
  return k;
}

// Links the short name of the "(hereinafter ..." at token t.
void LinkHereinafterAt(int32_t t, const Sentence& s, MentionScan& scan) {
  const TokenView& view = scan.view;
  const int32_t owner = scan.mentions.LatestOrgEndingAt(t - 1);
  const int32_t k = SkipReferral(t + 1, s, view);
  int32_t close = k;
  while (close < s.end_token && close - k < 8 && !view.Is(close, ")")) {
    ++close;
  }
  int32_t last = close;
  while (last > k && view.IsPunct(last - 1)) --last;
  if (owner < 0 || last <= k || close >= s.end_token) return;
  const int32_t alias = scan.mentions.Covering(k, last);
  const int32_t target =
      alias >= 0 ? alias
                 : scan.mentions.AddOrg(k, last, scan.mentions[owner].org_kind);
  Mention& m = scan.mentions[target];
  m.type = MentionType::kOrganization;
  m.anaphor = false;
  m.same_as = owner;
}

}  // namespace

void MarkDate(const DatedSpan& date, MentionScan& scan) {
  const auto& tokens = scan.tokenized.tokens;
  auto it = std::lower_bound(
      tokens.begin(), tokens.end(), date.span.begin,
      [](const Token& t, int32_t pos) { return t.span.end <= pos; });
  const auto first = static_cast<int32_t>(it - tokens.begin());
  int32_t end = first;
  while (end < scan.view.size() && tokens[end].span.begin < date.span.end) {
    ++end;
  }
  if (end == first) return;
  for (int32_t i = first; i < end; ++i) scan.roles[i] = TokenRole::kDate;
  const int32_t index = scan.mentions.Add(MentionType::kDate, first, end);
  scan.mentions[index].date_value = date.value;
}

void MarkTitlesAndHonorifics(const Sentence& s, MentionScan& scan) {
  for (int32_t i = s.first_token; i < s.end_token; ++i) {
    if (scan.roles[i] != TokenRole::kFree) continue;
    if (int32_t end = HonorificEnd(i, s.end_token, scan); end > i) {
      Mark(i, end, TokenRole::kHonorific, MentionType::kHonorific, scan);
      i = end - 1;
      continue;
    }
    if (int32_t end = TitleEnd(i, s.end_token, scan); end > i) {
      end = ExtendTitleWithBody(end, s.end_token, scan);
      Mark(i, end, TokenRole::kTitle, MentionType::kTitle, scan);
      i = end - 1;
    }
  }
}

void MarkGovernmentBodies(const Sentence& s, MentionScan& scan) {
  for (int32_t i = s.first_token; i < s.end_token; ++i) {
    if (scan.roles[i] != TokenRole::kFree || scan.view.IsCapitalized(i)) {
      continue;
    }
    const int32_t end = MarkGovernmentBodyAt(i, s, scan);
    if (end > i) i = end - 1;
  }
}

void MarkAnaphors(const Sentence& s, MentionScan& scan) {
  const TokenView& view = scan.view;
  for (int32_t i = s.first_token + 1; i < s.end_token; ++i) {
    if (!FollowsDeterminer(i, view) || scan.roles[i] != TokenRole::kFree) {
      continue;
    }
    const int32_t kind =
        scan.resources.anaphors().Find(LowerAscii(view.word(i)), -1);
    if (kind < 0) continue;
    // A headline in title case: "Our University Signs Agreement with X";
    // else the noun ends its phrase, capitalised or not ("the Alliance").
    const bool headline = view.IsCapitalized(i) && view.Is(i - 1, "Our") &&
                          view.IsCapitalized(i + 1);
    if (!headline && !EndsNounPhrase(i + 1, s, scan)) continue;
    scan.roles[i] = TokenRole::kName;
    const int32_t index =
        scan.mentions.AddOrg(i, i + 1, static_cast<OrgKind>(kind));
    scan.mentions[index].anaphor = true;
  }
}

bool IsResultsLine(const Sentence& s, const MentionScan& scan) {
  const TokenView& view = scan.view;
  int32_t scored_names = 0;
  for (int32_t i = s.first_token; i < s.end_token; ++i) {
    if (view.IsWord(i) && !view.Has(i, kTokenNumber) &&
        !view.IsCapitalized(i) && !view.Has(i, kTokenAllCaps)) {
      return false;  // prose
    }
    if (view.IsCapitalized(i) && view.Has(i + 1, kTokenNumber) &&
        i + 1 < s.end_token) {
      ++scored_names;
    }
  }
  return scored_names >= 2;
}

void LinkHereinafter(const Sentence& s, MentionScan& scan) {
  for (int32_t t = s.first_token + 2; t < s.end_token; ++t) {
    if (scan.view.IsLower(t, "hereinafter") && scan.view.Is(t - 1, "(")) {
      LinkHereinafterAt(t, s, scan);
    }
  }
}

}  // namespace partnerlens::extraction
