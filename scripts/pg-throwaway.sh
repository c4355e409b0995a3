#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store suite and the benchmarks: initdb in a temp dir, listening only
# on 127.0.0.1 (port $JUKI_PG_PORT, default 54329) and a Unix socket in that dir, trust auth, database "juki".
# Without fsync unless JUKI_PG_FAST=0. JUKI_PG_OPTS: more server settings ("-c name=value ..."). Text sorts and
# compares byte by byte (lc_collate C: same order as C.UTF-8 for UTF-8, and PostgreSQL 15 sorts it much faster).
#   scripts/pg-throwaway.sh start   # prints the connection URL on the last line; the dir is in $JUKI_PG_DIR or /tmp
#   scripts/pg-throwaway.sh stop <dir>
# Installs PostgreSQL from Debian packages when no server binaries are found. Runs the server as the
# "postgres" user when started as root (initdb refuses root).
set -euo pipefail
PORT="${JUKI_PG_PORT:-54329}"

find_bin() {
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
  done
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}

as_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    if ! BIN=$(find_bin); then
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/tmp/juki-pg-apt.log 2>&1 || { cat /tmp/juki-pg-apt.log >&2; echo "could not install postgresql" >&2; exit 1; }
      BIN=$(find_bin)
    fi
    # CI's cluster is thrown away: no fsync. JUKI_PG_FAST=0 keeps PostgreSQL's durable defaults (the benchmarks).
    FAST=""
    if [ "${JUKI_PG_FAST:-1}" != "0" ]; then FAST="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"; fi
    DIR=$(mktemp -d "${TMPDIR:-/tmp}/juki-pg.XXXXXX")
    if [ "$(id -u)" = "0" ]; then
      id postgres >/dev/null 2>&1 || useradd --system --home-dir "$DIR" postgres
      chown postgres "$DIR"
    fi
    as_pg "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --lc-collate=C >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 1; }
    as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c shared_buffers=128MB -c max_wal_size=2GB $FAST ${JUKI_PG_OPTS:-}" start >/dev/null \
      || { cat "$DIR/server.log" >&2; exit 1; }
    as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres juki
    echo "$DIR"
    echo "postgres://postgres@127.0.0.1:$PORT/juki"
    ;;
  stop)
    DIR="${2:?usage: stop <dir>}"
    BIN=$(find_bin)
    as_pg "$BIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
    ;;
  *)
    echo "usage: $0 start | stop <dir>" >&2
    exit 2
    ;;
esac
