#!/usr/bin/env bash
# Payara Micro's start-up, empty and with KAM Planner on its existing H2 data (issue 17), alternating the runs so
# that both see the same machine: prints each run's "ready in N ms" as Payara Micro logs it, then the medians and
# their ratio. Run from the repository root after ./mvnw -o package -DskipTests:
#
#   kam-web/src/load/startup.sh [RUNS] [extra java options...]     # RUNS of each (default 3)
#   KAM_STARTUP_PREBOOT=file kam-web/src/load/startup.sh 3          # a third boot per run: the application with
#                                                                   # that pre-boot command file (a cut to measure)
#
# The application boots as ./mvnw -Prun starts it (demo company, -Xmx768m, the post-boot file of config/payara-micro)
# in a scratch directory; a first boot, not counted, creates and seeds the H2 database the counted boots reuse.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
RUNS="${1:-3}"
shift || true
EXTRA=("$@")
MICRO="$ROOT/kam-web/target/payara-micro.jar"
WAR="$ROOT/kam-web/target/kam.war"
[[ -f "$MICRO" && -f "$WAR" ]] || { echo "build first: ./mvnw -o package -DskipTests" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
PID=
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"

# Boots once and prints the milliseconds Payara Micro reports ("... ready in 21,305 (ms)"), then stops it.
boot() {
  local log="$WORK/boot.log"
  : > "$log"
  # --nohazelcast alone: with --nocluster too, Payara Micro starts a one-member data grid anyway.
  (cd "$WORK" && exec java -Xmx768m "${EXTRA[@]}" -Dkam.demo=true -jar "$MICRO" --port "$PORT" --nohazelcast \
      "$@" > "$log" 2>&1) &
  PID=$!
  for _ in $(seq 1 600); do
    if grep -q "ready in" "$log"; then
      break
    fi
    kill -0 "$PID" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.2
  done
  # A boot with the application counts only when the application answers: a failed deployment boots faster.
  if [[ "$*" == *--deploy* ]] && ! curl -fsS -o /dev/null --max-time 30 "http://127.0.0.1:$PORT/health/ready"; then
    echo "the application did not deploy; see $log" >&2
    cp "$log" "$ROOT/kam-web/target/startup-failed-boot.log" 2>/dev/null || true
    exit 1
  fi
  grep -o "ready in [0-9,]* (ms)" "$log" | head -1 | tr -dc '0-9'
  echo
  kill "$PID"; wait "$PID" 2>/dev/null || true
  PID=
}

APP=(--deploy "$WAR" --contextroot / --postbootcommandfile "$ROOT/config/payara-micro/post-boot-commands.asadmin")
echo "first boot with the application (creates and seeds the H2 database, not counted): $(boot "${APP[@]}") ms"
empty=(); app=(); cut=()
for i in $(seq 1 "$RUNS"); do
  empty+=("$(boot)")
  app+=("$(boot "${APP[@]}")")
  if [[ -n "${KAM_STARTUP_PREBOOT:-}" ]]; then
    cut+=("$(boot "${APP[@]}" --prebootcommandfile "$KAM_STARTUP_PREBOOT")")
    echo "run $i: empty ${empty[-1]} ms, with the application ${app[-1]} ms, with $KAM_STARTUP_PREBOOT ${cut[-1]} ms"
  else
    echo "run $i: empty ${empty[-1]} ms, with the application ${app[-1]} ms"
  fi
done
cp "$WORK/boot.log" "$ROOT/kam-web/target/startup-last-boot.log" 2>/dev/null || true
python3 - "${empty[*]}" "${app[*]}" "${cut[*]:-}" <<'PY'
import statistics, sys
empty = [int(v) for v in sys.argv[1].split()]
app = [int(v) for v in sys.argv[2].split()]
e, a = statistics.median(empty), statistics.median(app)
print(f"median: empty {e:.0f} ms, with the application {a:.0f} ms: {a / e:.2f}x")
if sys.argv[3].strip():
    c = statistics.median([int(v) for v in sys.argv[3].split()])
    print(f"median with the pre-boot file: {c:.0f} ms: {c / e:.2f}x the empty boot, {c / a:.2f}x the application's")
PY
