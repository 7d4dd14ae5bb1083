#!/usr/bin/env bash
# Capacity benchmarks (docs/benchmarks.md): ingest throughput with 10,000 devices in batches of 500,
# and managed memory per on-shift guard at 10,000 and 100,000 guards. Each run gets a fresh host
# (Release, embedded default) on loopback; every step has a timeout, and the host is always stopped.
#   scripts/bench.sh                                  all three runs
#   BENCH_CONCURRENCY=16 BENCH_SECONDS=60 scripts/bench.sh ingest memory-20000 memory-10000-60
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-5000}
URL="http://127.0.0.1:${PORT}"
KEY=bench-key
CONCURRENCY=${BENCH_CONCURRENCY:-8}
DURATION=${BENCH_SECONDS:-30}
WARMUP=${BENCH_WARMUP:-10}
OUT=${BENCH_OUT:-artifacts/bench}
if [[ $# -gt 0 ]]; then RUNS=("$@"); else RUNS=(ingest memory-10000 memory-100000); fi
SERVER=src/Monitoring.Server/bin/Release/net10.0/Monitoring.Server.dll
SIMULATOR=src/Monitoring.Simulator/bin/Release/net10.0/Monitoring.Simulator.dll
HOST_PID=""

mkdir -p "$OUT"
: >"$OUT/build.log"
healthy() { curl -fsS --max-time 2 "$URL/api/v1/health" >/dev/null 2>&1; }

start_host() {
  if healthy; then
    echo "bench: something already answers on $URL; stop it first." >&2
    exit 1
  fi
  # Silo ports away from the defaults, so a developer's own host does not collide. The content root
  # is the build output: from the repository root the host would miss appsettings.json and log
  # every request at Information level, which costs throughput.
  Monitoring__DevelopmentKey=$KEY Monitoring__Silo__Port=21111 Monitoring__Silo__GatewayPort=40000 \
    dotnet "$SERVER" --urls "$URL" --contentRoot "$PWD/$(dirname "$SERVER")" >"$OUT/host-$1.log" 2>&1 &
  HOST_PID=$!
  for _ in $(seq 1 120); do
    if healthy; then return 0; fi
    if ! kill -0 "$HOST_PID" 2>/dev/null; then break; fi
    sleep 0.5
  done
  echo "bench: the host did not become healthy in 60 s (see $OUT/host-$1.log)." >&2
  exit 1
}

stop_host() {
  if [[ -n "$HOST_PID" ]] && kill -0 "$HOST_PID" 2>/dev/null; then
    kill "$HOST_PID"
    for _ in $(seq 1 30); do kill -0 "$HOST_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$HOST_PID" 2>/dev/null || true
    wait "$HOST_PID" 2>/dev/null || true
  fi
  HOST_PID=""
}
trap stop_host EXIT

# Cores busy over two seconds, from /proc/stat: the figures assume nothing else runs.
busy_cores() {
  local a b
  a=$(awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat); sleep 2
  b=$(awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat)
  awk -v d=$((b - a)) 'BEGIN { printf "%.2f", d / 200 }'
}

simulate() {
  timeout --kill-after=10 "$1" dotnet "$SIMULATOR" "${@:2}" --url "$URL" --key "$KEY"
}

echo "bench: building Release"
for project in src/Monitoring.Server src/Monitoring.Simulator; do
  timeout 900 dotnet build "$project" -c Release -nologo -v quiet >>"$OUT/build.log" 2>&1 \
    || { tail -20 "$OUT/build.log"; exit 1; }
done

for run in "${RUNS[@]}"; do
  idle_check=$(busy_cores)
  echo "bench: $run (other processes busy: $idle_check cores before the start)"
  start_host "$run"
  case "$run" in
    ingest)
      simulate $((WARMUP + DURATION + 240)) ingest --devices 10000 --batch 500 --seconds "$DURATION" \
        --warmup "$WARMUP" --concurrency "$CONCURRENCY" --host-pid "$HOST_PID" | tee "$OUT/$run.md"
      ;;
    memory-*)
      # memory-GUARDS or memory-GUARDS-MINUTES (how many minutes of activity each window holds, default 4)
      IFS=- read -r _ guards minutes <<<"$run"
      simulate 600 memory --guards "$guards" --minutes "${minutes:-4}" --concurrency "$CONCURRENCY" | tee "$OUT/$run.md"
      ;;
    *) echo "bench: unknown run '$run' (ingest, memory-GUARDS[-MINUTES])" >&2; exit 2 ;;
  esac
  stop_host
done

echo
echo "bench: results (also in $OUT)"
for run in "${RUNS[@]}"; do cat "$OUT/$run.md"; done
