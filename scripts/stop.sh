#!/usr/bin/env bash
# Stops the services scripts/start.sh started: SIGTERM (they drain and
# exit), SIGKILL after 20 s. Only processes whose pid file names a running
# partnerlens-ingest or partnerlens-query are signalled.
#
# Usage: scripts/stop.sh [--quiet]
# Environment: PARTNERLENS_RUN_DIR (default: run).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
run_dir="${PARTNERLENS_RUN_DIR:-run}"
quiet="${1:-}"

say() { [[ "$quiet" == --quiet ]] || echo "$@"; }

# stop NAME: stops partnerlens-NAME if its pid file names it.
stop() {
  local name="$1" pid_file="$run_dir/$1.pid" pid
  [[ -f "$pid_file" ]] || { say "partnerlens-$name: not started"; return 0; }
  pid="$(cat "$pid_file")"
  if ! [[ "$pid" =~ ^[0-9]+$ ]] || ! kill -0 "$pid" 2>/dev/null ||
      ! tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null |
        grep -q "partnerlens-$name"; then
    say "partnerlens-$name: not running"
    rm -f "$pid_file"
    return 0
  fi
  kill -TERM "$pid"
  for _ in $(seq 1 40); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid"
    say "partnerlens-$name: killed (pid $pid)"
  else
    say "partnerlens-$name: stopped (pid $pid)"
  fi
  rm -f "$pid_file"
}

# Query first: it reads the store the ingest service writes.
stop query
stop ingest
