#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_STAGED_TEXT_FOR_TEST_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_STAGED_TEXT_FOR_TEST_H_

// Test support for the extraction stages (tests only): the built-in
// resources, loaded once per test binary, and a short text run through the
// stages up to the relations, with lookups by surface text so that tests
// can state what they expect the way a reader would.
//
// The stages here read the text as given (no input normalisation), so tests
// pass plain ASCII text. A StagedText is immutable after construction.

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

#include "ingest_service/extraction/article_dates.h"
#include "ingest_service/extraction/entity_resolver.h"
#include "ingest_service/extraction/mention_finder.h"
#include "ingest_service/extraction/relation_extractor.h"
#include "ingest_service/extraction/resources.h"
#include "ingest_service/extraction/tokenizer.h"
#include "ingest_service/extraction/types.h"

namespace partnerlens::extraction::test_support {

// The lexicons compiled into the binary; loading them fails only when a
// data file is malformed, which no test could recover from.
inline const ExtractionResources& BuiltinResources() {
  static const ExtractionResources* const resources = [] {
    absl::StatusOr<std::unique_ptr<const ExtractionResources>> loaded =
        LoadBuiltinResources();
    if (!loaded.ok()) {
      std::fprintf(stderr, "LoadBuiltinResources: %s\n",
                   loaded.status().ToString().c_str());
      std::abort();
    }
    return loaded->release();
  }();
  return *resources;
}

// `text` after tokens, dates, mentions, resolution and relations.
struct StagedText {
  explicit StagedText(absl::string_view input,
                      absl::string_view published_date = "")
      : text(input),
        tokens(Tokenize(text, BuiltinResources().abbreviations(), 256)),
        dates(FindArticleDates(text, tokens, published_date)),
        mentions(FindMentions(text, tokens, dates, BuiltinResources())),
        entities(ResolveEntities(text, tokens, mentions, BuiltinResources())),
        relations(ExtractRelations(text, tokens, mentions, entities,
                                   BuiltinResources())) {}

  std::string TextOf(Span span) const {
    return std::string(SpanText(text, span));
  }

  // Index of the first mention with this exact text and found type, or -1.
  int32_t FindMention(absl::string_view surface, MentionType type) const {
    for (size_t i = 0; i < mentions.items.size(); ++i) {
      const Mention& m = mentions.items[i];
      if (m.type == type && SpanText(text, m.span) == surface) {
        return static_cast<int32_t>(i);
      }
    }
    return -1;
  }

  // Texts of the mentions whose found type is `type`, in text order.
  std::vector<std::string> MentionTexts(MentionType type) const {
    std::vector<std::string> out;
    for (const Mention& m : mentions.items) {
      if (m.type == type) out.push_back(TextOf(m.span));
    }
    return out;
  }

  // Index of the organization named or aliased `name`, or -1.
  int32_t Org(absl::string_view name) const {
    for (size_t i = 0; i < entities.orgs.size(); ++i) {
      const OrgEntity& org = entities.orgs[i];
      if (org.name == name) return static_cast<int32_t>(i);
      for (const std::string& alias : org.aliases) {
        if (alias == name) return static_cast<int32_t>(i);
      }
    }
    return -1;
  }

  // Index of the person named `name`, or -1.
  int32_t Person(absl::string_view name) const {
    for (size_t i = 0; i < entities.people.size(); ++i) {
      if (entities.people[i].name == name) return static_cast<int32_t>(i);
    }
    return -1;
  }

  // Names of the organizations whose indexes are `orgs`, in that order.
  std::vector<std::string> OrgNames(const std::vector<int32_t>& orgs) const {
    std::vector<std::string> out;
    out.reserve(orgs.size());
    for (int32_t org : orgs) out.push_back(entities.orgs[org].name);
    return out;
  }

  std::string text;
  TokenizedText tokens;
  ArticleDates dates;
  Mentions mentions;
  ResolvedEntities entities;
  Relations relations;
};

}  // namespace partnerlens::extraction::test_support

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_STAGED_TEXT_FOR_TEST_H_
