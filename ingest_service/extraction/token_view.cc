#include "ingest_service/extraction/token_view.h"

#include "absl/strings/match.h"

#include "ingest_service/extraction/lexicon.h"

namespace partnerlens::extraction {

std::string TokenView::lower(int32_t i) const { return LowerAscii(word(i)); }

bool TokenView::IsLower(int32_t i, absl::string_view lower_word) const {
  return i >= 0 && i < size() && absl::EqualsIgnoreCase(word(i), lower_word);
}

}  // namespace partnerlens::extraction
