#!/usr/bin/env bash
# A throwaway local PostgreSQL 15 for trying production mode and for benchmarks (tests start their own),
# with stock settings (max_connections 100, synchronous_commit on) but for a larger shared_buffers.
#   scripts/pg.sh start [PORT]   initdb (once) and start; prints the connection string
#   scripts/pg.sh stop           stop and delete the data directory
# The server refuses to run as root, so it runs as the `postgres` user.
set -euo pipefail
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
DIR=${PG_DIR:-/tmp/monitoring-pg}
PORT=${2:-${PG_PORT:-5433}}
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    if [[ ! -f $DIR/PG_VERSION ]]; then
      mkdir -p "$DIR"; [[ $(id -u) == 0 ]] && chown postgres "$DIR"
      as_pg "$BIN/initdb" -D "$DIR" -A trust -U postgres >/dev/null
    fi
    as_pg "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w \
      -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c shared_buffers=512MB" start >/dev/null
    as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='monitoring'" | grep -q 1 \
      || as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres monitoring
    echo "Host=127.0.0.1;Port=$PORT;Username=postgres;Database=monitoring"
    ;;
  stop)
    [[ -f $DIR/postmaster.pid ]] && as_pg "$BIN/pg_ctl" -D "$DIR" -m fast -w stop >/dev/null
    rm -rf "$DIR"
    ;;
  *) echo "usage: scripts/pg.sh start [PORT] | stop" >&2; exit 2 ;;
esac
