#include "tools/progress_bar.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace partnerlens::tools {
namespace {

constexpr int kBarWidth = 30;
constexpr size_t kMaxLabel = 40;

}  // namespace

std::string RenderProgress(int done, int total, int width,
                           absl::string_view label) {
  done = std::clamp(done, 0, std::max(total, 0));
  const int filled =
      total > 0 ? static_cast<int>(static_cast<int64_t>(done) * width / total)
                : width;
  std::string bar(static_cast<size_t>(filled), '#');
  bar.append(static_cast<size_t>(width - filled), '.');
  const int digits = static_cast<int>(absl::StrCat(total).size());
  std::string frame = absl::StrFormat("[%s] %*d/%d", bar, digits, done, total);
  if (!label.empty()) absl::StrAppend(&frame, "  ", label);
  return frame;
}

ProgressBar::ProgressBar(std::ostream& out, int total, bool enabled)
    : out_(out), total_(total), enabled_(enabled) {}

void ProgressBar::Update(int done, absl::string_view label) {
  if (!enabled_) return;
  if (label.size() > kMaxLabel) label = label.substr(label.size() - kMaxLabel);
  std::string frame = RenderProgress(done, total_, kBarWidth, label);
  const size_t width = frame.size();
  // Pad with spaces so a shorter frame hides the end of the longer one.
  if (width < last_width_) frame.append(last_width_ - width, ' ');
  last_width_ = width;
  out_ << "\r" << frame << std::flush;
}

void ProgressBar::Finish() {
  if (!enabled_ || last_width_ == 0) return;
  out_ << "\r" << std::string(last_width_, ' ') << "\r" << std::flush;
  last_width_ = 0;
}

}  // namespace partnerlens::tools
