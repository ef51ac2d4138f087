#!/usr/bin/env bash
# A private PostgreSQL server for the tests: `eng/postgres-test-server.sh start|stop|status`.
#
# start: installs Debian's `postgresql` package if its binaries are missing (we are root on a fresh machine), creates a
#        data directory under /tmp owned by the `postgres` user, and starts the server on 127.0.0.1 on a private port
#        (default 55432) with trust authentication for local connections only. It prints the connection string the
#        tests read from STOCKBRIDGE_TEST_POSTGRES. Starting a server that already runs is a no-op.
# stop:  stops that server (fast shutdown) and removes its data directory.
#
# Settings (environment): STOCKBRIDGE_PG_PORT (55432), STOCKBRIDGE_PG_DIR (/tmp/stockbridge-pg-$PORT).
set -euo pipefail

PORT="${STOCKBRIDGE_PG_PORT:-55432}"
ROOT="${STOCKBRIDGE_PG_DIR:-/tmp/stockbridge-pg-$PORT}"
DATA="$ROOT/data"
SOCKETS="$ROOT/sockets"
LOG="$ROOT/server.log"
CONNECTION="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"

find_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
  done
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then dirname "$(command -v pg_ctl)"; return 0; fi
  return 1
}

as_postgres() {
  if [ "$(id -u)" = "0" ]; then
    # runuser keeps the call non-interactive; su is the fallback on systems without it.
    if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
  else
    "$@"
  fi
}

install_if_missing() {
  if find_bin >/dev/null; then return 0; fi
  local run=()
  if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1; then run=(sudo); else
      echo "PostgreSQL binaries are missing and we are not root: install the 'postgresql' package" >&2
      return 1
    fi
  fi
  echo "PostgreSQL binaries are missing: installing Debian's postgresql package" >&2
  "${run[@]}" apt-get update -qq >&2
  "${run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
}

running() {
  local bin
  bin="$(find_bin)" || return 1
  [ -f "$DATA/postmaster.pid" ] && as_postgres "$bin/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

start() {
  install_if_missing
  local bin
  bin="$(find_bin)"
  if running; then echo "$CONNECTION"; return 0; fi
  if ! getent passwd postgres >/dev/null && [ "$(id -u)" = "0" ]; then useradd --system --home-dir "$ROOT" postgres; fi
  mkdir -p "$ROOT" "$SOCKETS"
  [ "$(id -u)" = "0" ] && chown -R postgres "$ROOT"
  if [ ! -f "$DATA/PG_VERSION" ]; then
    as_postgres "$bin/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$ROOT/initdb.log" 2>&1 \
      || as_postgres "$bin/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C >"$ROOT/initdb.log" 2>&1
  fi
  # fsync off: test data need not survive a power cut, and the tests run several times faster.
  as_postgres "$bin/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 start \
    -o "-p $PORT -k $SOCKETS -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null
  echo "$CONNECTION"
}

stop() {
  local bin
  bin="$(find_bin)" || return 0
  if [ -d "$DATA" ]; then as_postgres "$bin/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$ROOT"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "running: $CONNECTION"; else echo "stopped"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
