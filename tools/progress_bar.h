#ifndef PARTNERLENS_TOOLS_PROGRESS_BAR_H_
#define PARTNERLENS_TOOLS_PROGRESS_BAR_H_

// A one-line progress bar for terminals, redrawn in place with "\r".
// Not thread-safe.

#include <ostream>
#include <string>

#include "absl/strings/string_view.h"

namespace partnerlens::tools {

// One frame: "[#####.....]  12/40  label", the bar `width` cells wide,
// `done` clamped to [0, total]. Pure.
std::string RenderProgress(int done, int total, int width,
                           absl::string_view label);

class ProgressBar {
 public:
  // Draws on `out` (not owned; must outlive the bar) when `enabled`;
  // otherwise every call does nothing.
  ProgressBar(std::ostream& out, int total, bool enabled);
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // Shows `done` of total items, `label` naming the current one.
  void Update(int done, absl::string_view label);
  // Clears the line, so that later output starts on a clean line.
  void Finish();

 private:
  std::ostream& out_;
  int total_;
  bool enabled_;
  size_t last_width_ = 0;
};

}  // namespace partnerlens::tools

#endif  // PARTNERLENS_TOOLS_PROGRESS_BAR_H_
