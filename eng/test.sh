#!/usr/bin/env bash
# Runs every Stockbridge test on a fresh machine where only the .NET SDK can be assumed.
# It first installs what the tests need (npm packages for the official-client checks), then runs
# the whole suite and prints one closing line: "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n==> %s\n' "$*"; }

# Official client libraries of outside systems, run against our simulators (npm registry).
for dir in $(find tests -name package-lock.json -not -path '*/node_modules/*' -printf '%h\n' | sort); do
  if command -v npm >/dev/null 2>&1; then
    log "npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  else
    echo "npm is not installed: the official-client tests in $dir will fail" >&2
  fi
done

# Debian's Chromium for the console browser tests (Playwright drives it; no browser is downloaded).
# Installed with apt-get only when missing; without it those tests fail (they never skip).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ]; then apt_run=(); elif command -v sudo >/dev/null 2>&1; then apt_run=(sudo); else apt_run=(false); fi
  if [ "${apt_run[*]}" != "false" ] && command -v apt-get >/dev/null 2>&1; then
    log "apt-get install chromium"
    "${apt_run[@]}" apt-get update -qq && "${apt_run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
  else
    echo "/usr/bin/chromium is missing and cannot be installed here (needs apt-get as root or via sudo): the console browser tests will fail" >&2
  fi
fi

# PostgreSQL for the store's PostgreSQL and many-nodes tests (issue 7): eng/postgres-test-server.sh installs Debian's
# postgresql package with apt-get only when its binaries are missing, starts a private server on 127.0.0.1:55432 with its
# data under /tmp, and is stopped again when this script exits (if it started it). Without it those tests fail (never skip).
log "PostgreSQL test server"
pg_was_running=false
if eng/postgres-test-server.sh status >/dev/null 2>&1; then pg_was_running=true; fi
if pg_connection=$(eng/postgres-test-server.sh start); then
  export STOCKBRIDGE_TEST_POSTGRES="$pg_connection"
  echo "STOCKBRIDGE_TEST_POSTGRES=$STOCKBRIDGE_TEST_POSTGRES"
  if [ "$pg_was_running" = false ]; then trap 'eng/postgres-test-server.sh stop' EXIT; fi
else
  echo "PostgreSQL could not be started: the PostgreSQL store tests will fail" >&2
fi

# MariaDB for the sql source's compliance tests on MySQL/MariaDB (issue 21): eng/mariadb-test-server.sh installs Debian's
# mariadb-server package with apt-get only when its binaries are missing, starts a private server on 127.0.0.1:53306 with
# its data under /tmp, and is stopped again when this script exits (if it started it). Without it those tests fail (never skip).
log "MariaDB test server"
mariadb_was_running=false
if eng/mariadb-test-server.sh status >/dev/null 2>&1; then mariadb_was_running=true; fi
if mariadb_connection=$(eng/mariadb-test-server.sh start); then
  export STOCKBRIDGE_TEST_MARIADB="$mariadb_connection"
  echo "STOCKBRIDGE_TEST_MARIADB=$STOCKBRIDGE_TEST_MARIADB"
  if [ "$mariadb_was_running" = false ]; then
    if [ "$pg_was_running" = false ]; then trap 'eng/postgres-test-server.sh stop; eng/mariadb-test-server.sh stop' EXIT
    else trap 'eng/mariadb-test-server.sh stop' EXIT; fi
  fi
else
  echo "MariaDB could not be started: the sql source's MariaDB tests will fail" >&2
fi

log "dotnet build"
dotnet build Stockbridge.slnx -c Release -nologo -clp:ErrorsOnly

log "dotnet test"
set +e
# One test module at a time: the crash, chaos and many-node tests each load both cores on their own.
dotnet test --solution Stockbridge.slnx -c Release --no-build --no-progress --max-parallel-test-modules 1 2>&1 | tee /tmp/stockbridge-test.log
status=${PIPESTATUS[0]}
set -e

total=$(grep -E '^\s+total:' /tmp/stockbridge-test.log | tail -1 | awk '{print $2}')
failed=$(grep -E '^\s+failed:' /tmp/stockbridge-test.log | tail -1 | awk '{print $2}')
passed=$(grep -E '^\s+succeeded:' /tmp/stockbridge-test.log | tail -1 | awk '{print $2}')
skipped=$(grep -E '^\s+skipped:' /tmp/stockbridge-test.log | tail -1 | awk '{print $2}')
echo
echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
if [ "${total:-0}" = "0" ]; then echo "no test ran" >&2; exit 1; fi
exit "$status"
