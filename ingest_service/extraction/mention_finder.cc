#include "ingest_service/extraction/mention_finder.h"

#include <vector>

#include "ingest_service/extraction/chunk_classifier.h"
#include "ingest_service/extraction/mention_markers.h"
#include "ingest_service/extraction/mention_scan.h"
#include "ingest_service/extraction/name_chunker.h"
#include "ingest_service/extraction/person_names.h"

namespace partnerlens::extraction {
namespace {

// The name chunks of one sentence, each classified.
void ClassifyChunks(const Sentence& sentence, MentionScan& scan) {
  const bool results = IsResultsLine(sentence, scan);
  const std::vector<NameChunk> chunks =
      FindNameChunks(scan.view, sentence, scan.roles, scan.resources);
  for (const NameChunk& chunk : chunks) {
    if (results && scan.view.Has(chunk.end, kTokenNumber) &&
        PersonNameShape(scan.view, chunk.first, chunk.end, scan.resources) !=
            NameConfidence::kStrong) {
      // "Wigan 42 Bradford Bulls 36": a team.
      scan.mentions.AddOrg(chunk.first, chunk.end, OrgKind::kOther);
      continue;
    }
    ClassifyChunk(chunk.first, chunk.end, sentence, scan);
  }
}

void RememberOrgNames(int32_t from, MentionScan& scan) {
  for (int32_t i = from; i < scan.mentions.size(); ++i) {
    const Mention& m = scan.mentions[i];
    if (m.type == MentionType::kOrganization && !m.anaphor) {
      scan.org_names.emplace(scan.view.TextOf(m.first_token, m.end_token));
    }
  }
}

}  // namespace

Mentions FindMentions(absl::string_view text, const TokenizedText& tokenized,
                      const ArticleDates& dates,
                      const ExtractionResources& resources) {
  MentionScan scan(text, tokenized, resources);
  for (const DatedSpan& date : dates.dates) MarkDate(date, scan);
  for (const Sentence& sentence : tokenized.sentences) {
    const int32_t before = scan.mentions.size();
    MarkTitlesAndHonorifics(sentence, scan);
    MarkGovernmentBodies(sentence, scan);
    MarkAnaphors(sentence, scan);
    ClassifyChunks(sentence, scan);
    LinkHereinafter(sentence, scan);
    RememberOrgNames(before, scan);
  }
  Mentions out = scan.mentions.TakeSorted();
  out.text_published_date = dates.published_date;
  return out;
}

}  // namespace partnerlens::extraction
