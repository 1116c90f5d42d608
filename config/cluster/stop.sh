#!/usr/bin/env bash
# Stops the cluster of config/cluster/start.sh: exactly the processes whose ids are in target/cluster/*.pid
# (HAProxy first, so that no request goes to a stopping node, then the nodes), by process id.
set -uo pipefail
STATE="$(cd "$(dirname "$0")/../.." && pwd)/target/cluster"
shopt -s nullglob
pidfiles=()
[[ -f "$STATE/haproxy.pid" ]] && pidfiles+=("$STATE/haproxy.pid")
for f in "$STATE"/node*.pid; do pidfiles+=("$f"); done
if [[ ${#pidfiles[@]} -eq 0 ]]; then
  echo "[cluster] nothing to stop: no pid file in $STATE"
  exit 0
fi
for f in "${pidfiles[@]}"; do
  pid="$(cat "$f" 2>/dev/null || true)"
  name="$(basename "$f" .pid)"
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$pid" 2>/dev/null; then
      kill -KILL "$pid" 2>/dev/null
      echo "[cluster] $name (pid $pid) did not stop in 30 s: killed"
    else
      echo "[cluster] stopped $name (pid $pid)"
    fi
  fi
  rm -f "$f"
done
