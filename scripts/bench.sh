#!/usr/bin/env bash
# Capacity benchmarks (docs/benchmarks.md): ingest throughput with 10,000 devices in batches of 500,
# and managed memory per on-shift guard at 10,000 and 100,000 guards. Each run gets a fresh host
# (Release, embedded default) on loopback; every step has a timeout, and the host is always stopped.
#   scripts/bench.sh                                  all three runs
#   BENCH_CONCURRENCY=16 BENCH_SECONDS=60 scripts/bench.sh ingest memory-20000 memory-10000-60
#   scripts/bench.sh feed-latency feed-latency-max      live-feed latency (10,000 guards, 20 hub clients)
#   scripts/bench.sh feed-latency-5000                  ... at another steady rate (events/s)
#   scripts/bench.sh feed-batched-20000                 ... with clients in batch mode (`events` arrays)
#   scripts/bench.sh ingest-feed-on-off                 ingest with the feed on (one client) and off
#   scripts/bench.sh ingest-durable                     ingest embedded vs PostgreSQL durable ack (local server)
#   scripts/bench.sh ingest-silos                       PostgreSQL: one silo vs two silos on this machine (+ connections per silo)
#   scripts/bench.sh ingest-frontend                   PostgreSQL: one all-in-one host vs a front-end (Monitoring__Role=frontend)
#                                                       in front of one silo (Monitoring__Role=silo), both on this machine
#   scripts/bench.sh kill-silo                          PostgreSQL, two silos: SIGKILL of one under load sent to the other;
#                                                       gap to the next 202, failed attempts, worst ack, connections per silo
#                                                       (BENCH_KILL_SECONDS/_AFTER/_RATE/_BATCH/_DEVICES/_DRAIN)
#   scripts/bench.sh ingest-rules-on-off                ingest with every health rule on vs inactivity only
#   BENCH_RULES=false scripts/bench.sh memory-10000      any run with the health rules off (inactivity only)
#   scripts/bench.sh shift-memory-10000-4               memory per guard after 4 h on shift (manual clock, every evaluation;
#                                                       BENCH_SHIFT_TIMEOUT seconds, default 3600: 100,000 guards need more)
# Ports: BENCH_PORT (HTTP), BENCH_SILO_PORT and BENCH_GATEWAY_PORT (single-host runs). Another build:
# BENCH_SERVER and BENCH_SIMULATOR (paths of the two dlls) with BENCH_NO_BUILD=1.
#   scripts/bench.sh evaluate-10000                     cost of one evaluation per guard (manual clock, 10,000 guards)
#   scripts/bench.sh capacity                           rising rates until the host stops keeping up (embedded
#                                                       default, 10,000 guards); table + plot in docs/benchmarks/
#   scripts/bench.sh capacity-100000                    the same with 100,000 guards on shift
#   scripts/bench.sh capacity-silos-N                   the same against N silos (PostgreSQL, one machine; capacity-silos: 2)
#   scripts/bench.sh colocation                         PostgreSQL: host CPU per 1,000 events, one silo vs two silos under
#                                                       each placement (BENCH_VARIANTS; BENCH_PLACEMENT/BENCH_REPARTITION
#                                                       set the placement of any run)
#   scripts/bench.sh signals                            PostgreSQL, one silo: alert -> incident latency, database writes
#                                                       per alert, idle polling and connections, memory vs ADO.NET signal
#                                                       streams (BENCH_SIGNAL_GUARDS, default 200)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-5000}
# Silo and gateway ports of the first host; further hosts take the next ones.
SILO_PORT=${BENCH_SILO_PORT:-21111}
GATEWAY_PORT=${BENCH_GATEWAY_PORT:-40000}
URL="http://127.0.0.1:${PORT}"
KEY=bench-key
CONCURRENCY=${BENCH_CONCURRENCY:-8}
DURATION=${BENCH_SECONDS:-30}
WARMUP=${BENCH_WARMUP:-10}
OUT=${BENCH_OUT:-artifacts/bench}
if [[ $# -gt 0 ]]; then RUNS=("$@"); else RUNS=(ingest memory-10000 memory-100000); fi
SERVER=${BENCH_SERVER:-src/Monitoring.Server/bin/Release/net10.0/Monitoring.Server.dll}
SIMULATOR=${BENCH_SIMULATOR:-src/Monitoring.Simulator/bin/Release/net10.0/Monitoring.Simulator.dll}
HOST_PID=""
HOST_ENV=()
FEED_RATE=${BENCH_FEED_RATE:-20000}
# Silo ports of the single-host runs (away from the defaults; set them when several people benchmark at once).
SILO_PORT=${BENCH_SILO_PORT:-21111}
GATEWAY_PORT=${BENCH_GATEWAY_PORT:-40000}

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
  # shellcheck disable=SC2046
  env "${HOST_ENV[@]}" $(placement_env) ${BENCH_RULES:+Monitoring__Rules__Enabled=$BENCH_RULES} Monitoring__DevelopmentKey=$KEY Monitoring__Silo__Port=$SILO_PORT Monitoring__Silo__GatewayPort=$GATEWAY_PORT \
    dotnet "$SERVER" --urls "$URL" --contentRoot "$(cd "$(dirname "$SERVER")" && pwd)" >"$OUT/host-$1.log" 2>&1 &
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

# One ingest run on a fresh host with the feed on or off; with it on, one tenant-wide hub client
# (the simulator's watch verb) is connected and subscribed for the whole run, so the relay sends.
ingest_with_feed() {
  local mode=$1 watcher
  HOST_ENV=("Monitoring__Feed__Enabled=$([[ $mode == on ]] && echo true || echo false)")
  start_host "ingest-feed-$mode"
  timeout --kill-after=10 $((WARMUP + DURATION + 300)) dotnet "$SIMULATOR" watch --clients 1 \
    --seconds $((WARMUP + DURATION + 280)) --url "$URL" --key "$KEY" >"$OUT/watch-$mode.md" 2>"$OUT/watch-$mode.log" &
  watcher=$!
  sleep 3
  simulate $((WARMUP + DURATION + 240)) ingest --devices 10000 --batch 500 --seconds "$DURATION" \
    --warmup "$WARMUP" --concurrency "$CONCURRENCY" --host-pid "$HOST_PID" >"$OUT/ingest-feed-$mode.md"
  kill -TERM "$watcher" 2>/dev/null || true
  wait "$watcher" 2>/dev/null || true
  stop_host
  HOST_ENV=()
}

# The load generator's 20 sites (site-K around 48.80+0.01K, 2.30+0.01K), configured with a 500 m
# geofence so geofence_exit has something to check.
put_sites() {
  local k
  for k in $(seq 0 19); do
    curl -fsS --max-time 5 -X PUT "$URL/api/v1/sites/site-$k" -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' \
      -d "{\"name\":\"Site $k\",\"timeZone\":\"Europe/Paris\",\"lat\":$(awk -v k="$k" 'BEGIN{printf "%.4f", 48.80 + 0.01 * k}'),\"lon\":$(awk -v k="$k" 'BEGIN{printf "%.4f", 2.30 + 0.01 * k}'),\"geofenceRadiusM\":500}" >/dev/null
  done
}

# One ingest run on a fresh host with the health rules on or off (inactivity and baselines always run).
ingest_with_rules() {
  local mode=$1
  HOST_ENV=("Monitoring__Rules__Enabled=$([[ $mode == on ]] && echo true || echo false)")
  start_host "ingest-rules-$mode"
  put_sites
  simulate $((WARMUP + DURATION + 240)) ingest --devices 10000 --batch 500 --seconds "$DURATION" \
    --warmup "$WARMUP" --concurrency "$CONCURRENCY" --host-pid "$HOST_PID" >"$OUT/ingest-rules-$mode.md"
  curl -fsS --max-time 10 "$URL/api/v1/alerts?limit=1" -H "X-Api-Key: $KEY" -o "$OUT/alerts-rules-$mode.json" || true
  stop_host
  HOST_ENV=()
}

# Host CPU seconds so far (user + system), from /proc.
host_cpu_s() { awk '{ printf "%.2f", ($14 + $15) / 100 }' "/proc/$HOST_PID/stat"; }

# Evaluation cost: N guards on shift on a manual-clock host, then the clock moves 5 minutes at a
# time; each step runs exactly one evaluation per guard (inactivity, baseline and, with the rules
# on, the guard rules and each device's health check). Host CPU and wall time per step, per guard.
evaluate_guards() {
  local guards=$1 now step t0 c0 t1 c1
  HOST_ENV=("Monitoring__Clock=manual")
  start_host "evaluate-$guards"
  put_sites
  simulate 600 memory --guards "$guards" --minutes 4 --concurrency "$CONCURRENCY" --settle 2 >"$OUT/evaluate-$guards-setup.md"
  now=$(curl -fsS "$URL/api/v1/admin/clock" -H "X-Api-Key: $KEY" | sed -E 's/.*"now":"([^"]+)".*/\1/')
  printf "\n### evaluation cost, %s guards on shift (rules %s)\n| step | wall | host CPU | CPU per guard evaluation |\n|---|---:|---:|---:|\n" \
    "$guards" "${BENCH_RULES:-on}"
  for step in 5 10 15; do
    c0=$(host_cpu_s); t0=$(date +%s.%N)
    curl -fsS --max-time 600 -X POST "$URL/api/v1/admin/clock" -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' \
      -d "{\"now\":\"$(date -u -d "$now + $step minutes" +%Y-%m-%dT%H:%M:%SZ)\"}" >/dev/null
    t1=$(date +%s.%N); c1=$(host_cpu_s)
    awk -v s="$step" -v w="$(echo "$t1 - $t0" | bc)" -v c="$(echo "$c1 - $c0" | bc)" -v g="$guards" \
      'BEGIN { printf "| +%d min | %.2f s | %.2f s | %.0f us |\n", s, w, c, c * 1e6 / g }'
  done
  stop_host
  HOST_ENV=()
}

# Two simulator tables side by side (rows only the second has come last).
side_by_side() {
  awk -F'|' -v a="$3" -v b="$4" '
    FNR == 1 { file++ }
    /^\| / && $2 !~ /metric/ { name = $2; gsub(/^ +| +$/, "", name); v = $3; gsub(/^ +| +$/, "", v)
                               if (file == 1) { order[++n] = name; left[name] = v }
                               else { right[name] = v; if (!(name in left)) only[++m] = name } }
    END { printf "\n### %s\n| metric | %s | %s |\n|---|---:|---:|\n", title, a, b
          for (i = 1; i <= n; i++) printf "| %s | %s | %s |\n", order[i], left[order[i]], right[order[i]]
          for (i = 1; i <= m; i++) printf "| %s | - | %s |\n", only[i], right[only[i]] }
  ' title="${5:-ingest, live feed on vs off}" "$1" "$2"
}

# Settings every host of a run gets: BENCH_PLACEMENT (local | resource | guard), BENCH_REPARTITION=true
# (Orleans' activation repartitioner), and BENCH_HOST_ENV (more NAME=value pairs, space-separated).
placement_env() {
  echo ${BENCH_PLACEMENT:+Monitoring__Silo__Placement=$BENCH_PLACEMENT} ${BENCH_REPARTITION:+Monitoring__Silo__Repartition=$BENCH_REPARTITION} ${BENCH_HOST_ENV:-}
}

# Rows and bytes (table + indexes) of the tables that grow with telemetry, after a run.
pg_sizes() {
  printf "\n### Database after the run: rows and bytes per row (table, indexes, TOAST; partitions summed)\n| table | rows | bytes | bytes per row |\n|---|---:|---:|---:|\n"
  for table in telemetry_archive feed_events fraud_scores orleans_storage orleans_stream_messages; do
    runuser -u postgres -- psql -h 127.0.0.1 -p "$1" -U postgres -d monitoring -tA -F ' ' -c "
      SELECT (SELECT count(*) FROM $table),
             (SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c
               WHERE c.oid = '$table'::regclass OR c.oid IN (SELECT inhrelid FROM pg_inherits WHERE inhparent = '$table'::regclass))" 2>/dev/null \
      | awk -v t="$table" '{ printf "| %s | %d | %d | %s |\n", t, $1, $2, ($1 > 0 ? sprintf("%.0f", $2 / $1) : "-") }'
  done
}

# N host processes in one cluster (HOST_ENV or SILO_CS names the database), HTTP on PORT+1 ..
# PORT+N; returns when the last sees N active silos. Their process ids are left in SILO_PIDS. With
# SILO_CS, each silo connects as its own application (silo-a, silo-b, ...), so pg_stat_activity
# tells them apart.
start_silos() {
  local n=$1 i own names=(a b c d e f)
  SILO_PIDS=()
  for ((i = 0; i < n; i++)); do
    own=(); [[ -n ${SILO_CS:-} ]] && own=("ConnectionStrings__Postgres=$SILO_CS;Application Name=silo-${names[$i]}")
    # shellcheck disable=SC2046
    env "${HOST_ENV[@]}" "${own[@]}" $(placement_env) Monitoring__DevelopmentKey=$KEY Monitoring__Silo__Port=$((SILO_PORT + i)) \
      Monitoring__Silo__GatewayPort=$((GATEWAY_PORT + i)) dotnet "$SERVER" --urls "http://127.0.0.1:$((PORT + 1 + i))" \
      --contentRoot "$(cd "$(dirname "$SERVER")" && pwd)" >"$OUT/host-$2-$i.log" 2>&1 &
    SILO_PIDS+=($!)
  done
  for _ in $(seq 1 180); do
    [[ $(curl -fsS --max-time 2 "http://127.0.0.1:$((PORT + n))/api/v1/health" 2>/dev/null | grep -o '"active"' | wc -l) == "$n" ]] && break
    sleep 0.5
  done
}

start_two_silos() { start_silos 2 "$1"; }

stop_silos() {
  local pid
  for pid in "${SILO_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${SILO_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  SILO_PIDS=()
}

# PostgreSQL mode: the capacity sweep against N silos (host processes, role all) of one cluster on
# this machine, each fed its share of the devices; the server's connections per silo are sampled.
# BENCH_FROM/_STEP/_TO (events/s), BENCH_DEVICES, BENCH_P99 (the knee's p99 limit, ms) and
# BENCH_LABEL shape the sweep; the table and plot go to BENCH_CAPACITY_OUT (docs/benchmarks).
capacity_silos() {
  local n=$1 pg_dir cs urls="" pids="" i label port=${BENCH_PG_PORT:-5499}
  pg_dir=$(mktemp -d /tmp/bench-pg.XXXXXX)
  cs=$(PG_DIR=$pg_dir scripts/pg.sh start "$port")
  HOST_ENV=("Monitoring__Silo__AdvertisedIp=127.0.0.1")
  SILO_CS=$cs
  start_silos "$n" "capacity-silos-$n"
  SILO_CS=""
  HOST_ENV=()
  for ((i = 0; i < n; i++)); do
    urls+="${urls:+,}http://127.0.0.1:$((PORT + 1 + i))"; pids+="${pids:+,}${SILO_PIDS[$i]}"
  done
  label=${BENCH_LABEL:-"$n silos PostgreSQL${BENCH_PLACEMENT:+ placement $BENCH_PLACEMENT}${BENCH_REPARTITION:+ repartition}"}
  pg_sample_start "$port" "$OUT/pg-connections-capacity-silos-$n.txt"
  timeout --kill-after=10 1800 dotnet "$SIMULATOR" capacity --url "$urls" --key "$KEY" --host-pid "$pids" \
    --devices "${BENCH_DEVICES:-10000}" --concurrency 16 --from "${BENCH_FROM:-5000}" --step "${BENCH_STEP:-5000}" \
    --to "${BENCH_TO:-300000}" --seconds "${BENCH_STEP_SECONDS:-10}" --p99-limit "${BENCH_P99:-250}" --label "$label" \
    --out "${BENCH_CAPACITY_OUT:-docs/benchmarks}" || true
  pg_sample_stop
  stop_silos
  pg_sizes "$port"
  PG_DIR=$pg_dir scripts/pg.sh stop
  pg_connections "$OUT/pg-connections-capacity-silos-$n.txt" "PostgreSQL connections per silo ($label)"
}

# Co-location: the same offered rates against one silo, then two silos under each placement
# variant (BENCH_VARIANTS, e.g. "local resource guard local+repartition resource+repartition"),
# and a summary of host CPU per 1,000 events against one silo's at the same rate.
colocation() {
  local variant dir=$OUT/colocation files=()
  mkdir -p "$dir"
  BENCH_TO=${BENCH_TO:-15000} BENCH_CAPACITY_OUT=$dir BENCH_LABEL="1 silo" capacity_silos 1 >&2
  files+=("$dir/capacity-1-silo.md")
  for variant in ${BENCH_VARIANTS:-local resource guard local+repartition resource+repartition}; do
    BENCH_PLACEMENT=${variant%%+*} BENCH_REPARTITION=$([[ $variant == *+repartition ]] && echo true) \
      BENCH_TO=${BENCH_TO:-15000} BENCH_CAPACITY_OUT=$dir BENCH_LABEL="2 silos $variant" capacity_silos 2 >&2
    files+=("$dir/capacity-2-silos-${variant//+/-}.md")
  done
  # Rows: | offered | accepted | p50 | p99 | errors | late | CPU | CPU per 1,000 | PG | PG per 1,000 | ...
  awk -F'|' '
    FNR == 1 { name = FILENAME; sub(/.*capacity-/, "", name); sub(/\.md$/, "", name); names[++n] = name }
    $2 ~ /^ *[0-9,]+ *$/ { off = $2; gsub(/[ ,]/, "", off); rates[off] = 1
                           cpu = $9; gsub(/[ ms]/, "", cpu); pg = $11; gsub(/[ ms]/, "", pg); acc = $3; gsub(/[ ,]/, "", acc)
                           v[name, off] = cpu; d[name, off] = pg; a[name, off] = acc }
    END {
      printf "\n### Co-location: host CPU per 1,000 events, two silos against one (same offered rate)\n"
      printf "| setup | offered events/s | accepted events/s | host CPU per 1,000 events | x one silo | PostgreSQL CPU per 1,000 events |\n|---|---:|---:|---:|---:|---:|\n"
      m = 0; for (r in rates) sorted[++m] = r + 0
      for (i = 2; i <= m; i++) for (j = i; j > 1 && sorted[j - 1] > sorted[j]; j--) { t = sorted[j]; sorted[j] = sorted[j - 1]; sorted[j - 1] = t }
      for (i = 1; i <= n; i++) for (k = 1; k <= m; k++) if ((names[i], r = sorted[k]) in v) {
        base = v[names[1], r]; ratio = (base > 0) ? sprintf("%.2f", v[names[i], r] / base) : "-"
        printf "| %s | %s | %s | %s ms | %s | %s ms |\n", names[i], r, a[names[i], r], v[names[i], r], ratio, d[names[i], r]
      }
    }' "${files[@]}"
}

# PostgreSQL mode: the ingest run against one silo, then against two silos (two host processes in
# one cluster, each fed by its own generator with half the devices), side by side; the server's
# connections per silo are sampled through both runs.
ingest_silos() {
  local pg_dir cs pids=() sims=() i port=${BENCH_PG_PORT:-5499}
  pg_dir=$(mktemp -d /tmp/bench-pg.XXXXXX)
  cs=$(PG_DIR=$pg_dir scripts/pg.sh start "$port")
  HOST_ENV=("ConnectionStrings__Postgres=$cs;Application Name=one-silo" "Monitoring__Silo__AdvertisedIp=127.0.0.1")
  pg_sample_start "$port" "$OUT/pg-connections-ingest-silos.txt"
  start_host ingest-one-silo
  simulate $((WARMUP + DURATION + 240)) ingest --devices 10000 --batch 500 --seconds "$DURATION" \
    --warmup "$WARMUP" --concurrency "$CONCURRENCY" --host-pid "$HOST_PID" --prefix one- >"$OUT/ingest-one-silo.md"
  stop_host
  HOST_ENV=("Monitoring__Silo__AdvertisedIp=127.0.0.1")
  SILO_CS=$cs
  start_two_silos two-silos
  SILO_CS=""
  pids=("${SILO_PIDS[@]}")
  for i in 0 1; do
    timeout --kill-after=10 $((WARMUP + DURATION + 240)) dotnet "$SIMULATOR" ingest --url "http://127.0.0.1:$((PORT + 1 + i))" \
      --key "$KEY" --devices 5000 --batch 500 --seconds "$DURATION" --warmup "$WARMUP" --concurrency $((CONCURRENCY / 2)) \
      --host-pid "${pids[$i]}" --prefix "two$i-" >"$OUT/ingest-two-silos-$i.md" &
    sims+=($!)
  done
  wait "${sims[@]}" || true
  pg_sample_stop
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  HOST_ENV=()
  PG_DIR=$pg_dir scripts/pg.sh stop
  side_by_side "$OUT/ingest-two-silos-0.md" "$OUT/ingest-two-silos-1.md" "two silos: silo A" "two silos: silo B" \
    "PostgreSQL, two silos on one machine (each generator half the devices)"
  side_by_side "$OUT/ingest-one-silo.md" "$OUT/ingest-one-silo.md" "one silo" "(same)" "PostgreSQL, one silo"
  pg_connections "$OUT/pg-connections-ingest-silos.txt" "PostgreSQL connections per silo (one-silo run, then the two-silo run)"
}

# PostgreSQL mode: the ingest run against one all-in-one host (role all), then the same load against
# a front-end (role frontend, an Orleans client, HTTP on PORT) in front of one silo (role silo, HTTP
# on PORT+1, silo ports SILO_PORT+2/GATEWAY_PORT+2), side by side. The simulator measures the
# front-end and the silo over the same span and adds them per 1,000 events. BENCH_DEVICES (10,000)
# sets the fleet; a failed run still stops its processes and the database.
ingest_frontend() {
  local pg_dir cs silo_pid port=${BENCH_PG_PORT:-5499}
  pg_dir=$(mktemp -d /tmp/bench-pg.XXXXXX)
  cs=$(PG_DIR=$pg_dir scripts/pg.sh start "$port")
  HOST_ENV=("ConnectionStrings__Postgres=$cs;Application Name=all-in-one" "Monitoring__Silo__AdvertisedIp=127.0.0.1")
  start_host ingest-all-in-one
  simulate $((WARMUP + DURATION + 240)) ingest --devices "${BENCH_DEVICES:-10000}" --batch 500 --seconds "$DURATION" \
    --warmup "$WARMUP" --concurrency "$CONCURRENCY" --host-pid "$HOST_PID" --prefix all- >"$OUT/ingest-all-in-one.md" || true
  stop_host
  env "ConnectionStrings__Postgres=$cs;Application Name=silo" Monitoring__Silo__AdvertisedIp=127.0.0.1 Monitoring__Role=silo \
    Monitoring__DevelopmentKey=$KEY Monitoring__Silo__Port=$((SILO_PORT + 2)) Monitoring__Silo__GatewayPort=$((GATEWAY_PORT + 2)) \
    dotnet "$SERVER" --urls "http://127.0.0.1:$((PORT + 1))" --contentRoot "$(cd "$(dirname "$SERVER")" && pwd)" >"$OUT/host-frontend-silo.log" 2>&1 &
  silo_pid=$!
  for _ in $(seq 1 120); do
    curl -fsS --max-time 2 "http://127.0.0.1:$((PORT + 1))/api/v1/health" 2>/dev/null | grep -q '"active"' && break
    sleep 0.5
  done
  HOST_ENV=("ConnectionStrings__Postgres=$cs;Application Name=frontend" "Monitoring__Role=frontend")
  start_host ingest-frontend
  simulate $((WARMUP + DURATION + 240)) ingest --devices "${BENCH_DEVICES:-10000}" --batch 500 --seconds "$DURATION" \
    --warmup "$WARMUP" --concurrency "$CONCURRENCY" --host-pid "$HOST_PID" --silo-pid "$silo_pid" --prefix fe- >"$OUT/ingest-frontend.md" || true
  stop_host
  kill "$silo_pid" 2>/dev/null || true
  wait "$silo_pid" 2>/dev/null || true
  HOST_ENV=()
  PG_DIR=$pg_dir scripts/pg.sh stop
  side_by_side "$OUT/ingest-all-in-one.md" "$OUT/ingest-frontend.md" "all-in-one (role all)" "front-end + silo (host = front-end)" \
    "PostgreSQL, one all-in-one host vs a front-end in front of one silo, one machine"
}

# Samples pg_stat_activity once a second (client backends per application name) into a file until
# pg_sample_stop; the first line holds the server's max_connections.
pg_sample_start() {
  local port=$1 file=$2
  PG_SAMPLE_FILE=$file
  runuser -u postgres -- psql -h 127.0.0.1 -p "$port" -U postgres -d monitoring -tAc "SHOW max_connections" \
    2>/dev/null | sed 's/^/max_connections /' >"$file" || true
  rm -f "$file.stop"
  ( while [[ ! -e $file.stop ]]; do
      timeout 5 runuser -u postgres -- psql -h 127.0.0.1 -p "$port" -U postgres -d monitoring -tA -F ' ' -c \
        "SELECT coalesce(nullif(application_name, ''), '(none)'), count(*) FROM pg_stat_activity
         WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() GROUP BY 1" 2>/dev/null \
        | sed "s/^/$(date +%s) /" >>"$file" || true
      sleep 1
    done ) &
  PG_SAMPLER=$!
}

pg_sample_stop() {
  touch "$PG_SAMPLE_FILE.stop"
  wait "$PG_SAMPLER" 2>/dev/null || true
  rm -f "$PG_SAMPLE_FILE.stop"
}

# Peak and mean connections per application name over the seconds it had any (mean over those seconds).
pg_connections() {
  awk -v title="$2" '
    $1 == "max_connections" { max = $2; next }
    NF == 3 { if (!($2 in seen)) { order[++n] = $2; seen[$2] = 1 } secs[$2]++; sum[$2] += $3; if ($3 > peak[$2]) peak[$2] = $3 }
    END { printf "\n### %s\n| application | seconds seen | peak | mean |\n|---|---:|---:|---:|\n", title
          for (i = 1; i <= n; i++) { a = order[i]; printf "| %s | %d | %d | %.1f |\n", a, secs[a], peak[a], sum[a] / secs[a] }
          printf "\nserver max_connections: %s (sampled once a second from pg_stat_activity)\n", max == "" ? "?" : max }
  ' "$1"
}

# Two silos on a throwaway PostgreSQL; the failover verb loads the survivor (silo B) only and
# SIGKILLs silo A at a fixed point, retrying failed batches unchanged; connections per silo sampled.
kill_silo() {
  local pg_dir cs pids port=${BENCH_PG_PORT:-5499} seconds=${BENCH_KILL_SECONDS:-45}
  pg_dir=$(mktemp -d /tmp/bench-pg.XXXXXX)
  cs=$(PG_DIR=$pg_dir scripts/pg.sh start "$port")
  HOST_ENV=("Monitoring__Silo__AdvertisedIp=127.0.0.1")
  SILO_CS=$cs
  pg_sample_start "$port" "$OUT/pg-connections-kill-silo.txt"
  start_two_silos kill-silo
  SILO_CS=""
  pids=("${SILO_PIDS[@]}")
  timeout --kill-after=10 $((WARMUP + seconds + 400)) dotnet "$SIMULATOR" failover --url "http://127.0.0.1:$((PORT + 2))" \
    --key "$KEY" --kill-pid "${pids[0]}" --kill-after "${BENCH_KILL_AFTER:-15}" --seconds "$seconds" --warmup "$WARMUP" \
    --devices "${BENCH_KILL_DEVICES:-10000}" --batch "${BENCH_KILL_BATCH:-200}" --rate "${BENCH_KILL_RATE:-20}" --drain "${BENCH_KILL_DRAIN:-120}" \
    >"$OUT/kill-silo-failover.md" || true
  pg_sample_stop
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  HOST_ENV=()
  PG_DIR=$pg_dir scripts/pg.sh stop
  cat "$OUT/kill-silo-failover.md"
  pg_connections "$OUT/pg-connections-kill-silo.txt" "PostgreSQL connections per silo (silo A killed, silo B loaded)"
}

# The ingest run on the embedded default, then on a throwaway local PostgreSQL (durable 202s).
ingest_durable() {
  local pg_dir cs rows
  start_host ingest-embedded
  simulate $((WARMUP + DURATION + 240)) ingest --devices 10000 --batch 500 --seconds "$DURATION" \
    --warmup "$WARMUP" --concurrency "$CONCURRENCY" --host-pid "$HOST_PID" >"$OUT/ingest-embedded.md"
  stop_host
  pg_dir=$(mktemp -d /tmp/bench-pg.XXXXXX)
  cs=$(PG_DIR=$pg_dir scripts/pg.sh start "${BENCH_PG_PORT:-5499}")
  HOST_ENV=("ConnectionStrings__Postgres=$cs" "Monitoring__Silo__AdvertisedIp=127.0.0.1")
  start_host ingest-postgres
  simulate $((WARMUP + DURATION + 240)) ingest --devices 10000 --batch 500 --seconds "$DURATION" \
    --warmup "$WARMUP" --concurrency "$CONCURRENCY" --host-pid "$HOST_PID" >"$OUT/ingest-postgres.md"
  stop_host
  HOST_ENV=()
  rows=$(runuser -u postgres -- psql -h 127.0.0.1 -p "${BENCH_PG_PORT:-5499}" -U postgres -d monitoring -tAc \
    "SELECT count(*) FROM telemetry_archive" 2>/dev/null || echo "?")
  PG_DIR=$pg_dir scripts/pg.sh stop
  { side_by_side "$OUT/ingest-embedded.md" "$OUT/ingest-postgres.md" "embedded" "PostgreSQL, durable 202" \
      "ingest, embedded vs PostgreSQL durable ack"
    echo; echo "rows in telemetry_archive after the PostgreSQL run (setup, warm-up and measured span): $rows"; }
}

# PostgreSQL mode, one silo, a fresh database per run: the site signals on memory streams
# (Monitoring:Storage:DurableSignals=false), then on the ADO.NET stream provider. Per run: the
# latency from an alert's raise to its incident (scripts/signal-latency.py), the rows written and
# transactions committed per alert (pg_stat_user_tables, pg_stat_database), the same over 10 idle
# seconds (the provider's polling), and the host's connections sampled every second.
signals() {
  local pg_dir cs port=${BENCH_PG_PORT:-5499} mode db guards=${BENCH_SIGNAL_GUARDS:-200}
  pg_dir=$(mktemp -d /tmp/bench-pg.XXXXXX)
  cs=$(PG_DIR=$pg_dir scripts/pg.sh start "$port")
  pg_sql() { runuser -u postgres -- psql -h 127.0.0.1 -p "$port" -U postgres -d "$1" -tA -F ' ' -c "$2"; }
  # rows inserted, updated, deleted in every table; in the stream tables alone; transactions committed
  pg_counts() {
    sleep 2
    pg_sql "$1" "SELECT (SELECT sum(n_tup_ins + n_tup_upd + n_tup_del) FROM pg_stat_user_tables),
      (SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_user_tables WHERE relname LIKE 'orleans_stream%'),
      (SELECT xact_commit FROM pg_stat_database WHERE datname = current_database())"
  }
  for mode in memory adonet; do
    db=signals_$mode
    pg_sql monitoring "CREATE DATABASE $db" >/dev/null
    HOST_ENV=("ConnectionStrings__Postgres=${cs/Database=monitoring/Database=$db};Application Name=signals-$mode" "Monitoring__Silo__AdvertisedIp=127.0.0.1"
      "Monitoring__Storage__DurableSignals=$([[ $mode == adonet ]] && echo true || echo false)")
    pg_sample_start "$port" "$OUT/pg-connections-signals-$mode.txt"
    start_host "signals-$mode"
    sleep 5
    local idle0 idle1 run0 run1
    idle0=$(pg_counts "$db"); sleep 10; idle1=$(pg_counts "$db")
    run0=$(pg_counts "$db")
    timeout --kill-after=10 900 python3 scripts/signal-latency.py --url "$URL" --key "$KEY" --guards "$guards" \
      --label "$mode streams" >"$OUT/signals-$mode.md" || { cat "$OUT/signals-$mode.md"; tail -20 "$OUT/host-signals-$mode.log"; }
    run1=$(pg_counts "$db")
    stop_host
    pg_sample_stop
    cat "$OUT/signals-$mode.md"
    # The run's counts include the shifts' telemetry and the evaluations; the stream tables' are the provider's alone.
    awk -v a="$idle0" -v b="$idle1" -v c="$run0" -v d="$run1" -v n="$guards" -v mode="$mode" 'BEGIN {
      split(a, i0, " "); split(b, i1, " "); split(c, r0, " "); split(d, r1, " ");
      printf "\n%s: per alert %.1f rows written in all tables, %.1f in the stream tables, %.1f transactions committed; idle (10 s, 2 s settle counted): %.1f rows/s, %.1f transactions/s\n",
        mode, (r1[1] - r0[1]) / n, (r1[2] - r0[2]) / n, (r1[3] - r0[3]) / n, (i1[1] - i0[1]) / 12, (i1[3] - i0[3]) / 12 }'
    pg_connections "$OUT/pg-connections-signals-$mode.txt" "PostgreSQL connections, $mode streams"
  done
  HOST_ENV=()
  PG_DIR=$pg_dir scripts/pg.sh stop
}

# BENCH_NO_BUILD=1 runs the binaries as they are (with BENCH_SERVER/BENCH_SIMULATOR: a copy of another build).
if [[ -z ${BENCH_NO_BUILD:-} ]]; then
  echo "bench: building Release"
  for project in src/Monitoring.Server src/Monitoring.Simulator; do
    timeout 900 dotnet build "$project" -c Release -nologo -v quiet >>"$OUT/build.log" 2>&1 \
      || { tail -20 "$OUT/build.log"; exit 1; }
  done
fi

for run in "${RUNS[@]}"; do
  idle_check=$(busy_cores)
  echo "bench: $run (other processes busy: $idle_check cores before the start)"
  if [[ $run == ingest-silos ]]; then
    ingest_silos | tee "$OUT/$run.md"
    continue
  fi
  if [[ $run == ingest-frontend ]]; then
    ingest_frontend | tee "$OUT/$run.md"
    continue
  fi
  if [[ $run == signals ]]; then
    signals | tee "$OUT/$run.md"
    continue
  fi
  if [[ $run == kill-silo ]]; then
    kill_silo | tee "$OUT/$run.md"
    continue
  fi
  if [[ $run == ingest-durable ]]; then
    ingest_durable | tee "$OUT/$run.md"
    continue
  fi
  if [[ $run == capacity || $run == capacity-[0-9]* ]]; then
    guards=${run#capacity}; guards=${guards#-}; guards=${guards:-10000}
    start_host "$run"
    timeout --kill-after=10 1800 dotnet "$SIMULATOR" capacity --url "$URL" --key "$KEY" --host-pid "$HOST_PID" \
      --devices "$guards" --from "${BENCH_FROM:-20000}" --step "${BENCH_STEP:-10000}" --to 300000 --seconds "${BENCH_STEP_SECONDS:-10}" \
      --label "embedded $guards guards" --out docs/benchmarks | tee "$OUT/$run.md"
    stop_host
    continue
  fi
  if [[ $run == capacity-silos || $run == capacity-silos-[0-9] ]]; then
    n=${run#capacity-silos}; n=${n#-}
    capacity_silos "${n:-2}" | tee "$OUT/$run.md"
    continue
  fi
  if [[ $run == colocation ]]; then
    colocation | tee "$OUT/$run.md"
    continue
  fi
  if [[ $run == shift-memory-* ]]; then
    # shift-memory-GUARDS-HOURS: the guards stay on shift HOURS hours of a manual clock (every
    # evaluation runs) before the heap is read: a guard well into its shift
    IFS=- read -r _ _ guards hours <<<"$run"
    HOST_ENV=("Monitoring__Clock=manual")
    start_host "$run"
    HOST_ENV=()
    simulate "${BENCH_SHIFT_TIMEOUT:-3600}" memory --guards "$guards" --minutes 30 --hours "${hours:-4}" --concurrency "$CONCURRENCY" | tee "$OUT/$run.md"
    stop_host
    continue
  fi
  if [[ $run == evaluate-* ]]; then
    evaluate_guards "${run#evaluate-}" | tee "$OUT/$run.md"
    continue
  fi
  if [[ $run == ingest-rules-on-off ]]; then
    ingest_with_rules on
    ingest_with_rules off
    side_by_side "$OUT/ingest-rules-on.md" "$OUT/ingest-rules-off.md" "all rules" "inactivity only" \
      "ingest, every health rule vs inactivity only" | tee "$OUT/$run.md"
    continue
  fi
  if [[ $run == ingest-feed-on-off ]]; then
    ingest_with_feed on
    ingest_with_feed off
    { side_by_side "$OUT/ingest-feed-on.md" "$OUT/ingest-feed-off.md" "feed on (1 client)" "feed off"
      echo; echo "watcher, feed on:"; cat "$OUT/watch-on.md"; } | tee "$OUT/$run.md"
    continue
  fi
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
    feed-latency|feed-latency-*|feed-batched|feed-batched-*)
      # feed-latency (BENCH_FEED_RATE, default 20,000 events/s), feed-latency-RATE, feed-latency-max;
      # feed-batched* the same with clients subscribed in batch mode
      batched=false; [[ $run == feed-batched* ]] && batched=true
      rate=${run#feed-latency}; rate=${rate#feed-batched}; rate=${rate#-}; rate=${rate:-$FEED_RATE}; [[ $rate == max ]] && rate=0
      simulate $((WARMUP + DURATION + 300)) feed --devices 10000 --batch 500 --rate "$rate" --seconds "$DURATION" \
        --warmup "$WARMUP" --concurrency "$CONCURRENCY" --tenant-clients 10 --site-clients 10 \
        --batched "$batched" --host-pid "$HOST_PID" | tee "$OUT/$run.md"
      ;;
    *) echo "bench: unknown run '$run' (ingest, memory-GUARDS[-MINUTES], shift-memory-GUARDS-HOURS, evaluate-GUARDS, capacity[-GUARDS], capacity-silos[-N], colocation, feed-latency[-RATE|-max], feed-batched[-RATE|-max], ingest-feed-on-off, ingest-rules-on-off, ingest-durable, ingest-silos, ingest-frontend, kill-silo, signals)" >&2; exit 2 ;;
  esac
  stop_host
done

echo
echo "bench: results (also in $OUT)"
for run in "${RUNS[@]}"; do cat "$OUT/$run.md"; done
