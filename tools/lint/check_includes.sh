#!/usr/bin/env bash
# Checks the direction of #include lines per folder (STYLE.md §2). The
# whole repository shares one include root, so CMake cannot see a
# wrong-way include; this script can:
# - ingest_service/extraction/ includes no gRPC, protobuf, RocksDB or
#   generated (partnerlens/) headers, nothing of query_service/ and nothing
#   of ingest_service/ outside extraction (the layer above it);
# - query_service/ includes nothing of ingest_service/, and ingest_service/
#   nothing of query_service/: the services share code only via common/;
# - common/ includes nothing of either service;
# - storage protos (partnerlens/storage/) appear only in the files listed in
#   storage_users below.
#
# Usage: tools/lint/check_includes.sh [REPO_ROOT]   (default: this checkout)
# Runs as ctest `lint_includes`. Reads only; deterministic.
set -euo pipefail

repo="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
cd "$repo"

# Files (path prefixes, tests included) that may include storage protos.
storage_users=(
  common/storage/
  ingest_service/to_records
  # Exceptions beyond STYLE §2's list, each with its reason:
  # the ingester writes the rows and facts that to_records builds;
  ingest_service/ingester
  # the query service reads stored records back (merged across articles);
  query_service/merge_records
  query_service/merged_reads
  query_service/query_engine
  # a test fixture that builds stored records for the query tests.
  query_service/test_store.h
)

failures=0

# The "path:line:#include ..." lines of the C++ files under the folders.
include_lines() {
  grep -rnE --include='*.cc' --include='*.h' \
    '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]' "$@" || true
}

# Keeps the lines whose included path matches the extended regex $1.
including() {
  grep -E "#[[:space:]]*include[[:space:]]*[<\"]($1)" || true
}

# Reports the lines in $2 (already filtered to offenders) under rule $1.
report() {
  if [[ -n $2 ]]; then
    echo "check_includes: $1:"
    sed 's/^/  /' <<<"$2"
    failures=$((failures + 1))
  fi
}

extraction=$(include_lines ingest_service/extraction)
report "extraction includes gRPC, protobuf, RocksDB or generated headers" \
  "$(including 'grpc|grpcpp/|google/protobuf/|rocksdb/|partnerlens/' \
    <<<"$extraction")"
report "extraction includes query_service/" \
  "$(including 'query_service/' <<<"$extraction")"
report "extraction includes ingest_service/ outside extraction" \
  "$(including 'ingest_service/' <<<"$extraction" |
    grep -vE '[<"]ingest_service/extraction/' || true)"

report "query_service includes ingest_service/" \
  "$(include_lines query_service | including 'ingest_service/')"
report "ingest_service includes query_service/" \
  "$(include_lines ingest_service | including 'query_service/')"
report "common includes a service" \
  "$(include_lines common | including 'ingest_service/|query_service/')"

allowed=$(printf '%s|' "${storage_users[@]}")
allowed="^(${allowed%|})[^:]*:"
report "storage protos outside the storage users" \
  "$(include_lines common ingest_service query_service tools bench tests |
    including 'partnerlens/storage/' | grep -vE "$allowed" || true)"

if ((failures > 0)); then
  echo "check_includes: $failures rule(s) broken" >&2
  exit 1
fi
echo "check_includes: include directions hold"
