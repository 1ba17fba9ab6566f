#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_RESOURCES_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_RESOURCES_H_

// The lexicons and patterns the extraction reads, loaded once into an
// immutable object. The data files live in ingest_service/extraction/data/
// (under version control, each with its source noted in data/SOURCES.md) and
// are compiled into the binary, so a binary needs no data directory;
// LoadResourcesFromDirectory reads the same files from disk instead, for
// trying out lexicon changes without a rebuild.
//
// Thread-safety: an ExtractionResources is immutable after loading; any
// number of threads may share one.

#include <memory>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace partnerlens::extraction {

// Lexicons and patterns, parsed. Built only by the Load functions below.
class ExtractionResources {
 public:
  ExtractionResources(const ExtractionResources&) = delete;
  ExtractionResources& operator=(const ExtractionResources&) = delete;

 private:
  friend class ResourceLoader;
  ExtractionResources() = default;
};

// Parses the lexicons compiled into the binary. INVALID_ARGUMENT names the
// file and line of a malformed entry (a build with such a file is a bug).
absl::StatusOr<std::unique_ptr<const ExtractionResources>>
LoadBuiltinResources();

// Parses the lexicons from `directory` (same file names as data/).
// NOT_FOUND when a file is missing, INVALID_ARGUMENT when malformed.
absl::StatusOr<std::unique_ptr<const ExtractionResources>>
LoadResourcesFromDirectory(absl::string_view directory);

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_RESOURCES_H_
