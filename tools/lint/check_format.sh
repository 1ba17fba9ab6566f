#!/usr/bin/env bash
# Fails when a C++ file of the repository is not formatted the way the
# committed .clang-format says (STYLE.md §8; clang-format 14 of Debian 12).
# Fix with: clang-format -i FILE...
#
# Usage: tools/lint/check_format.sh [REPO_ROOT]   (default: this checkout)
# Runs as ctest `lint_extraction`. Reads only; deterministic.
set -euo pipefail

repo="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
cd "$repo"

if ! command -v clang-format >/dev/null 2>&1; then
  echo "check_format: clang-format not found;" \
    "scripts/install-deps.sh installs it" >&2
  exit 1
fi

folders=(common ingest_service query_service tools bench tests)
mapfile -d '' files < <(find "${folders[@]}" -type f \
  \( -name '*.cc' -o -name '*.h' \) -print0 | sort -z)
if ((${#files[@]} == 0)); then
  echo "check_format: no C++ files under ${folders[*]}" >&2
  exit 1
fi

if clang-format --dry-run --Werror "${files[@]}"; then
  echo "check_format: ${#files[@]} files formatted ($(clang-format --version))"
else
  echo "check_format: run clang-format -i on the files above" >&2
  exit 1
fi
