#include "ingest_service/extraction/lexicon.h"

#include <algorithm>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

#include "ingest_service/extraction/tokenizer.h"

namespace partnerlens::extraction {
namespace {

const Abbreviations& NoAbbreviations() {
  static const Abbreviations* const none = new Abbreviations();
  return *none;
}

// Lower-cased token texts of `phrase`.
std::vector<std::string> PhraseTokens(absl::string_view phrase) {
  // Fast path for the most common lookup, one plain word, which the
  // tokenizer would return whole: tokenizing allocates per call.
  if (!phrase.empty() && std::all_of(phrase.begin(), phrase.end(), [](char c) {
        return absl::ascii_isalnum(c);
      })) {
    return {LowerAscii(phrase)};
  }
  TokenizedText tokens = Tokenize(phrase, NoAbbreviations(), 1 << 20);
  std::vector<std::string> out;
  out.reserve(tokens.tokens.size());
  for (const Token& token : tokens.tokens) {
    out.push_back(LowerAscii(SpanText(phrase, token.span)));
  }
  return out;
}

}  // namespace

std::string LowerAscii(absl::string_view s) {
  std::string out(s);
  absl::AsciiStrToLower(&out);
  return out;
}

void PhraseLexicon::Add(absl::string_view phrase, int32_t value) {
  std::vector<std::string> tokens = PhraseTokens(phrase);
  if (tokens.empty()) return;
  entries_[absl::StrJoin(tokens, " ")] = value;
  int32_t& longest = longest_from_first_[tokens.front()];
  longest = std::max(longest, static_cast<int32_t>(tokens.size()));
}

PhraseLexicon::Match PhraseLexicon::LongestAt(absl::string_view text,
                                              absl::Span<const Token> tokens,
                                              int32_t first,
                                              int32_t limit) const {
  Match best;
  if (first >= limit) return best;
  std::string key = LowerAscii(SpanText(text, tokens[first].span));
  auto it = longest_from_first_.find(key);
  if (it == longest_from_first_.end()) return best;
  const int32_t last = std::min(limit, first + it->second);
  for (int32_t end = first + 1;; ++end) {
    auto hit = entries_.find(key);
    if (hit != entries_.end()) best = Match{end - first, hit->second};
    if (end >= last) break;
    key.push_back(' ');
    key += LowerAscii(SpanText(text, tokens[end].span));
  }
  return best;
}

int32_t PhraseLexicon::Find(absl::string_view phrase, int32_t fallback) const {
  auto it = entries_.find(absl::StrJoin(PhraseTokens(phrase), " "));
  return it == entries_.end() ? fallback : it->second;
}

bool PhraseLexicon::Contains(absl::string_view phrase) const {
  return entries_.contains(absl::StrJoin(PhraseTokens(phrase), " "));
}

absl::StatusOr<PhraseLexicon> ParseLexicon(
    absl::string_view file_name, absl::string_view contents, int columns,
    const std::function<absl::StatusOr<int32_t>(absl::string_view)>&
        parse_value) {
  PhraseLexicon lexicon;
  int line_number = 0;
  for (absl::string_view line : absl::StrSplit(contents, '\n')) {
    ++line_number;
    line = absl::StripAsciiWhitespace(line);
    if (line.empty() || line[0] == '#') continue;
    // The phrase, then everything after the first tab as the value.
    std::vector<absl::string_view> fields =
        absl::StrSplit(line, absl::MaxSplits('\t', 1));
    auto error = [&](absl::string_view what) {
      return absl::InvalidArgumentError(
          absl::StrCat(file_name, ":", line_number, ": ", what));
    };
    if (columns == 1) {
      lexicon.Add(fields[0], 1);
      continue;
    }
    if (fields.size() < 2 || !parse_value) return error("expected 2 columns");
    absl::StatusOr<int32_t> value =
        parse_value(absl::StripAsciiWhitespace(fields[1]));
    if (!value.ok()) return error(value.status().message());
    lexicon.Add(absl::StripAsciiWhitespace(fields[0]), *value);
  }
  return lexicon;
}

}  // namespace partnerlens::extraction
