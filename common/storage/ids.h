#ifndef PARTNERLENS_COMMON_STORAGE_IDS_H_
#define PARTNERLENS_COMMON_STORAGE_IDS_H_

// Stable ids of stored records: a prefix and the first 16 lower-case hex
// digits of a SHA-256 over a normalised form, so that the same body, person,
// event or relation named alike in two articles gets one id, in every
// process and every version that keeps these rules. Pure and thread-safe.

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace partnerlens::storage {

// Lower-case hex of the SHA-256 of `bytes` (64 digits).
std::string Sha256Hex(absl::string_view bytes);

// "org_" + 16 hex of SHA-256(text::OrganizationKey(name)); a name without
// letters or digits hashes as written.
std::string OrganizationId(absl::string_view name);

// "per_" + 16 hex of SHA-256(text::PersonKey(name)); a name without letters
// or digits hashes as written.
std::string PersonId(absl::string_view name);

// "evt_" + 16 hex over the kind (a partnerlens.v1.EventKind value), the
// folded words of the name and the date.
std::string EventId(int kind, absl::string_view name, absl::string_view date);

// "prt_" + 16 hex over the sorted organization ids and the kind (a
// partnerlens.v1.PartnershipKind value); the order of `organization_ids`
// does not matter.
std::string PartnershipId(std::vector<std::string> organization_ids, int kind);

// "art_" + 16 hex of SHA-256(content): the id of an article the client did
// not name.
std::string ArticleIdForContent(absl::string_view content);

// Longest client-supplied id, in bytes.
inline constexpr size_t kMaxClientIdBytes = 128;

// OK when `id` is 1-128 characters of [A-Za-z0-9._-]; else INVALID_ARGUMENT
// naming `field` ("article_id") and the value (cut to 40 bytes).
absl::Status ValidateClientId(absl::string_view field, absl::string_view id);

}  // namespace partnerlens::storage

#endif  // PARTNERLENS_COMMON_STORAGE_IDS_H_
