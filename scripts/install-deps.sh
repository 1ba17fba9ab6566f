#!/usr/bin/env bash
# Installs what PartnerLens needs on Debian 12 (run as root), skipping apt
# when everything is already there, then installs the `buf` reflection
# client (npm package @bufbuild/buf) into BUILD_DIR/tools-node for the
# reflection test.
#
# Usage: scripts/install-deps.sh [--no-test-tools]
#   --no-test-tools  only what building needs: no Node.js, npm or buf
#                    (used by deploy/docker/Dockerfile)
# Environment: PARTNERLENS_BUILD_DIR (default: build) sets BUILD_DIR,
# relative to the repository root.
set -euo pipefail

test_tools=1
if [[ "${1:-}" == --no-test-tools ]]; then
  test_tools=0
elif [[ $# -gt 0 ]]; then
  echo "usage: scripts/install-deps.sh [--no-test-tools]" >&2
  exit 2
fi

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${PARTNERLENS_BUILD_DIR:-build}"
case "$build_dir" in /*) ;; *) build_dir="$repo/$build_dir" ;; esac

# Every Debian 12 package the build, the tests and the scripts use.
packages=(
  build-essential cmake ninja-build pkg-config
  libgrpc++-dev protobuf-compiler-grpc libprotobuf-dev protobuf-compiler
  libabsl-dev librocksdb-dev libre2-dev libgumbo-dev libutf8proc-dev
  libgoogle-glog-dev grpc-proto libgtest-dev libgmock-dev libbenchmark-dev
  libssl-dev
)
# Checked by command, not by package: a machine may carry Node.js from
# another source (whose nodejs package bundles npm and conflicts with
# Debian's npm package), or Python outside dpkg.
commands_and_packages=(python3:python3)
if ((test_tools)); then
  # clang-format: the lint_extraction test checks formatting.
  commands_and_packages+=(node:nodejs npm:npm clang-format:clang-format)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null |
      grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
for pair in "${commands_and_packages[@]}"; do
  if ! command -v "${pair%%:*}" >/dev/null 2>&1; then
    missing+=("${pair#*:}")
  fi
done

if ((${#missing[@]} > 0)); then
  echo "install-deps: installing ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    echo "install-deps: these packages are missing; run as root:" >&2
    echo "  apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  echo "install-deps: all Debian packages present"
fi

((test_tools)) || exit 0

# The reflection client for tests/e2e (reflection_test): a real,
# independent gRPC reflection client. Pinned for repeatable runs.
buf_version="1.75.0"
buf_dir="$build_dir/tools-node"
buf_bin="$buf_dir/node_modules/.bin/buf"
if [[ -x "$buf_bin" ]] && "$buf_bin" --version 2>/dev/null |
    grep -qx "$buf_version"; then
  echo "install-deps: buf $buf_version present in $buf_dir"
elif command -v npm >/dev/null 2>&1; then
  echo "install-deps: installing @bufbuild/buf@$buf_version into $buf_dir"
  mkdir -p "$buf_dir"
  if ! npm install --prefix "$buf_dir" --no-audit --no-fund --silent \
      "@bufbuild/buf@$buf_version"; then
    echo "install-deps: npm could not install @bufbuild/buf;" \
      "the reflection test will fail until it is installed" >&2
  fi
else
  echo "install-deps: npm not found; the reflection test will fail" >&2
fi
