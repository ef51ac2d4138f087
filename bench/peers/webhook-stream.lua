-- wrk script for the side-by-side run: the peers' webhook.lua (/work/shared/peers/webhook.lua), adapted so that
--  * every request carries a distinct X-Shopify-Webhook-Id (the hub, like Shopify, de-duplicates deliveries by it), and
--  * bodies are streamed from PAYLOADS (one "signature \t body" line each) instead of cycling 500 orders, so every
--    request is a distinct order (the hub raises each order once; a repeated order is acked but not raised again).
-- At the end of the file it starts again from the top and counts a wrap (then repeats are no longer new orders).
-- env: PAYLOADS=<tsv>  RUN=<tag for the webhook ids>
-- Prints one machine-readable line at the end:  RESULT {json}   (same fields as the peers' script, plus "wraps")
local payload_file = os.getenv("PAYLOADS")
local run = os.getenv("RUN") or "run"

local threads = {}
function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

-- globals (not local) so done() can read them per thread via thread:get()
n, wraps, s2xx, s401, s5xx, sother = 0, 0, 0, 0, 0, 0
local f
function init(args)
  f = assert(io.open(payload_file, "rb"))
end

local function next_line()
  local line = f:read("*l")
  if not line or #line == 0 then
    wraps = wraps + 1
    f:seek("set", 0)
    line = f:read("*l")
  end
  return line
end

function request()
  local line = next_line()
  local tab = string.find(line, "\t", 1, true)
  n = n + 1
  return wrk.format("POST", nil, {
    ["Content-Type"] = "application/json",
    ["X-Shopify-Topic"] = "orders/create",
    ["X-Shopify-Shop-Domain"] = "bench-shop.myshopify.com",
    ["X-Shopify-Webhook-Id"] = string.format("%s-%d-%d", run, tid or 1, n),
    ["X-Shopify-Hmac-Sha256"] = string.sub(line, 1, tab - 1),
  }, string.sub(line, tab + 1))
end

function response(status, headers, body)
  if status >= 200 and status < 300 then s2xx = s2xx + 1
  elseif status == 401 then s401 = s401 + 1
  elseif status >= 500 then s5xx = s5xx + 1
  else sother = sother + 1 end
end

function done(summary, latency, requests)
  local a, b, c, d, w = 0, 0, 0, 0, 0
  for _, t in ipairs(threads) do
    a = a + t:get("s2xx"); b = b + t:get("s401"); c = c + t:get("s5xx"); d = d + t:get("sother"); w = w + t:get("wraps")
  end
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests":%d,"duration_us":%d,"rps":%.1f,"s2xx":%d,"s401":%d,"s5xx":%d,"sother":%d,"wraps":%d,' ..
    '"err_connect":%d,"err_read":%d,"err_write":%d,"err_timeout":%d,"err_status":%d,' ..
    '"lat_p50_ms":%.2f,"lat_p90_ms":%.2f,"lat_p99_ms":%.2f,"lat_max_ms":%.2f,"lat_mean_ms":%.2f}\n',
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6), a, b, c, d, w,
    e.connect, e.read, e.write, e.timeout, e.status,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000))
end
