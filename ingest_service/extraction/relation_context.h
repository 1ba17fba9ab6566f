#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_RELATION_CONTEXT_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_RELATION_CONTEXT_H_

// What the relation extractors read: the tokens, the mentions with what
// they resolved to, and indexes from tokens to the mentions that start or
// end there. Built once per article; holds references to its inputs, which
// must outlive it. Thread-compatible.

#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"

#include "ingest_service/extraction/flat_index.h"
#include "ingest_service/extraction/resources.h"
#include "ingest_service/extraction/token_view.h"
#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {

class RelationContext {
 public:
  RelationContext(absl::string_view text, const TokenizedText& tokenized,
                  const Mentions& mentions, const ResolvedEntities& entities,
                  const ExtractionResources& resources);

  const TokenView& view() const { return view_; }
  const TokenizedText& tokenized() const { return tokenized_; }
  const Mentions& mentions() const { return mentions_; }
  const ResolvedEntities& entities() const { return entities_; }
  const ExtractionResources& resources() const { return resources_; }

  const Mention& mention(int32_t m) const { return mentions_.items[m]; }
  // What mention m resolved to.
  MentionType TypeOf(int32_t m) const { return entities_.mention_type[m]; }
  // Its org or person index, or -1.
  int32_t EntityOf(int32_t m) const { return entities_.mention_entity[m]; }

  // The longest mention of `type` (resolved) that starts at token `t` /
  // ends just before token `t`; -1 when none.
  int32_t StartingAt(int32_t t, MentionType type) const;
  int32_t EndingBefore(int32_t t, MentionType type) const;

  // Mentions whose first token lies in sentence `s`, in text order.
  absl::Span<const int32_t> InSentence(int32_t s) const {
    return by_sentence_[s];
  }
  // Whether tokens [first, end) hold a phrase for the story's two parties
  // ("both sides", data/both_parties.txt).
  bool MentionsBothParties(int32_t first, int32_t end) const;

  // Sentence index of token t.
  int32_t SentenceOf(int32_t t) const { return sentence_of_[t]; }
  int32_t sentence_count() const {
    return static_cast<int32_t>(tokenized_.sentences.size());
  }

 private:
  TokenView view_;
  const TokenizedText& tokenized_;
  const Mentions& mentions_;
  const ResolvedEntities& entities_;
  const ExtractionResources& resources_;
  FlatIndex starting_at_;    // token -> mentions starting there
  FlatIndex ending_before_;  // token -> mentions ending just before it
  FlatIndex by_sentence_;    // sentence -> mentions starting in it
  std::vector<int32_t> sentence_of_;
};

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_RELATION_CONTEXT_H_
