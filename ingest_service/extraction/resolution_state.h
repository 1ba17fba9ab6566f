#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_RESOLUTION_STATE_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_RESOLUTION_STATE_H_

// The working state of one ResolveEntities call (entity_resolver.h), shared
// by its passes (government_resolution.h, short_forms.h,
// people_resolution.h, entity_output.h): clusters of mentions that name
// the same entity, and what each mention turned out to name so far. The
// passes only join clusters and retype mentions; the mentions themselves
// stay as the mention finder made them.
//
// A ResolutionState holds references to the text, tokens, mentions and
// resources: it must not outlive them. One per article; thread-compatible.

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

#include "ingest_service/extraction/flat_index.h"
#include "ingest_service/extraction/resources.h"
#include "ingest_service/extraction/token_view.h"
#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction {

// Union-find over mention indexes.
class Clusters {
 public:
  explicit Clusters(size_t n);
  // The root of i's cluster: its earliest mention.
  int32_t Find(int32_t i);
  // Joins the clusters of a and b; the earlier mention stays the root.
  void Join(int32_t a, int32_t b);

 private:
  std::vector<int32_t> parent_;
};

struct ResolutionState {
  ResolutionState(absl::string_view text, const TokenizedText& tokenized,
                  const Mentions& mentions,
                  const ExtractionResources& resources);
  // `view` refers to `tokenized`; copies would alias the caller's data.
  ResolutionState(const ResolutionState&) = delete;
  ResolutionState& operator=(const ResolutionState&) = delete;

  int32_t size() const { return static_cast<int32_t>(items.size()); }
  // The text of mention i.
  std::string Text(int32_t i) const;
  // Whether mention i names an organization now.
  bool OrgAt(int32_t i) const { return types[i] == MentionType::kOrganization; }
  // The name key of mention i (common/text/name_key.h), with a
  // government's place suffix dropped: "Tianjin City", "Tianjin
  // Government" and "Tianjin" are one government.
  std::string OrgKeyOf(int32_t i) const;
  // Whether mention i is a place made a government.
  bool IsGovernmentPlace(int32_t i) const;
  bool IsPlaceWord(absl::string_view word) const;
  // The last sentence that starts at or before `token`, or nullptr.
  const Sentence* SentenceAt(int32_t token) const;
  bool IsSentenceStart(int32_t token) const;
  // A mention of `type` (as found, not as retyped) that ends right before
  // token `token_before` / starts at `token`, or -1.
  int32_t MentionEndingAt(int32_t token_before, MentionType type) const;
  int32_t MentionStartingAt(int32_t token, MentionType type) const;

  TokenView view;
  const TokenizedText& tokenized;
  const std::vector<Mention>& items;
  const ExtractionResources& resources;
  Clusters clusters;
  // What each mention names now; starts as its Mention::type.
  std::vector<MentionType> types;
  // Organization kind per mention; an anaphor can teach a name its kind.
  std::vector<OrgKind> kinds;
  // The places made governments, in the order promoted.
  std::vector<int32_t> government;
  // Mentions by first token and by end token.
  FlatIndex starting;  // token -> mentions starting there
  FlatIndex ending;    // token -> mentions ending just before it
};

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_RESOLUTION_STATE_H_
