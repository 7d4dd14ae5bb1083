#!/usr/bin/env bash
# How long the demo setting takes to show its first alert: starts the built host with a demo fleet
# (Monitoring__Demo__Guards, default 40) and polls GET /api/v1/alerts every second until one is
# listed; prints the seconds from the host's process start (and from "Now listening"), then stops it.
#   dotnet build src/Monitoring.Server -c Release && scripts/demo-first-alert.sh [port 5000] [guards 40]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-5000}
GUARDS=${2:-40}
KEY=demo-first-alert-key
LOG=$(mktemp)
start=$(date +%s.%N)
Monitoring__Demo__Guards=$GUARDS Monitoring__DevelopmentKey=$KEY \
  Monitoring__Silo__Port=$((PORT + 11)) Monitoring__Silo__GatewayPort=$((PORT + 12)) \
  dotnet src/Monitoring.Server/bin/Release/net10.0/Monitoring.Server.dll --urls "http://127.0.0.1:$PORT" >"$LOG" 2>&1 &
host=$!
trap 'kill $host 2>/dev/null; rm -f "$LOG"' EXIT
listening=""
for _ in $(seq 1 900); do
  sleep 1
  if [ -z "$listening" ] && grep -q "Now listening" "$LOG"; then listening=$(date +%s.%N); fi
  body=$(curl -s "http://127.0.0.1:$PORT/api/v1/alerts?limit=1" -H "X-Api-Key: $KEY" || true)
  if echo "$body" | grep -q '"alertId"'; then
    now=$(date +%s.%N)
    type=$(echo "$body" | grep -o '"type":"[a-z_]*"' | head -1)
    printf 'first alert %s: %.0f s after the process started, %.0f s after "Now listening"\n' \
      "$type" "$(echo "$now - $start" | bc)" "$(echo "$now - ${listening:-$start}" | bc)"
    exit 0
  fi
done
echo "no alert within 15 minutes" >&2
exit 1
