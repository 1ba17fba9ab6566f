#!/usr/bin/env bash
# Builds PartnerLens and starts both services on localhost in the
# background, over an embedded RocksDB store in ./data, then loads the four
# sample articles (tests/testdata/seeds). Installs what is missing first
# (Debian 12, as root). Stop with scripts/stop.sh.
#
# Environment: PARTNERLENS_BUILD_DIR (default: build), PARTNERLENS_DATA_DIR
# (default: data), PARTNERLENS_RUN_DIR for pid files and logs (default:
# run), INGEST_LISTEN (default: 127.0.0.1:50051), QUERY_LISTEN (default:
# 127.0.0.1:50052).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
build_dir="${PARTNERLENS_BUILD_DIR:-build}"
data_dir="${PARTNERLENS_DATA_DIR:-data}"
run_dir="${PARTNERLENS_RUN_DIR:-run}"
ingest_listen="${INGEST_LISTEN:-127.0.0.1:50051}"
query_listen="${QUERY_LISTEN:-127.0.0.1:50052}"
bin="$build_dir/bin"

scripts/install-deps.sh
cmake -S . -B "$build_dir" -G Ninja
cmake --build "$build_dir" -j"$(nproc)" \
  --target partnerlens-ingest partnerlens-query partnerlens

# A restart picks up a fresh build and keeps the data.
PARTNERLENS_RUN_DIR="$run_dir" scripts/stop.sh --quiet
mkdir -p "$data_dir" "$run_dir"

# start NAME LISTEN: runs bin/partnerlens-NAME in the background.
start() {
  local name="$1" listen="$2"
  # The flags decide; stray environment settings must not.
  env -u PARTNERLENS_LISTEN -u PARTNERLENS_DATA_DIR GLOG_logtostderr=1 \
    nohup "$bin/partnerlens-$name" --listen="$listen" --data_dir="$data_dir" \
    >"$run_dir/$name.log" 2>&1 </dev/null &
  echo $! >"$run_dir/$name.pid"
}

# wait_serving NAME: waits (at most 60 s) until NAME answers Health/Check.
wait_serving() {
  local name="$1" pid
  pid="$(cat "$run_dir/$name.pid")"
  for _ in $(seq 1 120); do
    if "$bin/partnerlens" --ingest="$ingest_listen" --query="$query_listen" \
        health --only="$name" >/dev/null 2>&1; then
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "start: partnerlens-$name exited; end of $run_dir/$name.log:" >&2
      tail -n 20 "$run_dir/$name.log" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "start: partnerlens-$name not serving after 60 s; see $run_dir/$name.log" >&2
  exit 1
}

start ingest "$ingest_listen"
wait_serving ingest
start query "$query_listen"
wait_serving query

cli=("$bin/partnerlens" --ingest="$ingest_listen" --query="$query_listen")
echo "Loading the sample articles (tests/testdata/seeds) ..."
"${cli[@]}" submit --ids-from-file-names tests/testdata/seeds \
  >"$run_dir/samples.json"
sed -n 's/^  "\(submitted\|created\|failed\)": \([0-9][0-9]*\).*/  \1: \2/p' \
  "$run_dir/samples.json"
stop_command="scripts/stop.sh"
if [[ "$run_dir" != run ]]; then
  stop_command="PARTNERLENS_RUN_DIR=$run_dir scripts/stop.sh"
fi

cat <<INFO

PartnerLens is running (data in $data_dir/, logs and pids in $run_dir/):
  ingest service  $ingest_listen   partnerlens.v1.IngestService
  query service   $query_listen   partnerlens.v1.QueryService
Both serve grpc.health.v1.Health and server reflection.

A first query to try:
  $bin/partnerlens partnerships --org "Huashu Group"
(\`$bin/partnerlens --help\` lists the others), or through reflection with
buf (installed in $build_dir/tools-node):
  $build_dir/tools-node/node_modules/.bin/buf curl --protocol grpc --http2-prior-knowledge \\
    -d '{"organization": "Huashu Group"}' \\
    http://$query_listen/partnerlens.v1.QueryService/GetOrganization

Stop with: $stop_command
INFO
