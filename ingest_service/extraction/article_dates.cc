#include "ingest_service/extraction/article_dates.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"

#include "ingest_service/extraction/date_finder.h"

namespace partnerlens::extraction {
namespace {

// Index of the sentence holding byte `pos` (sentences sorted by begin).
size_t SentenceAt(const TokenizedText& tokenized, int32_t pos) {
  const auto& s = tokenized.sentences;
  auto it = std::upper_bound(s.begin(), s.end(), pos,
                             [](int32_t p, const Sentence& sentence) {
                               return p < sentence.span.begin;
                             });
  return it == s.begin() ? 0 : static_cast<size_t>(it - s.begin() - 1);
}

bool IsRelativeYear(DateRelation relation) {
  return relation == DateRelation::kThisYear ||
         relation == DateRelation::kLastYear ||
         relation == DateRelation::kNextYear;
}

class DateResolver {
 public:
  DateResolver(absl::string_view text, const TokenizedText& tokenized,
               absl::string_view requested)
      : text_(text), tokenized_(tokenized) {
    requested_ = ParseIsoDate(requested).value_or(PartialDate{});
    out_.published_date = std::string(requested);
    if (out_.published_date.empty()) {
      out_.published_date = FindPublishedDate(text);
    }
    published_ = ParseIsoDate(out_.published_date).value_or(PartialDate{});
  }

  ArticleDates Run() {
    expressions_ = FindDateExpressions(text_);
    // A re-posted story: its "this year" is the year it names, not the
    // posting date's.
    story_ = StoryReference(expressions_, published_);
    for (const DateExpression& e : expressions_) {
      if (e.stated.year != 0 && e.relation == DateRelation::kAbsolute) {
        sentence_year_.emplace(SentenceAt(tokenized_, e.span.begin),
                               e.stated.year);
      }
    }
    for (size_t i = 0; i < expressions_.size(); ++i) {
      const DateExpression& e = expressions_[i];
      const PartialDate value = Resolve(i);
      out_.dates.push_back(DatedSpan{e.span, FormatIsoDate(value)});
      if (e.relation == DateRelation::kAbsolute && e.stated.year != 0 &&
          !(e.numeric && e.stated.month != 0)) {
        // Without a publication date, a story's "this year" is the latest
        // year its prose names ("the 2022 Lenovo Tech World ... In September
        // this year").
        last_stated_year_ = std::max(last_stated_year_, e.stated.year);
      }
    }
    return std::move(out_);
  }

 private:
  PartialDate Resolve(size_t i) const {
    const DateExpression& e = expressions_[i];
    if (e.relation == DateRelation::kAbsolute) {
      PartialDate d = e.stated;
      if (d.year == 0 && d.month != 0) d.year = YearForMonthDay(i);
      return d;
    }
    PartialDate reference = requested_.year != 0 ? requested_ : story_;
    if (IsRelativeYear(e.relation) && reference.year == 0) {
      reference = PartialDate{last_stated_year_, 0, 0};
    }
    return ResolveDate(e, reference);
  }

  // Year stated in the same sentence, else the year the story names when
  // it is a re-posting, else the year that puts the date nearest the
  // publication date (the caller's, else the text's), else 0.
  int YearForMonthDay(size_t i) const {
    auto it =
        sentence_year_.find(SentenceAt(tokenized_, expressions_[i].span.begin));
    if (it != sentence_year_.end()) return it->second;
    const PartialDate& reference =
        requested_.year != 0 ? requested_ : published_;
    if (story_.year != 0 && story_.year != reference.year) return story_.year;
    return NearestYear(expressions_[i].stated, reference);
  }

  // "On December 28" in a story published 2020-01-05 is 2019-12-28: the
  // year within six months of the reference.
  static int NearestYear(const PartialDate& date,
                         const PartialDate& reference) {
    if (reference.year == 0 || reference.month == 0) return reference.year;
    const int months = (date.month - reference.month);
    if (months > 6) return reference.year - 1;
    if (months < -6) return reference.year + 1;
    return reference.year;
  }

  absl::string_view text_;
  const TokenizedText& tokenized_;
  PartialDate requested_;
  PartialDate published_;
  PartialDate story_;
  std::vector<DateExpression> expressions_;
  int last_stated_year_ = 0;
  // Sentence index -> the first year stated in it.
  absl::flat_hash_map<size_t, int> sentence_year_;
  ArticleDates out_;
};

}  // namespace

ArticleDates FindArticleDates(absl::string_view text,
                              const TokenizedText& tokenized,
                              absl::string_view requested_date) {
  return DateResolver(text, tokenized, requested_date).Run();
}

}  // namespace partnerlens::extraction
