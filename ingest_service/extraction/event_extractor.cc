// Events: meetings, signings, ceremonies, forums and visits.

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

#include "ingest_service/extraction/relation_parts.h"

namespace partnerlens::extraction {
namespace {

// Verbs that report an event as taking place.
constexpr std::array<absl::string_view, 14> kHeldVerbs = {
    "held",     "hold",      "holds",     "holding",  "attended",
    "hosted",   "organized", "organised", "convened", "presided",
    "launched", "opened",    "staged",    "kicked"};

// Cue words that are verbs: they report an event by themselves.
constexpr std::array<absl::string_view, 9> kEventVerbs = {
    "signed",   "inked",    "visited", "met",     "inaugurated",
    "unveiled", "visiting", "headed",  "formally"};

// Words that end an event name on its left.
constexpr std::array<absl::string_view, 16> kNameStops = {
    "a",   "an",   "the",  "this", "that", "its", "their", "his",
    "her", "held", "hold", "at",   "in",   "on",  "and",   "with"};

template <size_t N>
bool In(const std::array<absl::string_view, N>& words, absl::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

constexpr int32_t kHeldWindow = 8;
constexpr int32_t kMaxNameLeft = 6;
constexpr int32_t kMaxNameRight = 10;

class EventScan {
 public:
  explicit EventScan(const RelationContext& c) : c_(c), v_(c.view()) {}

  std::vector<EventRelation> Run() {
    for (int32_t s = 0; s < c_.sentence_count(); ++s) ScanSentence(s);
    return std::move(out_);
  }

 private:
  void ScanSentence(int32_t s_index) {
    const Sentence& s = c_.tokenized().sentences[s_index];
    const std::string sentence_date = SentenceDate(s_index);
    const std::string date = sentence_date.empty() ? last_date_ : sentence_date;
    for (int32_t t = s.first_token; t < s.end_token; ++t) {
      if (InsideName(t)) continue;
      const PhraseLexicon::Match cue = c_.resources().event_cues().LongestAt(
          v_.text(), c_.tokenized().tokens, t, s.end_token);
      if (cue.length == 0) continue;
      if (cue.value != kNotAnEvent &&
          Accepted(static_cast<EventKind>(cue.value), t, t + cue.length, s,
                   sentence_date)) {
        AddEvent(static_cast<EventKind>(cue.value), t, t + cue.length, s,
                 s_index, date);
      }
      t += cue.length - 1;
    }
    if (!sentence_date.empty()) last_date_ = sentence_date;
  }

  // The first dated mention of the sentence, preferring one with a day.
  std::string SentenceDate(int32_t s) const {
    std::string best;
    for (int32_t m : c_.InSentence(s)) {
      if (c_.TypeOf(m) != MentionType::kDate) continue;
      const std::string& value = c_.mention(m).date_value;
      if (value.empty()) continue;
      if (best.empty() || (value.size() > best.size() && value[0] == '-') ||
          value.size() > best.size() + 2) {
        best = value;
      }
    }
    return best;
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

  // Whether the sentence reports the cue [first, end) as an event: a verb
  // with a party ("signed", "visited"), a noun with a verb of holding, a
  // noun in a sentence dated to the month, or a ceremony or forum with a
  // party.
  bool Accepted(EventKind kind, int32_t first, int32_t end, const Sentence& s,
                const std::string& sentence_date) const {
    if (In(kEventVerbs, v_.lower(first))) return HasParty(s);
    if (Reported(first, end, s)) return true;
    if (HasMonth(sentence_date)) return true;
    const bool ceremony_or_forum = kind == EventKind::kCeremony ||
                                   kind == EventKind::kForum ||
                                   v_.IsLower(end - 1, "ceremony");
    return ceremony_or_forum && HasParty(s);
  }

  static bool HasMonth(const std::string& date) {
    return date.size() >= 4 && (date[0] == '-' || date.size() >= 7);
  }

  // Whether a verb of holding stands near the cue [first, end).
  bool Reported(int32_t first, int32_t end, const Sentence& s) const {
    const int32_t from = std::max(s.first_token, first - kHeldWindow);
    const int32_t to = std::min(s.end_token, end + kHeldWindow);
    for (int32_t t = from; t < to; ++t) {
      if (In(kHeldVerbs, v_.lower(t))) return true;
    }
    return false;
  }

  bool HasParty(const Sentence& s) const {
    for (int32_t m : c_.InSentence(c_.SentenceOf(s.first_token))) {
      const MentionType type = c_.TypeOf(m);
      if (type == MentionType::kOrganization || type == MentionType::kPerson) {
        return true;
      }
    }
    return false;
  }

  void AddEvent(EventKind kind, int32_t first, int32_t end, const Sentence& s,
                int32_t s_index, const std::string& date) {
    // One event per kind, date and cue word: "the meeting" again is the same
    // meeting; a forum and its sub-forum are two events.
    const std::string key = absl::StrCat(static_cast<int>(kind), "|", date, "|",
                                         Stem(v_.lower(end - 1)));
    auto [it, inserted] = by_key_.emplace(key, out_.size());
    if (!inserted) {
      AddParticipants(out_[it->second], s_index);
      return;
    }
    EventRelation e;
    e.kind = kind;
    e.date = date;
    const Span name = NameSpan(first, end, s);
    e.name = std::string(SpanText(v_.text(), name));
    e.evidence = s.span;
    AddParticipants(e, s_index);
    out_.push_back(std::move(e));
  }

  // The noun phrase around the cue: modifiers before it and an "of ..."
  // complement after it.
  Span NameSpan(int32_t first, int32_t end, const Sentence& s) const {
    int32_t begin = first;
    while (begin > s.first_token && first - begin < kMaxNameLeft &&
           v_.IsWord(begin - 1) && !In(kNameStops, v_.lower(begin - 1)) &&
           !v_.Has(begin - 1, kTokenNumber)) {
      --begin;
    }
    int32_t stop = end;
    if (v_.IsLower(end, "of") || v_.IsLower(end, "on")) {
      int32_t k = end + 1;
      while (k < s.end_token && k - end < kMaxNameRight && !v_.IsPunct(k) &&
             !In(kHeldVerbs, v_.lower(k)) && !v_.IsLower(k, "was") &&
             !v_.IsLower(k, "were")) {
        ++k;
      }
      if (k > end + 1) stop = k;
    }
    return v_.SpanOf(begin, stop);
  }

  static std::string Stem(std::string word) {
    for (absl::string_view suffix : {"ing", "ed", "s"}) {
      if (word.size() > suffix.size() + 3 && absl::EndsWith(word, suffix)) {
        word.resize(word.size() - suffix.size());
        break;
      }
    }
    return word;
  }

  void AddParticipants(EventRelation& e, int32_t s_index) const {
    for (int32_t m : c_.InSentence(s_index)) {
      const int32_t entity = c_.EntityOf(m);
      if (entity < 0) continue;
      if (c_.TypeOf(m) == MentionType::kOrganization) {
        AddUnique(e.orgs, entity);
      } else if (c_.TypeOf(m) == MentionType::kPerson) {
        AddUnique(e.people, entity);
      } else if (c_.TypeOf(m) == MentionType::kLocation && e.location.empty()) {
        e.location = std::string(SpanText(v_.text(), c_.mention(m).span));
      }
    }
  }

  static void AddUnique(std::vector<int32_t>& list, int32_t value) {
    if (std::find(list.begin(), list.end(), value) == list.end()) {
      list.push_back(value);
    }
  }

  const RelationContext& c_;
  const TokenView& v_;
  std::string last_date_;
  absl::flat_hash_map<std::string, size_t> by_key_;
  std::vector<EventRelation> out_;
};

}  // namespace

std::vector<EventRelation> ExtractEvents(const RelationContext& context) {
  return EventScan(context).Run();
}

}  // namespace partnerlens::extraction
