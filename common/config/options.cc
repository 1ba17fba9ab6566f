#include "common/config/options.h"

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"

#include "common/status/status_macros.h"

namespace partnerlens::config {
namespace {

constexpr int64_t kMaxArticleBytesLimit = int64_t{64} << 20;
constexpr absl::Duration kMaxDrainTimeout = absl::Minutes(5);

absl::Status CheckRange(absl::string_view field, int64_t value, int64_t low,
                        int64_t high) {
  if (value >= low && value <= high) return absl::OkStatus();
  return absl::InvalidArgumentError(
      absl::StrCat(field, " ", value, " is outside ", low, "..", high));
}

absl::Status CheckRange(absl::string_view field, absl::Duration value,
                        absl::Duration low, absl::Duration high) {
  if (value >= low && value <= high) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(
      field, " ", absl::FormatDuration(value), " is outside ",
      absl::FormatDuration(low), "..", absl::FormatDuration(high)));
}

absl::Status CheckDataDir(absl::string_view data_dir) {
  if (!data_dir.empty()) return absl::OkStatus();
  return absl::InvalidArgumentError("data_dir is empty");
}

}  // namespace

absl::Status ValidateListenAddress(absl::string_view listen) {
  const size_t colon = listen.rfind(':');
  int port = -1;
  if (colon == absl::string_view::npos || colon == 0 ||
      !absl::SimpleAtoi(listen.substr(colon + 1), &port) || port < 0 ||
      port > 65535) {
    return absl::InvalidArgumentError(absl::StrCat(
        "listen \"", listen, "\" is not HOST:PORT with a port in 0..65535"));
  }
  return absl::OkStatus();
}

absl::Status IngestOptions::Validate() const {
  PARTNERLENS_RETURN_IF_ERROR(ValidateListenAddress(listen));
  PARTNERLENS_RETURN_IF_ERROR(CheckDataDir(data_dir));
  PARTNERLENS_RETURN_IF_ERROR(CheckRange("max_article_bytes", max_article_bytes,
                                         1, kMaxArticleBytesLimit));
  PARTNERLENS_RETURN_IF_ERROR(
      CheckRange("max_stream_articles", max_stream_articles, 1, 1'000'000));
  return CheckRange("drain_timeout", drain_timeout, absl::ZeroDuration(),
                    kMaxDrainTimeout);
}

absl::Status QueryOptions::Validate() const {
  PARTNERLENS_RETURN_IF_ERROR(ValidateListenAddress(listen));
  PARTNERLENS_RETURN_IF_ERROR(CheckDataDir(data_dir));
  PARTNERLENS_RETURN_IF_ERROR(CheckRange("catch_up_interval", catch_up_interval,
                                         absl::Milliseconds(1),
                                         absl::Minutes(1)));
  PARTNERLENS_RETURN_IF_ERROR(
      CheckRange("max_page_size", max_page_size, 1, 10'000));
  PARTNERLENS_RETURN_IF_ERROR(
      CheckRange("default_page_size", default_page_size, 1, max_page_size));
  return CheckRange("drain_timeout", drain_timeout, absl::ZeroDuration(),
                    kMaxDrainTimeout);
}

}  // namespace partnerlens::config
