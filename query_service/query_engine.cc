#include "query_service/query_engine.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/types/span.h"

#include "common/status/status_macros.h"
#include "common/storage/consistency_token.h"
#include "common/storage/schema.h"
#include "common/text/name_key.h"
#include "partnerlens/storage/v1/records.pb.h"
#include "query_service/date_filter.h"
#include "query_service/entity_lookup.h"
#include "query_service/merge_records.h"
#include "query_service/merged_reads.h"
#include "query_service/page_token.h"

namespace partnerlens::query {
namespace {

using storage::ArticleFact;
using storage::IndexTag;
using storage::StoreReader;
using storage::v1::EventFact;
using storage::v1::OrganizationFact;
using storage::v1::PartnershipFact;
using storage::v1::PersonFact;

constexpr size_t kMaxFilterBytes = 1024;
constexpr absl::Duration kMaxTokenWait = absl::Seconds(30);

absl::Status CheckLength(absl::string_view field, absl::string_view value) {
  if (value.size() <= kMaxFilterBytes) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(
      field, " is ", value.size(), " bytes, more than ", kMaxFilterBytes));
}

absl::Status CheckEnum(absl::string_view field, int value,
                       bool (*is_valid)(int)) {
  if (is_valid(value)) return absl::OkStatus();
  return absl::InvalidArgumentError(
      absl::StrCat(field, " ", value, " is not a known value"));
}

// `fact` as a record supported by `article_id` alone.
template <typename Fact, typename Record>
Record SingleArticle(absl::string_view article_id, const Fact& fact,
                     Record (*merge)(FactRows<Fact>)) {
  const ArticleFact<Fact> row{std::string(article_id), fact};
  return merge(absl::MakeConstSpan(&row, 1));
}

v1::ArticleRecords ToArticleRecords(absl::string_view article_id,
                                    const storage::v1::ArticleFacts& facts) {
  v1::ArticleRecords records;
  for (const OrganizationFact& fact : facts.organizations()) {
    *records.add_organizations() =
        SingleArticle(article_id, fact, &MergeOrganization);
  }
  for (const PersonFact& fact : facts.people()) {
    *records.add_people() = SingleArticle(article_id, fact, &MergePerson);
  }
  for (const EventFact& fact : facts.events()) {
    *records.add_events() = SingleArticle(article_id, fact, &MergeEvent);
  }
  for (const PartnershipFact& fact : facts.partnerships()) {
    *records.add_partnerships() =
        SingleArticle(article_id, fact, &MergePartnership);
  }
  return records;
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
                const std::optional<std::vector<std::string>>& org_ids) {
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

// Narrows `candidates` (nullopt: everything) to `ids`.
void Narrow(std::optional<std::vector<std::string>>& candidates,
            std::vector<std::string> ids) {
  candidates = candidates.has_value() ? IntersectSorted(*candidates, ids)
                                      : std::move(ids);
}

template <typename Record>
void MoveRecords(PageOut<Record>& page,
                 google::protobuf::RepeatedPtrField<Record>* out,
                 std::string* next_page_token) {
  for (Record& record : page.records) *out->Add() = std::move(record);
  *next_page_token = std::move(page.next_page_token);
}

}  // namespace

QueryEngine::QueryEngine(StoreReader* reader,
                         const config::QueryOptions& options)
    : reader_(reader),
      default_page_size_(options.default_page_size),
      max_page_size_(options.max_page_size) {}

absl::StatusOr<PageSpec> QueryEngine::StartPage(int page_size,
                                                absl::string_view token,
                                                uint64_t fingerprint,
                                                absl::Time deadline) const {
  PageSpec page;
  PARTNERLENS_ASSIGN_OR_RETURN(
      page.size,
      ResolvePageSize(page_size, default_page_size_, max_page_size_));
  PARTNERLENS_ASSIGN_OR_RETURN(page.after_id,
                               DecodePageToken(token, fingerprint));
  page.fingerprint = fingerprint;
  page.deadline = deadline;
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
  if (request.organization().empty()) {
    return absl::InvalidArgumentError("organization is required");
  }
  PARTNERLENS_RETURN_IF_ERROR(
      CheckLength("organization", request.organization()));
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
      StartPage(request.page_size(), request.page_token(),
                FilterFingerprint(
                    {"ListOrganizations", absl::StrCat(request.kind())}),
                deadline));
  PARTNERLENS_RETURN_IF_ERROR(
      AwaitToken(request.consistency_token(), deadline));
  auto keep = [&](const v1::Organization& org) {
    return request.kind() == v1::ORGANIZATION_KIND_UNSPECIFIED ||
           org.kind() == request.kind();
  };
  PARTNERLENS_ASSIGN_OR_RETURN(
      PageOut<v1::Organization> out,
      CollectPage(*reader_, kOrganizationRecords, std::nullopt, page, keep));
  v1::ListOrganizationsResponse response;
  MoveRecords(out, response.mutable_organizations(),
              response.mutable_next_page_token());
  return response;
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
      StartPage(request.page_size(), request.page_token(),
                FilterFingerprint({"ListPartnerships", request.organization(),
                                   absl::StrCat(request.kind()),
                                   absl::StrCat(request.status()),
                                   request.date_from(), request.date_to()}),
                deadline));
  PARTNERLENS_RETURN_IF_ERROR(
      AwaitToken(request.consistency_token(), deadline));
  std::optional<std::vector<std::string>> candidates;
  if (!request.organization().empty()) {
    PARTNERLENS_ASSIGN_OR_RETURN(
        std::vector<std::string> org_ids,
        FindOrganizations(*reader_, request.organization()));
    PARTNERLENS_ASSIGN_OR_RETURN(
        candidates,
        LinkedIds(*reader_, IndexTag::kOrganizationPartnership, org_ids));
  }
  auto keep = [&](const v1::Partnership& partnership) {
    return (request.kind() == v1::PARTNERSHIP_KIND_UNSPECIFIED ||
            partnership.kind() == request.kind()) &&
           (request.status() == v1::PARTNERSHIP_STATUS_UNSPECIFIED ||
            partnership.status() == request.status()) &&
           dates.Matches(partnership.date());
  };
  PARTNERLENS_ASSIGN_OR_RETURN(
      PageOut<v1::Partnership> out,
      CollectPage(*reader_, kPartnershipRecords, candidates, page, keep));
  v1::ListPartnershipsResponse response;
  MoveRecords(out, response.mutable_partnerships(),
              response.mutable_next_page_token());
  return response;
}

absl::StatusOr<v1::GetPersonResponse> QueryEngine::GetPerson(
    const v1::GetPersonRequest& request, absl::Time deadline) const {
  if (request.person().empty()) {
    return absl::InvalidArgumentError("person is required");
  }
  PARTNERLENS_RETURN_IF_ERROR(CheckLength("person", request.person()));
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
      StartPage(request.page_size(), request.page_token(),
                FilterFingerprint({"SearchPeople", request.name(),
                                   request.organization(), request.title()}),
                deadline));
  PARTNERLENS_RETURN_IF_ERROR(
      AwaitToken(request.consistency_token(), deadline));
  std::optional<std::vector<std::string>> candidates;
  if (!request.name().empty()) {
    PARTNERLENS_ASSIGN_OR_RETURN(
        candidates, FindPeopleByNameWords(*reader_, request.name()));
  }
  std::optional<std::vector<std::string>> org_ids;
  if (!request.organization().empty()) {
    PARTNERLENS_ASSIGN_OR_RETURN(
        org_ids, FindOrganizations(*reader_, request.organization()));
    PARTNERLENS_ASSIGN_OR_RETURN(
        std::vector<std::string> members,
        LinkedIds(*reader_, IndexTag::kOrganizationPerson, *org_ids));
    Narrow(candidates, std::move(members));
  }
  auto keep = [&](const v1::Person& person) {
    return title_words.empty() || HoldsTitle(person, title_words, org_ids);
  };
  PARTNERLENS_ASSIGN_OR_RETURN(
      PageOut<v1::Person> out,
      CollectPage(*reader_, kPersonRecords, candidates, page, keep));
  v1::SearchPeopleResponse response;
  MoveRecords(out, response.mutable_people(),
              response.mutable_next_page_token());
  return response;
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
      StartPage(
          request.page_size(), request.page_token(),
          FilterFingerprint({"ListEvents", request.organization(),
                             request.person(), absl::StrCat(request.kind()),
                             request.date_from(), request.date_to()}),
          deadline));
  PARTNERLENS_RETURN_IF_ERROR(
      AwaitToken(request.consistency_token(), deadline));
  std::optional<std::vector<std::string>> candidates;
  if (!request.organization().empty()) {
    PARTNERLENS_ASSIGN_OR_RETURN(
        std::vector<std::string> org_ids,
        FindOrganizations(*reader_, request.organization()));
    PARTNERLENS_ASSIGN_OR_RETURN(
        candidates, LinkedIds(*reader_, IndexTag::kOrganizationEvent, org_ids));
  }
  if (!request.person().empty()) {
    PARTNERLENS_ASSIGN_OR_RETURN(std::vector<std::string> person_ids,
                                 FindPeople(*reader_, request.person()));
    PARTNERLENS_ASSIGN_OR_RETURN(
        std::vector<std::string> events,
        LinkedIds(*reader_, IndexTag::kPersonEvent, person_ids));
    Narrow(candidates, std::move(events));
  }
  auto keep = [&](const v1::Event& event) {
    return (request.kind() == v1::EVENT_KIND_UNSPECIFIED ||
            event.kind() == request.kind()) &&
           dates.Matches(event.date());
  };
  PARTNERLENS_ASSIGN_OR_RETURN(
      PageOut<v1::Event> out,
      CollectPage(*reader_, kEventRecords, candidates, page, keep));
  v1::ListEventsResponse response;
  MoveRecords(out, response.mutable_events(),
              response.mutable_next_page_token());
  return response;
}

absl::StatusOr<v1::GetArticleResponse> QueryEngine::GetArticle(
    const v1::GetArticleRequest& request, absl::Time deadline) const {
  const std::string& id = request.article_id();
  if (id.empty()) return absl::InvalidArgumentError("article_id is required");
  PARTNERLENS_RETURN_IF_ERROR(CheckLength("article_id", id));
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
  *response.mutable_article() = ToArticle(row, /*with_text=*/true);
  if (!request.include_records()) return response;
  storage::v1::ArticleFacts facts;
  const absl::Status facts_status =
      reader_->GetMessage(storage::kArticleFactsFamily, id, facts);
  if (!absl::IsNotFound(facts_status)) {
    PARTNERLENS_RETURN_IF_ERROR(facts_status);
  }
  *response.mutable_records() = ToArticleRecords(id, facts);
  return response;
}

absl::StatusOr<v1::ListArticlesResponse> QueryEngine::ListArticles(
    const v1::ListArticlesRequest& request, absl::Time deadline) const {
  PARTNERLENS_ASSIGN_OR_RETURN(
      PageSpec page, StartPage(request.page_size(), request.page_token(),
                               FilterFingerprint({"ListArticles"}), deadline));
  PARTNERLENS_RETURN_IF_ERROR(
      AwaitToken(request.consistency_token(), deadline));
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
        *response.add_articles() = ToArticle(article, /*with_text=*/false);
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
