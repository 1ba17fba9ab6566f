#ifndef PARTNERLENS_INGEST_SERVICE_EXTRACTION_EMBEDDED_DATA_H_
#define PARTNERLENS_INGEST_SERVICE_EXTRACTION_EMBEDDED_DATA_H_

// The files of ingest_service/extraction/data/, compiled into the binary by
// cmake/embed_files.cmake. Static storage; never freed.

namespace partnerlens::extraction {

struct EmbeddedFile {
  const char* name;      // base name, e.g. "org_suffixes.txt"
  const char* contents;  // whole file, NUL-terminated
};

extern const EmbeddedFile kEmbeddedFiles[];
extern const int kEmbeddedFileCount;

}  // namespace partnerlens::extraction

#endif  // PARTNERLENS_INGEST_SERVICE_EXTRACTION_EMBEDDED_DATA_H_
