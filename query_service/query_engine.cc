#include "query_service/query_engine.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/types/span.h"

#include "common/status/status_macros.h"
#include "common/storage/consistency_token.h"
#include "common/storage/schema.h"
#include "common/storage/wire_records.h"
#include "common/text/name_key.h"
#include "partnerlens/storage/v1/records.pb.h"
#include "query_service/date_filter.h"
#include "query_service/entity_lookup.h"
#include "query_service/merged_reads.h"
#include "query_service/page_token.h"

namespace partnerlens::query {
namespace {

using storage::IndexTag;
using storage::StoreReader;

constexpr size_t kMaxFilterBytes = 1024;
constexpr absl::Duration kMaxTokenWait = absl::Seconds(30);

// A lookup of entity ids by what a request names (entity_lookup.h).
using Finder = absl::StatusOr<std::vector<std::string>> (*)(const StoreReader&,
                                                            absl::string_view);

absl::Status CheckLength(absl::string_view field, absl::string_view value) {
  if (value.size() <= kMaxFilterBytes) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(
      field, " is ", value.size(), " bytes, more than ", kMaxFilterBytes));
}

absl::Status CheckRequired(absl::string_view field, absl::string_view value) {
  if (value.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(field, " is required"));
  }
  return CheckLength(field, value);
}

absl::Status CheckEnum(absl::string_view field, int value,
                       bool (*is_valid)(int)) {
  if (is_valid(value)) return absl::OkStatus();
  return absl::InvalidArgumentError(
      absl::StrCat(field, " ", value, " is not a known value"));
}

// Whether `value` passes the enum filter `wanted`: UNSPECIFIED (0 in every
// enum of the API) lets every value pass.
bool PassesEnumFilter(int wanted, int value) {
  return wanted == 0 || value == wanted;
}

bool HasAllWords(absl::string_view text, absl::Span<const std::string> words) {
  const std::vector<std::string> have = text::NameWords(text);
  return std::all_of(words.begin(), words.end(), [&](const std::string& w) {
    return std::find(have.begin(), have.end(), w) != have.end();
  });
}

// Whether one position of `person` has every title word and, when
// `org_ids` is given, is held in one of those organizations.
bool HoldsTitle(const v1::Person& person,
                absl::Span<const std::string> title_words,
                const Candidates& org_ids) {
  return std::any_of(
      person.positions().begin(), person.positions().end(),
      [&](const v1::Position& position) {
        if (org_ids.has_value() &&
            std::find(org_ids->begin(), org_ids->end(),
                      position.organization_id()) == org_ids->end()) {
          return false;
        }
        return HasAllWords(position.title(), title_words);
      });
}

// The ids `find` gives for `name`; nullopt (no filter) when `name` is empty.
absl::StatusOr<Candidates> FindIfNamed(const StoreReader& reader, Finder find,
                                       absl::string_view name) {
  if (name.empty()) return std::nullopt;
  return find(reader, name);
}

// The sorted ids that index `tag` links to the entities `find` gives for
// `name`; nullopt (no filter) when `name` is empty.
absl::StatusOr<Candidates> LinkedToNamed(const StoreReader& reader, Finder find,
                                         absl::string_view name, IndexTag tag) {
  PARTNERLENS_ASSIGN_OR_RETURN(Candidates from,
                               FindIfNamed(reader, find, name));
  if (!from.has_value()) return std::nullopt;
  return LinkedIds(reader, tag, *from);
}

// Narrows `candidates` (nullopt: everything) to `ids` (nullopt: no filter).
void Narrow(Candidates& candidates, Candidates ids) {
  if (!ids.has_value()) return;
  candidates = candidates.has_value() ? IntersectSorted(*candidates, *ids)
                                      : std::move(*ids);
}

// The records field of each list response.
auto* MutableRecords(v1::ListOrganizationsResponse& r) {
  return r.mutable_organizations();
}
auto* MutableRecords(v1::ListPartnershipsResponse& r) {
  return r.mutable_partnerships();
}
auto* MutableRecords(v1::SearchPeopleResponse& r) { return r.mutable_people(); }
auto* MutableRecords(v1::ListEventsResponse& r) { return r.mutable_events(); }

// One page of `kind`'s records that pass `keep` as list response
// `Response` (see CollectPage).
template <typename Response, typename Fact, typename Record>
absl::StatusOr<Response> ListPage(
    const StoreReader& reader, const RecordKind<Fact, Record>& kind,
    const Candidates& candidates, const PageSpec& page,
    absl::FunctionRef<bool(const std::type_identity_t<Record>&)> keep) {
  PARTNERLENS_ASSIGN_OR_RETURN(
      PageOut<Record> out, CollectPage(reader, kind, candidates, page, keep));
  Response response;
  for (Record& record : out.records) {
    *MutableRecords(response)->Add() = std::move(record);
  }
  response.set_next_page_token(std::move(out.next_page_token));
  return response;
}

}  // namespace

QueryEngine::QueryEngine(StoreReader* reader,
                         const config::QueryOptions& options)
    : reader_(reader),
      default_page_size_(options.default_page_size),
      max_page_size_(options.max_page_size) {}

template <typename Request>
absl::StatusOr<PageSpec> QueryEngine::StartList(const Request& request,
                                                uint64_t fingerprint,
                                                absl::Time deadline) const {
  PageSpec page;
  PARTNERLENS_ASSIGN_OR_RETURN(
      page.size,
      ResolvePageSize(request.page_size(), default_page_size_, max_page_size_));
  PARTNERLENS_ASSIGN_OR_RETURN(
      page.after_id, DecodePageToken(request.page_token(), fingerprint));
  page.fingerprint = fingerprint;
  page.deadline = deadline;
  PARTNERLENS_RETURN_IF_ERROR(
      AwaitToken(request.consistency_token(), deadline));
  return page;
}

absl::Status QueryEngine::AwaitToken(absl::string_view token,
                                     absl::Time deadline) const {
  if (token.empty()) return absl::OkStatus();
  PARTNERLENS_ASSIGN_OR_RETURN(uint64_t sequence,
                               storage::DecodeConsistencyToken(token));
  return reader_->WaitForSequence(
      sequence, std::min(deadline, absl::Now() + kMaxTokenWait));
}

absl::StatusOr<v1::GetOrganizationResponse> QueryEngine::GetOrganization(
    const v1::GetOrganizationRequest& request, absl::Time deadline) const {
  PARTNERLENS_RETURN_IF_ERROR(
      CheckRequired("organization", request.organization()));
  PARTNERLENS_RETURN_IF_ERROR(
      AwaitToken(request.consistency_token(), deadline));
  PARTNERLENS_ASSIGN_OR_RETURN(
      std::vector<std::string> ids,
      FindOrganizations(*reader_, request.organization()));
  v1::GetOrganizationResponse response;
  PARTNERLENS_ASSIGN_OR_RETURN(
      *response.mutable_organization(),
      FirstStored(*reader_, kOrganizationRecords, ids, request.organization()));
  PARTNERLENS_ASSIGN_OR_RETURN(std::vector<std::string> child_ids,
                               LinkedIds(*reader_, IndexTag::kOrganizationChild,
                                         {response.organization().id()}));
  ArticleAges ages(*reader_);
  for (const std::string& id : child_ids) {
    PARTNERLENS_ASSIGN_OR_RETURN(
        v1::Organization child,
        ReadMerged(*reader_, ages, kOrganizationRecords, id));
    if (!child.id().empty()) *response.add_sub_units() = std::move(child);
  }
  return response;
}

absl::StatusOr<v1::ListOrganizationsResponse> QueryEngine::ListOrganizations(
    const v1::ListOrganizationsRequest& request, absl::Time deadline) const {
  PARTNERLENS_RETURN_IF_ERROR(
      CheckEnum("kind", request.kind(), &v1::OrganizationKind_IsValid));
  PARTNERLENS_ASSIGN_OR_RETURN(
      PageSpec page,
      StartList(request,
                FilterFingerprint(
                    {"ListOrganizations", absl::StrCat(request.kind())}),
                deadline));
  auto keep = [&](const v1::Organization& org) {
    return PassesEnumFilter(request.kind(), org.kind());
  };
  return ListPage<v1::ListOrganizationsResponse>(*reader_, kOrganizationRecords,
                                                 std::nullopt, page, keep);
}

absl::StatusOr<v1::ListPartnershipsResponse> QueryEngine::ListPartnerships(
    const v1::ListPartnershipsRequest& request, absl::Time deadline) const {
  PARTNERLENS_RETURN_IF_ERROR(
      CheckLength("organization", request.organization()));
  PARTNERLENS_RETURN_IF_ERROR(
      CheckEnum("kind", request.kind(), &v1::PartnershipKind_IsValid));
  PARTNERLENS_RETURN_IF_ERROR(
      CheckEnum("status", request.status(), &v1::PartnershipStatus_IsValid));
  PARTNERLENS_ASSIGN_OR_RETURN(
      DateFilter dates,
      DateFilter::Parse(request.date_from(), request.date_to()));
  PARTNERLENS_ASSIGN_OR_RETURN(
      PageSpec page,
      StartList(request,
                FilterFingerprint({"ListPartnerships", request.organization(),
                                   absl::StrCat(request.kind()),
                                   absl::StrCat(request.status()),
                                   request.date_from(), request.date_to()}),
                deadline));
  PARTNERLENS_ASSIGN_OR_RETURN(
      Candidates candidates,
      LinkedToNamed(*reader_, &FindOrganizations, request.organization(),
                    IndexTag::kOrganizationPartnership));
  auto keep = [&](const v1::Partnership& partnership) {
    return PassesEnumFilter(request.kind(), partnership.kind()) &&
           PassesEnumFilter(request.status(), partnership.status()) &&
           dates.Matches(partnership.date());
  };
  return ListPage<v1::ListPartnershipsResponse>(*reader_, kPartnershipRecords,
                                                candidates, page, keep);
}

absl::StatusOr<v1::GetPersonResponse> QueryEngine::GetPerson(
    const v1::GetPersonRequest& request, absl::Time deadline) const {
  PARTNERLENS_RETURN_IF_ERROR(CheckRequired("person", request.person()));
  PARTNERLENS_RETURN_IF_ERROR(
      AwaitToken(request.consistency_token(), deadline));
  PARTNERLENS_ASSIGN_OR_RETURN(std::vector<std::string> ids,
                               FindPeople(*reader_, request.person()));
  v1::GetPersonResponse response;
  PARTNERLENS_ASSIGN_OR_RETURN(
      *response.mutable_person(),
      FirstStored(*reader_, kPersonRecords, ids, request.person()));
  return response;
}

absl::StatusOr<v1::SearchPeopleResponse> QueryEngine::SearchPeople(
    const v1::SearchPeopleRequest& request, absl::Time deadline) const {
  PARTNERLENS_RETURN_IF_ERROR(CheckLength("name", request.name()));
  PARTNERLENS_RETURN_IF_ERROR(
      CheckLength("organization", request.organization()));
  PARTNERLENS_RETURN_IF_ERROR(CheckLength("title", request.title()));
  const std::vector<std::string> title_words = text::NameWords(request.title());
  if (!request.title().empty() && title_words.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "title \"", request.title(), "\" has no letters or digits"));
  }
  PARTNERLENS_ASSIGN_OR_RETURN(
      PageSpec page,
      StartList(request,
                FilterFingerprint({"SearchPeople", request.name(),
                                   request.organization(), request.title()}),
                deadline));
  PARTNERLENS_ASSIGN_OR_RETURN(
      Candidates candidates,
      FindIfNamed(*reader_, &FindPeopleByNameWords, request.name()));
  PARTNERLENS_ASSIGN_OR_RETURN(
      Candidates org_ids,
      FindIfNamed(*reader_, &FindOrganizations, request.organization()));
  if (org_ids.has_value()) {
    PARTNERLENS_ASSIGN_OR_RETURN(
        Candidates members,
        LinkedIds(*reader_, IndexTag::kOrganizationPerson, *org_ids));
    Narrow(candidates, std::move(members));
  }
  auto keep = [&](const v1::Person& person) {
    return title_words.empty() || HoldsTitle(person, title_words, org_ids);
  };
  return ListPage<v1::SearchPeopleResponse>(*reader_, kPersonRecords,
                                            candidates, page, keep);
}

absl::StatusOr<v1::ListEventsResponse> QueryEngine::ListEvents(
    const v1::ListEventsRequest& request, absl::Time deadline) const {
  PARTNERLENS_RETURN_IF_ERROR(
      CheckLength("organization", request.organization()));
  PARTNERLENS_RETURN_IF_ERROR(CheckLength("person", request.person()));
  PARTNERLENS_RETURN_IF_ERROR(
      CheckEnum("kind", request.kind(), &v1::EventKind_IsValid));
  PARTNERLENS_ASSIGN_OR_RETURN(
      DateFilter dates,
      DateFilter::Parse(request.date_from(), request.date_to()));
  PARTNERLENS_ASSIGN_OR_RETURN(
      PageSpec page,
      StartList(
          request,
          FilterFingerprint({"ListEvents", request.organization(),
                             request.person(), absl::StrCat(request.kind()),
                             request.date_from(), request.date_to()}),
          deadline));
  PARTNERLENS_ASSIGN_OR_RETURN(
      Candidates candidates,
      LinkedToNamed(*reader_, &FindOrganizations, request.organization(),
                    IndexTag::kOrganizationEvent));
  PARTNERLENS_ASSIGN_OR_RETURN(
      Candidates attended,
      LinkedToNamed(*reader_, &FindPeople, request.person(),
                    IndexTag::kPersonEvent));
  Narrow(candidates, std::move(attended));
  auto keep = [&](const v1::Event& event) {
    return PassesEnumFilter(request.kind(), event.kind()) &&
           dates.Matches(event.date());
  };
  return ListPage<v1::ListEventsResponse>(*reader_, kEventRecords, candidates,
                                          page, keep);
}

absl::StatusOr<v1::GetArticleResponse> QueryEngine::GetArticle(
    const v1::GetArticleRequest& request, absl::Time deadline) const {
  const std::string& id = request.article_id();
  PARTNERLENS_RETURN_IF_ERROR(CheckRequired("article_id", id));
  PARTNERLENS_RETURN_IF_ERROR(
      AwaitToken(request.consistency_token(), deadline));
  storage::v1::ArticleRow row;
  const absl::Status status =
      reader_->GetMessage(storage::kArticlesFamily, id, row);
  if (absl::IsNotFound(status)) {
    return absl::NotFoundError(absl::StrCat("article \"", id, "\" not found"));
  }
  PARTNERLENS_RETURN_IF_ERROR(status);
  v1::GetArticleResponse response;
  *response.mutable_article() = storage::ToWireArticle(row, /*with_text=*/true);
  if (!request.include_records()) return response;
  storage::v1::ArticleFacts facts;
  const absl::Status facts_status =
      reader_->GetMessage(storage::kArticleFactsFamily, id, facts);
  if (!absl::IsNotFound(facts_status)) {
    PARTNERLENS_RETURN_IF_ERROR(facts_status);
  }
  *response.mutable_records() = storage::ToWireRecords(id, facts);
  return response;
}

absl::StatusOr<v1::ListArticlesResponse> QueryEngine::ListArticles(
    const v1::ListArticlesRequest& request, absl::Time deadline) const {
  PARTNERLENS_ASSIGN_OR_RETURN(
      PageSpec page,
      StartList(request, FilterFingerprint({"ListArticles"}), deadline));
  // The smallest key after the last id: the id followed by a 0x00 byte.
  const std::string start =
      page.after_id.empty()
          ? ""
          : absl::StrCat(page.after_id, absl::string_view("\0", 1));
  v1::ListArticlesResponse response;
  bool more = false;
  PARTNERLENS_RETURN_IF_ERROR(reader_->Scan(
      storage::kArticlesFamily, "", start,
      [&](storage::RowView row) -> absl::StatusOr<bool> {
        PARTNERLENS_RETURN_IF_ERROR(CheckDeadline(deadline));
        if (response.articles_size() == page.size) {
          more = true;
          return false;
        }
        storage::v1::ArticleRow article;
        if (!article.ParseFromArray(row.value.data(),
                                    static_cast<int>(row.value.size()))) {
          return absl::DataLossError("stored article does not decode");
        }
        *response.add_articles() =
            storage::ToWireArticle(article, /*with_text=*/false);
        return true;
      }));
  if (more) {
    response.set_next_page_token(
        EncodePageToken(response.articles(response.articles_size() - 1).id(),
                        page.fingerprint));
  }
  return response;
}

}  // namespace partnerlens::query
