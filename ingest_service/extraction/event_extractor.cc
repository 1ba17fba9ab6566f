// Events: meetings, signings, ceremonies, forums and visits.
//
// A cue (data/event_cues.txt) reports an event when a verb cue has a party
// ("signed", "visited"), a noun cue stands near a verb of holding ("held a
// ... meeting", "During the meeting", "At the summit"), in a sentence dated
// to the month, or names a ceremony or forum with a party. One happening is
// one event: a verb ("unveiled") or a definite noun ("the ceremony") adds to
// the event of that date it refers to, and an undated headline joins the
// dated event of its kind that the story goes on to tell.

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

#include "ingest_service/extraction/relation_parts.h"

namespace partnerlens::extraction {
namespace {

constexpr int32_t kHeldWindow = 8;
constexpr int32_t kMaxNameLeft = 6;
constexpr int32_t kMaxNameRight = 10;
// How far back a verb or "the meeting" looks for the event it refers to.
constexpr int32_t kRecentEvents = 16;

// One cue occurrence in a sentence.
struct Hit {
  EventKind kind;
  int32_t first;
  int32_t end;
};

class EventScan {
 public:
  explicit EventScan(const RelationContext& c)
      : c_(c), v_(c.view()), words_(c.resources().relation_words()) {}

  std::vector<EventRelation> Run() {
    for (int32_t s = 0; s < c_.sentence_count(); ++s) ScanSentence(s);
    return MergeUndated();
  }

 private:
  void ScanSentence(int32_t s_index) {
    const Sentence& s = c_.tokenized().sentences[s_index];
    const std::string sentence_date = SentenceDate(s_index, s.end_token);
    const std::vector<Hit> hits = Hits(s);
    std::string anchored = AnchoredDate(s, hits);
    if (anchored.empty() && SaysSameDay(s)) anchored = LatestDay();
    for (const Hit& hit : hits) {
      if (!Accepted(hit, s, sentence_date)) continue;
      // The date nearest the cue: "Hefei, Nov. 9 (Xinhua) -- The meeting was
      // held on November 8" is a November 8 meeting.
      const std::string near = SentenceDate(s_index, hit.first);
      AddEvent(hit, s, s_index,
               !near.empty()       ? near
               : !anchored.empty() ? anchored
                                   : last_date_);
    }
    // A bare year tells background ("founded in 2006", "since 2021"), not
    // the day the story goes on in.
    if (HasMonth(sentence_date)) last_date_ = sentence_date;
  }

  // "After the signing, the delegation visited ...": a sentence that opens
  // on a told event happens on its day. Empty when it does not.
  std::string AnchoredDate(const Sentence& s,
                           const std::vector<Hit>& hits) const {
    const int32_t t = s.first_token;
    if (hits.empty() || !v_.IsLowerIn(t, words_.anchors)) return "";
    const Hit& first = hits.front();
    if (first.first > t + 3 || !v_.IsLower(t + 1, "the")) return "";
    for (int32_t e = static_cast<int32_t>(out_.size()) - 1;
         e >= OldestRecentEvent(); --e) {
      if (out_[e].kind == first.kind || NameHasCueNoun(e, first)) {
        return out_[e].date;
      }
    }
    return "";
  }

  // The first of the last kRecentEvents events: what a sentence may refer
  // back to, and a bound that keeps each look back constant.
  int32_t OldestRecentEvent() const {
    return std::max<int32_t>(0,
                             static_cast<int32_t>(out_.size()) - kRecentEvents);
  }

  // "On the same day", "At the same ceremony" (relation_words.txt,
  // SAME_DAY).
  bool SaysSameDay(const Sentence& s) const {
    for (int32_t t = s.first_token; t + 1 < s.end_token; ++t) {
      if (v_.IsLower(t, "same") && v_.IsLowerIn(t + 1, words_.same_day)) {
        return true;
      }
    }
    return false;
  }

  // The day of the latest event told to the day, or the latest date.
  std::string LatestDay() const {
    for (int32_t e = static_cast<int32_t>(out_.size()) - 1;
         e >= OldestRecentEvent(); --e) {
      if (HasDay(out_[e].date)) return out_[e].date;
    }
    return last_date_;
  }

  static bool HasDay(const std::string& date) {
    return date.size() == 10 || (date.size() == 7 && date[0] == '-');
  }

  // The sentence's cues; a ceremony in a sentence that signs is a signing.
  std::vector<Hit> Hits(const Sentence& s) const {
    std::vector<Hit> hits;
    bool signs = false;
    for (int32_t t = s.first_token; t < s.end_token; ++t) {
      if (InsideName(t)) continue;
      const PhraseLexicon::Match cue = c_.resources().event_cues().LongestAt(
          v_.text(), c_.tokenized().tokens, t, s.end_token);
      if (cue.length == 0) continue;
      if (cue.value != kNotAnEvent && !IsQuotedName(t, t + cue.length)) {
        const auto kind = static_cast<EventKind>(cue.value);
        hits.push_back(Hit{kind, t, t + cue.length});
        signs = signs || kind == EventKind::kSigning;
      }
      t += cue.length - 1;
    }
    // "signed ... at a ceremony": the ceremony is the signing. An unveiling
    // in the same sentence stays a ceremony of its own.
    for (Hit& hit : hits) {
      if (signs && hit.kind == EventKind::kCeremony &&
          v_.IsLower(hit.end - 1, "ceremony")) {
        hit.kind = EventKind::kSigning;
      }
    }
    return hits;
  }

  // The dated mention of the sentence nearest to token `near`, preferring
  // one that states a month; empty when the sentence has none.
  std::string SentenceDate(int32_t s, int32_t near) const {
    std::string best;
    int32_t best_distance = INT32_MAX;
    bool best_has_month = false;
    bool best_dateline = true;
    for (int32_t m : c_.InSentence(s)) {
      if (c_.TypeOf(m) != MentionType::kDate) continue;
      const std::string& value = c_.mention(m).date_value;
      if (value.empty()) continue;
      const bool has_month = HasMonth(value);
      const int32_t distance = std::abs(c_.mention(m).first_token - near);
      // "Hefei, Nov. 9 (Xinhua) -- The meeting was held on November 8":
      // the dateline dates the report, another date the event.
      const bool dateline = IsDateline(m);
      if (best.empty() || (best_dateline && !dateline) ||
          (dateline == best_dateline &&
           ((has_month && !best_has_month) ||
            (has_month == best_has_month && distance < best_distance)))) {
        best_dateline = dateline;
        best = value;
        best_distance = distance;
        best_has_month = has_month;
      }
    }
    return best;
  }

  // Whether date mention m ends a dateline: "(Xinhua) --" or "--" after it.
  bool IsDateline(int32_t m) const {
    int32_t t = c_.mention(m).end_token;
    if (v_.Is(t, "(")) {
      const int32_t limit = t + 8;
      while (t < limit && t < v_.size() && !v_.Is(t, ")")) ++t;
      ++t;
    }
    return v_.Is(t, "--") || v_.Is(t, "-") || v_.Is(t, "—");
  }

  // "the “Qinling Workshop” in Indonesia": a cue word inside a quoted name
  // names a project, not an event.
  bool IsQuotedName(int32_t first, int32_t end) const {
    int32_t open = first - 1;
    while (open >= 0 && first - open <= 4 && v_.IsCapitalized(open)) --open;
    int32_t close = end;
    while (close < v_.size() && close - end <= 4 && v_.IsCapitalized(close)) {
      ++close;
    }
    return v_.Is(open, "\"") && v_.Is(close, "\"") && v_.IsCapitalized(first);
  }

  bool InsideName(int32_t t) const {
    for (int32_t m : c_.InSentence(c_.SentenceOf(t))) {
      const MentionType type = c_.TypeOf(m);
      if ((type == MentionType::kOrganization ||
           type == MentionType::kPerson) &&
          c_.mention(m).first_token <= t && t < c_.mention(m).end_token) {
        return true;
      }
    }
    return false;
  }

  bool Accepted(const Hit& hit, const Sentence& s,
                const std::string& sentence_date) const {
    if (IsVerb(hit)) return HasParty(s);
    if (Reported(hit, s) || HasMonth(sentence_date)) return true;
    // "X and Y witnessed the signing": more parties of a told event.
    if ((IsDefinite(hit) || IsDefiniteCompound(hit)) &&
        HasEventOfKind(hit.kind) && HasParty(s)) {
      return true;
    }
    // "the signing of the ... agreement"
    if (hit.kind == EventKind::kSigning && v_.IsLower(hit.end, "of")) {
      return true;
    }
    const bool ceremony_or_forum = hit.kind == EventKind::kCeremony ||
                                   hit.kind == EventKind::kForum ||
                                   v_.IsLower(hit.end - 1, "ceremony");
    return ceremony_or_forum && HasParty(s);
  }

  bool IsVerb(const Hit& hit) const {
    return v_.IsLowerIn(hit.first, words_.event_verbs);
  }

  // "the meeting", "this ceremony": a bare noun that refers to a known
  // event ("the Smart Education sub-forum" names a new one).
  bool IsDefinite(const Hit& hit) const {
    const int32_t k = SkipSame(hit.first - 1);
    // "the signing of the agreement" describes; "the meeting" refers.
    return hit.end - hit.first == 1 && !v_.IsLower(hit.end, "of") &&
           (v_.IsLower(k, "the") || v_.IsLower(k, "this") ||
            v_.IsLower(k, "that"));
  }

  // "the same ceremony" refers as "the ceremony" does.
  int32_t SkipSame(int32_t k) const {
    return v_.IsLower(k, "same") ? k - 1 : k;
  }

  // "attended the signing ceremony": a compound cue that refers to the
  // event of its kind and date, if there is one.
  bool IsDefiniteCompound(const Hit& hit) const {
    const int32_t k = SkipSame(hit.first - 1);
    return hit.end - hit.first > 1 && !v_.IsLower(hit.end, "of") &&
           (v_.IsLower(k, "the") || v_.IsLower(k, "this"));
  }

  // "the ceremony" after "the signing ceremony": the noun names that event.
  bool NameHasCueNoun(int32_t event, const Hit& hit) const {
    return absl::StrContains(LowerAscii(out_[event].name),
                             v_.lower(hit.end - 1));
  }

  // "the conference", "the event": nouns that may name any kind of event.
  bool IsGenericNoun(const Hit& hit) const {
    return v_.IsLowerIn(hit.first, words_.generic_events);
  }

  bool HasEventOfKind(EventKind kind) const {
    return std::any_of(out_.begin(), out_.end(),
                       [&](const EventRelation& e) { return e.kind == kind; });
  }

  static bool HasMonth(const std::string& date) {
    return date.size() >= 4 && (date[0] == '-' || date.size() >= 7);
  }

  // Whether a verb of holding stands near the cue, "held" anywhere before
  // it, or "at"/"during" opens its noun phrase ("At the Smart Education
  // sub-forum").
  bool Reported(const Hit& hit, const Sentence& s) const {
    for (int32_t t = s.first_token; t < hit.first; ++t) {
      if (v_.IsLower(t, "held")) return true;
    }
    const int32_t from = std::max(s.first_token, hit.first - kHeldWindow);
    const int32_t to = std::min(s.end_token, hit.end + kHeldWindow);
    for (int32_t t = from; t < to; ++t) {
      const bool preposition = v_.IsLowerIn(t, words_.held_prepositions);
      if (!preposition && !v_.IsLowerIn(t, words_.held)) continue;
      if (!preposition || OpensNounPhrase(t + 1, hit.first)) return true;
    }
    return false;
  }

  // Whether [from, cue) is "the" and at most four modifier words.
  bool OpensNounPhrase(int32_t from, int32_t cue) const {
    if (!v_.IsLower(from, "the") || cue - from > 5 || cue <= from) return false;
    for (int32_t t = from + 1; t < cue; ++t) {
      if (!v_.IsWord(t)) return false;
    }
    return true;
  }

  bool HasParty(const Sentence& s) const {
    for (int32_t m : c_.InSentence(c_.SentenceOf(s.first_token))) {
      const MentionType type = c_.TypeOf(m);
      if (type == MentionType::kOrganization || type == MentionType::kPerson) {
        return true;
      }
    }
    return c_.MentionsBothParties(s.first_token, s.end_token);
  }

  void AddEvent(const Hit& hit, const Sentence& s, int32_t s_index,
                const std::string& date) {
    const int32_t existing = ExistingEvent(hit, date);
    if (existing >= 0) {
      // The headline's "unveiled" learns its day from the story.
      if (out_[existing].date.empty()) out_[existing].date = date;
      AddParticipants(out_[existing], s_index);
      return;
    }
    EventRelation e;
    e.kind = hit.kind;
    e.date = date;
    e.name = std::string(SpanText(v_.text(), NameSpan(hit)));
    e.evidence = s.span;
    AddParticipants(e, s_index);
    by_key_.emplace(Key(hit, date), out_.size());
    out_.push_back(std::move(e));
    from_verb_.push_back(IsVerb(hit));
  }

  // The event a cue adds to: a verb joins the event of its kind and date; a
  // definite noun the latest event of its date; other nouns the event of
  // the same kind, date and noun. -1 when it is new.
  int32_t ExistingEvent(const Hit& hit, const std::string& date) {
    // "the signing of the MoU" after the signing was told refers to it.
    const bool refers =
        IsVerb(hit) || IsDefinite(hit) || IsDefiniteCompound(hit) ||
        (hit.kind == EventKind::kSigning && v_.IsLower(hit.end, "of"));
    const RecentEvents recent = FindRecentEvents(hit, date, refers);
    if (recent.joined >= 0) {
      // A noun names what a verb reported ("have signed ... at a ceremony",
      // "signed ... at the signing ceremony").
      if (!refers || (IsDefiniteCompound(hit) && from_verb_[recent.joined])) {
        out_[recent.joined].name =
            std::string(SpanText(v_.text(), NameSpan(hit)));
        from_verb_[recent.joined] = false;
      }
      return recent.joined;
    }
    // "Last month it signed an MoU with X": a signing of another day is
    // another signing.
    if (refers && recent.same_kind >= 0 &&
        !DatesConflict(out_[recent.same_kind].date, date)) {
      return recent.same_kind;
    }
    auto it = by_key_.find(Key(hit, date));
    return it == by_key_.end() ? -1 : static_cast<int32_t>(it->second);
  }

  // Whether two dates name different times: both known, and neither a
  // coarser or year-less form of the other ("2024-05" and "2024-05-12",
  // "--05-12" and "2024-05-12" agree).
  static bool DatesConflict(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty()) return false;
    auto agree = [](const std::string& coarse, const std::string& fine) {
      return absl::StartsWith(fine, coarse) ||
             (absl::StartsWith(coarse, "--") &&
              absl::EndsWith(fine, coarse.substr(1)));
    };
    return !agree(a, b) && !agree(b, a);
  }

  // What the last kRecentEvents events offer a cue, newest first.
  struct RecentEvents {
    // The event of the cue's kind and date (one a verb reported, unless
    // the cue refers), or for a definite cue any event of its date; or -1.
    int32_t joined = -1;
    // The newest event of the cue's kind, or -1.
    int32_t same_kind = -1;
  };

  RecentEvents FindRecentEvents(const Hit& hit, const std::string& date,
                                bool refers) const {
    const int32_t oldest = OldestRecentEvent();
    RecentEvents found;
    for (int32_t i = static_cast<int32_t>(out_.size()) - 1; i >= oldest; --i) {
      const bool kind = out_[i].kind == hit.kind;
      const bool same_date = out_[i].date == date;
      if ((kind && same_date && (refers || from_verb_[i])) ||
          (IsDefinite(hit) && same_date &&
           (IsGenericNoun(hit) || NameHasCueNoun(i, hit)))) {
        found.joined = i;
        return found;
      }
      if (kind && found.same_kind < 0) found.same_kind = i;
    }
    return found;
  }

  // Visits and meetings: one per day. Signings, ceremonies and forums: one
  // per name, since one day can hold several.
  std::string Key(const Hit& hit, const std::string& date) const {
    if (hit.kind == EventKind::kVisit || hit.kind == EventKind::kMeeting) {
      return absl::StrCat(static_cast<int>(hit.kind), "|", date);
    }
    const Span name = NameSpan(hit);
    return absl::StrCat(
        static_cast<int>(hit.kind), "|", date, "|",
        LowerAscii(SpanText(v_.text(),
                            Span{name.begin, v_.token(hit.end - 1).span.end})));
  }

  // The noun phrase around the cue: modifiers before it and an "of ..."
  // complement after it.
  Span NameSpan(const Hit& hit) const {
    const Sentence& s = c_.tokenized().sentences[c_.SentenceOf(hit.first)];
    if (IsVerb(hit)) return VerbNameSpan(hit, s);
    int32_t begin = hit.first;
    while (begin > s.first_token && hit.first - begin < kMaxNameLeft &&
           v_.IsWord(begin - 1) &&
           !v_.IsLowerIn(begin - 1, words_.event_name_stops) &&
           !v_.Has(begin - 1, kTokenNumber)) {
      --begin;
    }
    int32_t stop = hit.end;
    if (v_.IsLower(hit.end, "of") || v_.IsLower(hit.end, "on")) {
      int32_t k = hit.end + 1;
      while (k < s.end_token && k - hit.end < kMaxNameRight && !v_.IsPunct(k) &&
             !IsHeldWord(k) && !v_.IsLower(k, "was") &&
             !v_.IsLower(k, "were")) {
        ++k;
      }
      if (k > hit.end + 1) stop = k;
    }
    return v_.SpanOf(begin, stop);
  }

  // "signed a memorandum of understanding": the verb and its object, not
  // the subject before it.
  Span VerbNameSpan(const Hit& hit, const Sentence& s) const {
    int32_t stop = hit.end;
    while (stop < s.end_token && stop - hit.end < kMaxNameRight &&
           !v_.IsPunct(stop) && !v_.IsLower(stop, "with") &&
           !v_.IsLower(stop, "on") && !v_.IsLower(stop, "at") &&
           !v_.IsLower(stop, "in")) {
      ++stop;
    }
    return v_.SpanOf(hit.first, stop);
  }

  void AddParticipants(EventRelation& e, int32_t s_index) const {
    for (int32_t m : c_.InSentence(s_index)) {
      if (c_.TypeOf(m) == MentionType::kLocation && e.location.empty()) {
        e.location = std::string(SpanText(v_.text(), c_.mention(m).span));
      }
      const int32_t entity = c_.EntityOf(m);
      if (entity < 0) continue;
      if (c_.TypeOf(m) == MentionType::kOrganization) {
        AddUnique(e.orgs, entity);
      } else if (c_.TypeOf(m) == MentionType::kPerson) {
        AddUnique(e.people, entity);
      }
    }
  }

  static void AddUnique(std::vector<int32_t>& list, int32_t value) {
    if (std::find(list.begin(), list.end(), value) == list.end()) {
      list.push_back(value);
    }
  }

  // A headline names the event the story then dates: an undated event joins
  // the first dated event of its kind.
  std::vector<EventRelation> MergeUndated() {
    constexpr size_t kKinds = static_cast<size_t>(EventKind::kOther) + 1;
    std::array<int32_t, kKinds> first_dated;
    first_dated.fill(-1);
    for (size_t j = 0; j < out_.size(); ++j) {
      int32_t& first = first_dated[static_cast<size_t>(out_[j].kind)];
      if (!out_[j].date.empty() && first < 0) first = static_cast<int32_t>(j);
    }
    std::vector<bool> merged(out_.size(), false);
    for (size_t i = 0; i < out_.size(); ++i) {
      const int32_t target = first_dated[static_cast<size_t>(out_[i].kind)];
      if (!out_[i].date.empty() || target < 0) continue;
      for (int32_t org : out_[i].orgs) AddUnique(out_[target].orgs, org);
      merged[i] = true;
    }
    std::vector<EventRelation> kept;
    for (size_t i = 0; i < out_.size(); ++i) {
      if (!merged[i]) kept.push_back(std::move(out_[i]));
    }
    return kept;
  }

  // A verb of holding or a preposition that puts an event in the story.
  bool IsHeldWord(int32_t t) const {
    return v_.IsLowerIn(t, words_.held) ||
           v_.IsLowerIn(t, words_.held_prepositions);
  }

  const RelationContext& c_;
  const TokenView& v_;
  const RelationWords& words_;
  std::string last_date_;
  absl::flat_hash_map<std::string, size_t> by_key_;
  std::vector<EventRelation> out_;
  // Per event: whether only a verb has reported it so far.
  std::vector<bool> from_verb_;
};

}  // namespace

std::vector<EventRelation> ExtractEvents(const RelationContext& context) {
  return EventScan(context).Run();
}

}  // namespace partnerlens::extraction
