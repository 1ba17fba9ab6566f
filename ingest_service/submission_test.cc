#include "ingest_service/submission.h"

#include <string>

#include "gtest/gtest.h"

namespace partnerlens::ingest {
namespace {

TEST(FirstInvalidUtf8OffsetTest, FindsTheFirstBadByte) {
  struct Case {
    std::string text;
    std::optional<size_t> offset;
  };
  const Case cases[] = {
      {"", std::nullopt},
      {"plain ascii", std::nullopt},
      {"caf\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80", std::nullopt},
      {"ab\xff", 2},
      {"\x80", 0},
      {"ok\xc3", 2},                // truncated
      {"\xc0\xaf", 0},              // overlong '/'
      {"\xe0\x80\xaf", 0},          // overlong
      {"x\xed\xa0\x80", 1},         // surrogate U+D800
      {"\xf4\x90\x80\x80", 0},      // above U+10FFFF
      {"\xe4\xb8\xad\xe4\xb8", 3},  // second character cut
      {"\xc3\xa9\xc3(", 2},         // bad continuation
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FirstInvalidUtf8Offset(c.text), c.offset) << c.text;
  }
}

TEST(ValidateIsoDateTest, AcceptsRealDates) {
  for (const char* date : {"2024", "2024-05", "2024-05-17", "2024-02-29",
                           "2000-02-29", "1999-12-31"}) {
    EXPECT_TRUE(ValidateIsoDate("published_date", date).ok()) << date;
  }
}

TEST(ValidateIsoDateTest, RejectsOthers) {
  for (const char* date :
       {"24", "2024-5", "2024-13", "2024-00", "2023-02-29", "1900-02-29",
        "2024-04-31", "2024-05-17T10:00", "2024/05/17", "May 2024",
        "2024-05-17-01", "+2024", "2024-05-00"}) {
    absl::Status status = ValidateIsoDate("published_date", date);
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << date;
    EXPECT_NE(status.message().find(date), absl::string_view::npos) << status;
  }
}

TEST(ValidateRequestIdTest, AcceptsAndRejects) {
  EXPECT_TRUE(ValidateRequestId("7d1c-42:batch/1").ok());
  EXPECT_TRUE(ValidateRequestId(std::string(128, 'r')).ok());
  for (const std::string& bad :
       {std::string(""), std::string("two words"), std::string(129, 'r'),
        std::string("tab\t"), std::string("\xc3\xa9")}) {
    EXPECT_EQ(ValidateRequestId(bad).code(), absl::StatusCode::kInvalidArgument)
        << bad;
  }
}

struct BadCase {
  std::string name;
  Submission submission;
  std::string message_part;
};

TEST(ValidateSubmissionTest, NamesEveryProblem) {
  const std::string big(101, 'x');
  const BadCase cases[] = {
      {"empty", {.content = ""}, "content is empty"},
      {"whitespace", {.content = " \n\t "}, "only whitespace"},
      {"too big", {.content = big}, "content is 101 bytes; the limit is 100"},
      {"utf8", {.content = "good \xff bad"}, "byte offset 5"},
      {"type", {.content = "x", .content_type = 7}, "content_type 7"},
      {"article id", {.content = "x", .article_id = "a b"}, "article_id"},
      {"request id", {.content = "x", .request_id = "r r"}, "request_id"},
      {"date",
       {.content = "x", .published_date = "2024-02-30"},
       "published_date \"2024-02-30\""},
  };
  for (const BadCase& c : cases) {
    absl::Status status = ValidateSubmission(c.submission, 100);
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << c.name;
    EXPECT_NE(status.message().find(c.message_part), absl::string_view::npos)
        << c.name << ": " << status;
  }
}

TEST(ValidateSubmissionTest, AcceptsAFullRequest) {
  const Submission submission{.content = "Huashu and Lenovo signed.",
                              .content_type = 1,
                              .article_id = "news-1",
                              .request_id = "req-1",
                              .url = "https://example.com/a",
                              .title = "Signing",
                              .source = "Example",
                              .published_date = "2024-05-17"};
  EXPECT_TRUE(ValidateSubmission(submission, 100).ok());
}

TEST(ValidateSubmissionTest, LimitIsInclusive) {
  const std::string exact(100, 'x');
  EXPECT_TRUE(ValidateSubmission({.content = exact}, 100).ok());
}

TEST(ToContentFormatTest, MapsWireValues) {
  EXPECT_EQ(ToContentFormat(0), extraction::ContentFormat::kGuess);
  EXPECT_EQ(ToContentFormat(1), extraction::ContentFormat::kText);
  EXPECT_EQ(ToContentFormat(2), extraction::ContentFormat::kHtml);
}

}  // namespace
}  // namespace partnerlens::ingest
