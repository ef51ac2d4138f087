#!/usr/bin/env bash
# A private MariaDB server for the tests: `eng/mariadb-test-server.sh start|stop|status`.
#
# start: installs Debian's `mariadb-server` package if its binaries are missing (we are root on a fresh machine), creates a
#        data directory under /tmp owned by the `mysql` user, and starts the server on 127.0.0.1 on a private port
#        (default 53306) with a `stockbridge` login (password `stockbridge`) that may create databases and logins. It prints
#        the connection string the tests read from STOCKBRIDGE_TEST_MARIADB. Starting a server that already runs is a no-op.
# stop:  stops that server and removes its data directory.
#
# Settings (environment): STOCKBRIDGE_MARIADB_PORT (53306), STOCKBRIDGE_MARIADB_DIR (/tmp/stockbridge-mariadb-$PORT).
set -euo pipefail

PORT="${STOCKBRIDGE_MARIADB_PORT:-53306}"
ROOT="${STOCKBRIDGE_MARIADB_DIR:-/tmp/stockbridge-mariadb-$PORT}"
DATA="$ROOT/data"
SOCKET="$ROOT/mariadb.sock"
PIDFILE="$ROOT/mariadb.pid"
LOG="$ROOT/server.log"
CONNECTION="Server=127.0.0.1;Port=$PORT;User ID=stockbridge;Password=stockbridge"

find_server() {
  local candidate
  for candidate in /usr/sbin/mariadbd /usr/sbin/mysqld; do
    if [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  if command -v mariadbd >/dev/null 2>&1; then command -v mariadbd; return 0; fi
  return 1
}

install_if_missing() {
  if find_server >/dev/null && command -v mariadb-install-db >/dev/null 2>&1; then return 0; fi
  local run=()
  if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1; then run=(sudo); else
      echo "MariaDB binaries are missing and we are not root: install the 'mariadb-server' package" >&2
      return 1
    fi
  fi
  echo "MariaDB binaries are missing: installing Debian's mariadb-server package" >&2
  "${run[@]}" apt-get update -qq >&2
  "${run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server >&2
}

running() {
  [ -S "$SOCKET" ] && mariadb-admin --no-defaults --socket="$SOCKET" --user=root ping >/dev/null 2>&1
}

start() {
  install_if_missing
  local server
  server="$(find_server)"
  if running; then echo "$CONNECTION"; return 0; fi
  mkdir -p "$ROOT"
  local owner=()
  if [ "$(id -u)" = "0" ]; then
    getent passwd mysql >/dev/null || useradd --system --home-dir "$ROOT" mysql
    chown -R mysql "$ROOT"
    owner=(--user=mysql)
  fi
  if [ ! -d "$DATA/mysql" ]; then
    mariadb-install-db --no-defaults "${owner[@]}" --datadir="$DATA" --auth-root-authentication-method=socket \
      --skip-test-db >"$ROOT/install.log" 2>&1
  fi
  # Durability off: test data need not survive a power cut, and the tests run faster.
  setsid "$server" --no-defaults "${owner[@]}" --datadir="$DATA" --socket="$SOCKET" --pid-file="$PIDFILE" \
    --port="$PORT" --bind-address=127.0.0.1 --skip-name-resolve --skip-log-bin --log-error="$LOG" \
    --innodb-buffer-pool-size=128M --innodb-flush-log-at-trx-commit=0 --sync-binlog=0 --max-connections=300 \
    </dev/null >/dev/null 2>&1 &
  local i
  for i in $(seq 1 120); do
    if running; then break; fi
    sleep 0.5
  done
  if ! running; then echo "MariaDB did not start; see $LOG" >&2; tail -20 "$LOG" >&2 || true; return 1; fi
  mariadb --no-defaults --socket="$SOCKET" --user=root <<'SQL'
CREATE USER IF NOT EXISTS 'stockbridge'@'%' IDENTIFIED BY 'stockbridge';
GRANT ALL PRIVILEGES ON *.* TO 'stockbridge'@'%' WITH GRANT OPTION;
FLUSH PRIVILEGES;
SQL
  echo "$CONNECTION"
}

stop() {
  if running; then mariadb-admin --no-defaults --socket="$SOCKET" --user=root shutdown >/dev/null 2>&1 || true; fi
  if [ -f "$PIDFILE" ]; then
    local pid
    pid="$(cat "$PIDFILE")"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
  rm -rf "$ROOT"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "running: $CONNECTION"; else echo "stopped"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
