#!/usr/bin/env node
// results.jsonl (one object per measured run, from run.sh) -> markdown table + ratios hub / Node-RED, and summary.json.
// usage: node summarize.js <results.jsonl> [outdir]
'use strict';
const fs = require('fs');
const path = require('path');
const [file, outdir] = process.argv.slice(2);
const rows = fs.readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map(JSON.parse);
const f = (x, d = 0) => (x == null || Number.isNaN(x) ? '–' : Number(x).toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }));
const find = (tool, variant, conc) => rows.find((r) => r.tool === tool && r.variant === variant && r.conc === conc);
const errors = (r) => {
  const e = [];
  const sock = r.err_connect + r.err_read + r.err_write + r.err_timeout;
  if (r.variant !== 'forged' && r.s401) e.push(`${r.s401} x 401`);
  if (r.s5xx) e.push(`${r.s5xx} x 5xx`);
  if (r.sother) e.push(`${r.sother} other`);
  if (sock) e.push(`${sock} socket`);
  if (r.wraps) e.push(`payload file wrapped ${r.wraps}x`);
  return e.join(', ') || '0';
};
const out = [];
out.push('| target | run | conc | acked/s | delivered orders/s | p50 ms | p99 ms | max ms | errors | RSS fresh / idle → peak MB | CPU ms/order | drain after load |');
out.push('|---|---|---:|---:|---:|---:|---:|---:|---|---|---:|---:|');
for (const r of rows) {
  const secs = r.duration_us / 1e6;
  const forged = r.variant === 'forged';
  const acked = forged ? `${f(r.s401 / secs)} rejected/s (401)` : f(r.s2xx / secs);
  const deliv = forged ? `${r.delivered} (must be 0)` : f(r.delivered_per_s);
  const cpu = forged ? `${f(r.cpu_ms_per_request, 3)} /request` : f(r.cpu_ms_per_order, 3);
  out.push(`| ${r.tool} | ${r.variant} | ${r.conc} | ${acked} | ${deliv} | ${f(r.lat_p50_ms, 1)} | ${f(r.lat_p99_ms, 1)} | ${f(r.lat_max_ms, 0)} | ${errors(r)} | ${r.rss_fresh_mb || '–'} / ${r.rss_idle_mb} → ${r.rss_peak_mb} | ${cpu} | ${f(r.drain_ms / 1000, 1)} s |`);
}
const ratios = [];
out.push('', '| conc | delivered/s hub ÷ Node-RED | p50 hub ÷ Node-RED | p99 hub ÷ Node-RED | CPU ms/order hub ÷ Node-RED | RSS idle hub ÷ Node-RED | RSS peak hub ÷ Node-RED | goal (≥ 3× rate, p99 ≤ Node-RED) |');
out.push('|---:|---:|---:|---:|---:|---:|---:|---|');
const concs = [...new Set(rows.filter((r) => r.tool === 'hub' && r.variant === 'durable').map((r) => r.conc))];
for (const c of concs) {
  const h = find('hub', 'durable', c), n = find('nodered', 'sync', c);
  if (!h || !n) continue;
  const q = {
    conc: c, rate: h.delivered_per_s / n.delivered_per_s, p50: h.lat_p50_ms / n.lat_p50_ms, p99: h.lat_p99_ms / n.lat_p99_ms,
    cpu: h.cpu_ms_per_order / n.cpu_ms_per_order, rss_idle: h.rss_idle_mb / n.rss_idle_mb, rss_peak: h.rss_peak_mb / n.rss_peak_mb,
  };
  q.goal_met = q.rate >= 3 && q.p99 <= 1;
  ratios.push(q);
  out.push(`| ${c} | ${f(q.rate, 2)}× | ${f(q.p50, 2)}× | ${f(q.p99, 2)}× | ${f(q.cpu, 2)}× | ${f(q.rss_idle, 2)}× | ${f(q.rss_peak, 2)}× | ${q.goal_met ? 'met' : 'NOT met'} |`);
}
const hf = find('hub', 'forged', 16), nf = find('nodered', 'forged', 16);
if (hf && nf) {
  const rate = (r) => r.s401 / (r.duration_us / 1e6);
  out.push('', `Forged-signature flood (c16): hub ${f(rate(hf))} rejected/s, Node-RED ${f(rate(nf))} rejected/s: ${f(rate(hf) / rate(nf), 2)}×; ` +
    `deliveries reaching the sink: hub ${hf.delivered}, Node-RED ${nf.delivered}.`);
  ratios.push({ forged_c16: rate(hf) / rate(nf) });
}
console.log(out.join('\n'));
if (outdir) fs.writeFileSync(path.join(outdir, 'summary.json'), JSON.stringify({ runs: rows, ratios }, null, 2) + '\n');
