#include "ingest_service/extraction/relation_context.h"

namespace partnerlens::extraction {

RelationContext::RelationContext(absl::string_view text,
                                 const TokenizedText& tokenized,
                                 const Mentions& mentions,
                                 const ResolvedEntities& entities,
                                 const ExtractionResources& resources)
    : view_(text, tokenized),
      tokenized_(tokenized),
      mentions_(mentions),
      entities_(entities),
      resources_(resources),
      sentence_of_(tokenized.tokens.size(), 0) {
  for (size_t s = 0; s < tokenized.sentences.size(); ++s) {
    const Sentence& sentence = tokenized.sentences[s];
    for (int32_t t = sentence.first_token; t < sentence.end_token; ++t) {
      sentence_of_[t] = static_cast<int32_t>(s);
    }
  }
  std::vector<std::pair<int32_t, int32_t>> starting;
  std::vector<std::pair<int32_t, int32_t>> ending;
  std::vector<std::pair<int32_t, int32_t>> in_sentence;
  for (size_t i = 0; i < mentions.items.size(); ++i) {
    const Mention& m = mentions.items[i];
    const auto index = static_cast<int32_t>(i);
    starting.emplace_back(m.first_token, index);
    ending.emplace_back(m.end_token, index);
    in_sentence.emplace_back(sentence_of_[m.first_token], index);
  }
  const auto tokens = static_cast<int32_t>(tokenized.tokens.size()) + 1;
  starting_at_ = FlatIndex(tokens, starting);
  ending_before_ = FlatIndex(tokens, ending);
  by_sentence_ =
      FlatIndex(static_cast<int32_t>(tokenized.sentences.size()), in_sentence);
}

int32_t RelationContext::StartingAt(int32_t t, MentionType type) const {
  int32_t best = -1;
  for (int32_t m : starting_at_[t]) {
    if (TypeOf(m) != type) continue;
    if (best < 0 || mention(m).end_token > mention(best).end_token) best = m;
  }
  return best;
}

int32_t RelationContext::EndingBefore(int32_t t, MentionType type) const {
  int32_t best = -1;
  for (int32_t m : ending_before_[t]) {
    if (TypeOf(m) != type) continue;
    if (best < 0 || mention(m).first_token < mention(best).first_token) {
      best = m;
    }
  }
  return best;
}

bool RelationContext::MentionsBothParties(int32_t first, int32_t end) const {
  for (int32_t t = first; t < end; ++t) {
    if (resources_.both_parties()
            .LongestAt(view_.text(), tokenized_.tokens, t, end)
            .length > 0) {
      return true;
    }
  }
  return false;
}

}  // namespace partnerlens::extraction
