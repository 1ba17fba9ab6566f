#ifndef PARTNERLENS_COMMON_STATUS_STATUS_MACROS_H_
#define PARTNERLENS_COMMON_STATUS_STATUS_MACROS_H_

// Propagation macros for absl::Status and absl::StatusOr, which this Abseil
// release (20220623) does not ship.

#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

// Returns from the enclosing function when `expr` (an absl::Status) is not OK.
#define PARTNERLENS_RETURN_IF_ERROR(expr)                      \
  do {                                                         \
    ::absl::Status partnerlens_status_ = (expr);               \
    if (!partnerlens_status_.ok()) return partnerlens_status_; \
  } while (false)

#define PARTNERLENS_STATUS_CONCAT_INNER_(a, b) a##b
#define PARTNERLENS_STATUS_CONCAT_(a, b) PARTNERLENS_STATUS_CONCAT_INNER_(a, b)

// `statusor` names a fresh variable and `lhs` may be a declaration
// ("auto x"), so neither can be parenthesised.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define PARTNERLENS_ASSIGN_OR_RETURN_IMPL_(statusor, lhs, rexpr) \
  auto statusor = (rexpr);                                       \
  if (!statusor.ok()) return std::move(statusor).status();       \
  lhs = *std::move(statusor)
// NOLINTEND(bugprone-macro-parentheses)

// Evaluates `rexpr` (an absl::StatusOr<T>); on error returns its status from
// the enclosing function, else assigns the value to `lhs`, which may declare
// a variable: PARTNERLENS_ASSIGN_OR_RETURN(auto db, OpenDb(path));
#define PARTNERLENS_ASSIGN_OR_RETURN(lhs, rexpr) \
  PARTNERLENS_ASSIGN_OR_RETURN_IMPL_(            \
      PARTNERLENS_STATUS_CONCAT_(partnerlens_statusor_, __LINE__), lhs, rexpr)

#endif  // PARTNERLENS_COMMON_STATUS_STATUS_MACROS_H_
