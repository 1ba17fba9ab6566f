#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_MENTION_SCAN_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_MENTION_SCAN_H_

// The working state of one FindMentions call (mention_finder.h), shared by
// its passes (mention_markers.h, chunk_classifier.h, name_classifier.h,
// person_context.h): what each token already is, and the mentions made so
// far in the order made. Mentions refer to each other (Mention::parent,
// same_as) by that order until TakeSorted renumbers them.
//
// A MentionScan holds references to the text, tokens and resources: it
// must not outlive them. One per article; thread-compatible.

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"

#include "ingest_service/extraction/name_chunker.h"
#include "ingest_service/extraction/name_shapes.h"
#include "ingest_service/extraction/resources.h"
#include "ingest_service/extraction/token_view.h"
#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {

// Mentions in the order made; indexes stay valid until TakeSorted.
class MentionList {
 public:
  // `view` must outlive the list.
  explicit MentionList(const TokenView& view) : view_(view) {}

  // Appends a mention of tokens [first, end); returns its index.
  int32_t Add(MentionType type, int32_t first, int32_t end);
  // Appends an organization of `kind`. Right after "'s", the organization
  // ending there becomes its parent ("the polytechnic's Business
  // Development Unit").
  int32_t AddOrg(int32_t first, int32_t end, OrgKind kind);

  int32_t size() const { return static_cast<int32_t>(items_.size()); }
  Mention& operator[](int32_t i) { return items_[i]; }
  const Mention& operator[](int32_t i) const { return items_[i]; }

  // The latest mention (of any type, or an organization) that ends at
  // `end_token`, or -1. Looks back only over mentions ending at most 8
  // tokens earlier, so the cost stays constant.
  int32_t LatestEndingAt(int32_t end_token) const;
  int32_t LatestOrgEndingAt(int32_t end_token) const;
  // Every organization among the last 32 mentions that ends at
  // `end_token`, latest first.
  std::vector<int32_t> OrgsEndingAt(int32_t end_token) const;
  // The latest mention of exactly tokens [first, end), or -1.
  int32_t Covering(int32_t first, int32_t end) const;

  // The mentions by span begin, the longer first where two begin alike
  // (stable otherwise), with parent and same_as renumbered. Leaves the list
  // empty.
  Mentions TakeSorted();

 private:
  const TokenView& view_;
  std::vector<Mention> items_;
};

struct MentionScan {
  MentionScan(absl::string_view text, const TokenizedText& tokenized,
              const ExtractionResources& resources)
      : shapes(text, tokenized, resources),
        view(shapes.view()),
        tokenized(tokenized),
        resources(resources),
        roles(tokenized.tokens.size(), TokenRole::kFree),
        mentions(view) {}
  // Members refer to each other.
  MentionScan(const MentionScan&) = delete;
  MentionScan& operator=(const MentionScan&) = delete;

  // The longest entry of `lexicon` at token `first`, ending before `limit`.
  PhraseLexicon::Match LongestAt(const PhraseLexicon& lexicon, int32_t first,
                                 int32_t limit) const {
    return shapes.LongestAt(lexicon, first, limit);
  }

  const NameShapes shapes;
  const TokenView& view;
  const TokenizedText& tokenized;
  const ExtractionResources& resources;
  // One per token of the article.
  std::vector<TokenRole> roles;
  MentionList mentions;
  // The text of every organization named in earlier sentences ("Qianjiang
  // Precision" after its "hereinafter"), so a later "A and Qianjiang
  // Precision" splits there.
  absl::flat_hash_set<std::string> org_names;
};

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_MENTION_SCAN_H_
