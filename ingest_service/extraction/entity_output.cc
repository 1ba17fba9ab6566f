#include "ingest_service/extraction/entity_output.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"

namespace partnerlens::extraction {
namespace {

template <typename Entity>
int32_t EntityFor(int32_t root, absl::flat_hash_map<int32_t, int32_t>& of_root,
                  std::vector<Entity>& entities) {
  auto [it, inserted] =
      of_root.emplace(root, static_cast<int32_t>(entities.size()));
  if (inserted) entities.emplace_back();
  return it->second;
}

// The kind of organization mention i when it names its entity, if it
// tells one.
void TakeKindFrom(const ResolutionState& state, int32_t i, OrgEntity& org) {
  if (state.items[i].type == MentionType::kOrganization) {
    org.kind = state.kinds[i];
  } else if (state.IsGovernmentPlace(i)) {
    org.kind = OrgKind::kGovernment;
  }
}

void AddOrgMention(const ResolutionState& state, int32_t i, OrgEntity& org) {
  org.mentions.push_back(state.items[i].span);
  if (state.items[i].anaphor) return;
  const std::string name = state.Text(i);
  const bool longer = name.size() > org.name.size();
  if (org.name.empty() || longer) {
    if (!org.name.empty()) org.aliases.push_back(org.name);
    org.name = name;
    TakeKindFrom(state, i, org);
  } else {
    org.aliases.push_back(name);
  }
  if (state.IsGovernmentPlace(i) && org.mentions.size() == 1) {
    org.kind = OrgKind::kGovernment;
  }
}

void AddPersonMention(const ResolutionState& state, int32_t i,
                      PersonEntity& person) {
  const std::string name = state.Text(i);
  person.mentions.push_back(state.items[i].span);
  if (name.size() > person.name.size()) person.name = name;
}

// One entity per cluster of organization and person mentions.
void AssignEntities(ResolutionState& state, ResolvedEntities& out) {
  absl::flat_hash_map<int32_t, int32_t> org_of_root;
  absl::flat_hash_map<int32_t, int32_t> person_of_root;
  for (int32_t i = 0; i < state.size(); ++i) {
    const int32_t root = state.clusters.Find(i);
    if (state.OrgAt(i)) {
      out.mention_entity[i] = EntityFor(root, org_of_root, out.orgs);
      AddOrgMention(state, i, out.orgs[out.mention_entity[i]]);
    } else if (state.types[i] == MentionType::kPerson) {
      out.mention_entity[i] = EntityFor(root, person_of_root, out.people);
      AddPersonMention(state, i, out.people[out.mention_entity[i]]);
    }
  }
}

// Parents the phrases state ("School of X at <parent>").
void LinkStatedParents(const ResolutionState& state, ResolvedEntities& out) {
  for (int32_t i = 0; i < state.size(); ++i) {
    const int32_t parent = state.items[i].parent;
    if (!state.OrgAt(i) || parent < 0) continue;
    const int32_t child = out.mention_entity[i];
    const int32_t owner = out.mention_entity[parent];
    if (owner >= 0 && owner != child) out.orgs[child].parent = owner;
  }
}

bool StartsWithName(absl::string_view name, absl::string_view prefix) {
  return prefix.size() >= 2 && name.size() > prefix.size() + 1 &&
         absl::StartsWith(name, prefix) && name[prefix.size()] == ' ';
}

bool IsNamedAfter(const OrgEntity& unit, const OrgEntity& owner) {
  return StartsWithName(unit.name, owner.name) ||
         std::any_of(owner.aliases.begin(), owner.aliases.end(),
                     [&](const std::string& alias) {
                       return StartsWithName(unit.name, alias);
                     });
}

bool MayBelongToOwner(const OrgEntity& org) {
  return org.parent < 0 && org.kind != OrgKind::kCompany &&
         org.kind != OrgKind::kUniversity && org.kind != OrgKind::kGovernment;
}

bool IsOwnerKind(OrgKind kind) {
  return kind == OrgKind::kCompany || kind == OrgKind::kUniversity;
}

// The first company or university that orgs[child] is named after, or -1.
int32_t OwnerByPrefix(const std::vector<OrgEntity>& orgs, size_t child) {
  for (size_t owner = 0; owner < orgs.size(); ++owner) {
    if (owner != child && IsOwnerKind(orgs[owner].kind) &&
        IsNamedAfter(orgs[child], orgs[owner])) {
      return static_cast<int32_t>(owner);
    }
  }
  return -1;
}

// "Huawei Jinan Research Institute", "Lenovo SSG": a unit named after its
// owner (a company or university, by name or alias) belongs to it.
void AssignOwnersByPrefix(std::vector<OrgEntity>& orgs) {
  for (size_t child = 0; child < orgs.size(); ++child) {
    if (MayBelongToOwner(orgs[child])) {
      orgs[child].parent = OwnerByPrefix(orgs, child);
    }
  }
}

// The university named more often than any other, or -1.
int32_t LeadingUniversity(const std::vector<OrgEntity>& orgs) {
  int32_t best = -1;
  size_t best_count = 0;
  bool tie = false;
  for (size_t i = 0; i < orgs.size(); ++i) {
    if (orgs[i].kind != OrgKind::kUniversity) continue;
    const size_t count = orgs[i].mentions.size();
    if (count > best_count) {
      best = static_cast<int32_t>(i);
      best_count = count;
      tie = false;
    } else if (count == best_count) {
      tie = true;
    }
  }
  return tie ? -1 : best;
}

// "the College of Engineering" in a story led by one university: its unit.
void AssignUnitsToLeadingUniversity(const ExtractionResources& resources,
                                    std::vector<OrgEntity>& orgs) {
  const int32_t university = LeadingUniversity(orgs);
  if (university < 0) return;
  const WordSet& heads = resources.org_name_words().academic_unit_heads;
  for (OrgEntity& org : orgs) {
    const absl::string_view first =
        absl::string_view(org.name).substr(0, org.name.find(' '));
    if (org.kind == OrgKind::kDepartment && org.parent < 0 &&
        heads.contains(first)) {
      org.parent = university;
    }
  }
}

// A place that acts as a party is a government, whichever of its names
// ("Jinan", "Jinan City") the entity is called by.
void MarkPlaceGovernments(const ResolutionState& state, ResolvedEntities& out) {
  for (int32_t i : state.government) {
    const int32_t org = out.mention_entity[i];
    if (org >= 0 && out.mention_type[i] == MentionType::kOrganization) {
      out.orgs[org].kind = OrgKind::kGovernment;
    }
  }
}

// Aliases: distinct, not the name itself, in first-use order.
void FinishAliases(OrgEntity& org) {
  std::vector<std::string> unique;
  for (std::string& alias : org.aliases) {
    if (alias == org.name ||
        std::find(unique.begin(), unique.end(), alias) != unique.end()) {
      continue;
    }
    unique.push_back(std::move(alias));
  }
  org.aliases = std::move(unique);
}

// "Rachel Tan Hui Min, Education Correspondent": a line that is a name and
// a staff title ending in a credit word.
bool IsBylineWithTitle(const ResolutionState& state, int32_t i) {
  const TokenView& view = state.view;
  const int32_t first = state.items[i].first_token;
  int32_t t = state.items[i].end_token;
  if (!view.Has(first, kTokenParagraphStart) || !view.Is(t, ",")) {
    return false;
  }
  constexpr int32_t kMaxTitleWords = 3;
  for (++t; t < view.size() && view.IsCapitalized(t) &&
            t - state.items[i].end_token <= kMaxTitleWords;
       ++t) {
    if (view.IsLowerIn(t, state.resources.context_words().credit) &&
        (t + 1 >= view.size() || view.Has(t + 1, kTokenParagraphStart))) {
      return true;
    }
  }
  return false;
}

// A credit word (and ":" or "/") right before mention i, where a line, a
// "|" field, a parenthesis, a ";" or a number run ends, or one word into a
// line: "(Reporting by X; Editing by Y)", "Media Contact: X".
bool FollowsCreditWord(const ResolutionState& state, int32_t i) {
  const TokenView& view = state.view;
  int32_t t = state.items[i].first_token - 1;
  if (view.Is(t, ":") || view.Is(t, "/")) --t;
  const WordSet& credit = state.resources.context_words().credit;
  if (!view.IsLowerIn(t, credit)) return false;
  const int32_t before = t - 1;
  return before < 0 || view.Has(t, kTokenParagraphStart) ||
         view.Has(before, kTokenParagraphStart) || view.Is(before, "|") ||
         view.Is(before, "(") || view.Is(before, ";") ||
         view.Has(before, kTokenNumber) || view.IsLowerIn(before, credit);
}

// "By Kwame Mensah | August 3", "Reporter Xia Houfengchao": mention i is
// in the article's credits (see FollowsCreditWord, IsBylineWithTitle).
bool IsCreditMention(const ResolutionState& state, int32_t i) {
  if (IsBylineWithTitle(state, i) || FollowsCreditWord(state, i)) return true;
  // "By Kenji Morita and Heekyong Park": the second name of a byline. One
  // step back only, so a long run of "X and Y and ..." stays linear.
  const int32_t t = state.items[i].first_token - 1;
  if (!state.view.IsLower(t, "and")) return false;
  const int32_t first = state.MentionEndingAt(t, MentionType::kPerson);
  return first >= 0 && FollowsCreditWord(state, first);
}

// People to keep: named with more than one word ("Li" alone is no
// record), and somewhere other than in the article's own credits.
std::vector<bool> PeopleToKeep(const ResolutionState& state,
                               const ResolvedEntities& out) {
  std::vector<bool> credited_only(out.people.size(), true);
  for (int32_t i = 0; i < state.size(); ++i) {
    const int32_t person = out.mention_entity[i];
    if (out.mention_type[i] == MentionType::kPerson && person >= 0 &&
        !IsCreditMention(state, i)) {
      credited_only[person] = false;
    }
  }
  std::vector<bool> keep(out.people.size());
  for (size_t i = 0; i < out.people.size(); ++i) {
    keep[i] = absl::StrContains(out.people[i].name, ' ') && !credited_only[i];
  }
  return keep;
}

void DropPeople(const std::vector<bool>& keep, ResolvedEntities& out) {
  std::vector<int32_t> new_index(out.people.size(), -1);
  std::vector<PersonEntity> kept;
  for (size_t i = 0; i < out.people.size(); ++i) {
    if (!keep[i]) continue;
    new_index[i] = static_cast<int32_t>(kept.size());
    kept.push_back(std::move(out.people[i]));
  }
  out.people = std::move(kept);
  for (size_t i = 0; i < out.mention_entity.size(); ++i) {
    if (out.mention_type[i] != MentionType::kPerson) continue;
    out.mention_entity[i] = new_index[out.mention_entity[i]];
    if (out.mention_entity[i] < 0) {
      out.mention_type[i] = MentionType::kProperName;
    }
  }
}

}  // namespace

ResolvedEntities BuildResolvedEntities(ResolutionState& state) {
  ResolvedEntities out;
  out.mention_type = state.types;
  out.mention_entity.assign(state.items.size(), -1);
  AssignEntities(state, out);
  MarkPlaceGovernments(state, out);
  LinkStatedParents(state, out);
  for (OrgEntity& org : out.orgs) FinishAliases(org);
  AssignOwnersByPrefix(out.orgs);
  AssignUnitsToLeadingUniversity(state.resources, out.orgs);
  DropPeople(PeopleToKeep(state, out), out);
  return out;
}

}  // namespace partnerlens::extraction
