#!/usr/bin/env bash
# Builds PartnerLens and runs every test (unit, end-to-end, reflection,
# accuracy report) with ctest. Installs what is missing first (Debian 12,
# as root). Usage: scripts/test.sh [extra ctest arguments, e.g. -L e2e]
#
# Environment: PARTNERLENS_BUILD_DIR (default: build).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
build_dir="${PARTNERLENS_BUILD_DIR:-build}"
jobs="$(nproc)"

scripts/install-deps.sh
cmake -S . -B "$build_dir" -G Ninja
cmake --build "$build_dir" -j"$jobs"
# Each test has its own TIMEOUT property; --timeout bounds the rest.
ctest --test-dir "$build_dir" --output-on-failure -j"$jobs" --timeout 600 "$@"
