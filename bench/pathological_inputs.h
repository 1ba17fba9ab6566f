#ifndef PARTNERLENS_BENCH_PATHOLOGICAL_INPUTS_H_
#define PARTNERLENS_BENCH_PATHOLOGICAL_INPUTS_H_

// Adversarial article contents for the extraction benchmark: each is built
// to stress one stage (tokenizer, sentence splitter, name chunker, entity
// resolution, date finder, HTML parser). The benchmark runs each at two
// sizes; time per byte that grows with size means a super-linear stage.

#include <cstddef>
#include <string>
#include <vector>

#include "ingest_service/extraction/types.h"

namespace partnerlens::bench {

// One adversarial input family.
struct PathologicalCase {
  const char* name;  // benchmark label, e.g. "repeated_a"
  extraction::ContentFormat format;
  // Content of about `bytes` bytes (never more).
  std::string (*make)(size_t bytes);
  // Largest size to run; the benchmark also runs a quarter of it. 1 MiB
  // (the service's default text limit) unless a known super-linear stage
  // would make that take minutes.
  size_t max_bytes = 1024 * 1024;
};

// Every family, in a stable order.
const std::vector<PathologicalCase>& PathologicalCases();

// `unit` repeated until adding another copy would exceed `bytes`.
std::string RepeatToSize(const std::string& unit, size_t bytes);

}  // namespace partnerlens::bench

#endif  // PARTNERLENS_BENCH_PATHOLOGICAL_INPUTS_H_
