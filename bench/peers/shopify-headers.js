// Preloaded into the peers' check.js (node -r): adds the Shopify delivery headers check.js does not send
// (X-Shopify-Webhook-Id, a fresh one per request, and X-Shopify-Shop-Domain). The hub, like Shopify's contract,
// rejects a delivery without a webhook id and de-duplicates by it; Node-RED ignores both.
'use strict';
const crypto = require('crypto');
const original = globalThis.fetch;
globalThis.fetch = (url, init) => {
  if (init && init.method === 'POST' && init.headers && 'x-shopify-topic' in init.headers) {
    init = { ...init, headers: { ...init.headers, 'x-shopify-webhook-id': crypto.randomUUID(), 'x-shopify-shop-domain': 'bench-shop.myshopify.com' } };
  }
  return original(url, init);
};
