#include "common/storage/ids.h"

#include <openssl/sha.h>

#include <algorithm>
#include <array>

#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

#include "common/text/name_key.h"

namespace partnerlens::storage {
namespace {

constexpr size_t kIdHexDigits = 16;
constexpr absl::string_view kSepView("\0", 1);

std::string HashId(absl::string_view prefix, absl::string_view bytes) {
  return absl::StrCat(prefix, Sha256Hex(bytes).substr(0, kIdHexDigits));
}

bool IsIdChar(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '.' ||
         c == '_' || c == '-';
}

}  // namespace

std::string Sha256Hex(absl::string_view bytes) {
  std::array<unsigned char, SHA256_DIGEST_LENGTH> digest;
  SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
         digest.data());
  return absl::BytesToHexString(absl::string_view(
      reinterpret_cast<const char*>(digest.data()), digest.size()));
}

std::string OrganizationId(absl::string_view name) {
  const std::string key = text::OrganizationKey(name);
  return HashId("org_", key.empty() ? name : key);
}

std::string PersonId(absl::string_view name) {
  const std::string key = text::PersonKey(name);
  return HashId("per_", key.empty() ? name : key);
}

std::string EventId(int kind, absl::string_view name, absl::string_view date) {
  return HashId("evt_", absl::StrCat(kind, kSepView, text::PersonKey(name),
                                     kSepView, date));
}

std::string PartnershipId(std::vector<std::string> organization_ids, int kind) {
  std::sort(organization_ids.begin(), organization_ids.end());
  return HashId("prt_", absl::StrCat(kind, kSepView,
                                     absl::StrJoin(organization_ids, ",")));
}

std::string ArticleIdForContent(absl::string_view content) {
  return HashId("art_", content);
}

absl::Status ValidateClientId(absl::string_view field, absl::string_view id) {
  const bool valid = !id.empty() && id.size() <= kMaxClientIdBytes &&
                     std::all_of(id.begin(), id.end(), IsIdChar);
  if (valid) return absl::OkStatus();
  const absl::string_view shown = id.substr(0, 40);
  return absl::InvalidArgumentError(absl::StrCat(
      field, " \"", absl::CHexEscape(shown), id.size() > 40 ? "...\"" : "\"",
      " must be 1-128 characters of A-Z, a-z, 0-9, '.', '_' and '-'"));
}

}  // namespace partnerlens::storage
