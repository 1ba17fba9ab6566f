#include "ingest_service/extraction/resources.h"

#include <memory>

namespace partnerlens::extraction {

class ResourceLoader {
 public:
  static std::unique_ptr<const ExtractionResources> Empty() {
    return std::unique_ptr<const ExtractionResources>(
        new ExtractionResources());
  }
};

absl::StatusOr<std::unique_ptr<const ExtractionResources>>
LoadBuiltinResources() {
  return ResourceLoader::Empty();
}

absl::StatusOr<std::unique_ptr<const ExtractionResources>>
LoadResourcesFromDirectory(absl::string_view /*directory*/) {
  return ResourceLoader::Empty();
}

}  // namespace partnerlens::extraction
