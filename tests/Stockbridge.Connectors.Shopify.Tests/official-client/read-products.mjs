// Shopify's own Admin API client, unchanged, pointed at the Stockbridge simulator.
// The client always builds https://{storeDomain}/admin/api/{version}/graphql.json; customFetchApi (a documented
// option of the client) swaps that origin for the simulator's http://127.0.0.1:{port} and leaves the rest alone.
import { createAdminApiClient } from '@shopify/admin-api-client';

const { SIMULATOR_URL, SHOP_DOMAIN, ACCESS_TOKEN, API_VERSION = '2026-04' } = process.env;
if (!SIMULATOR_URL || !SHOP_DOMAIN || !ACCESS_TOKEN) {
  console.error('Set SIMULATOR_URL, SHOP_DOMAIN and ACCESS_TOKEN.');
  process.exit(2);
}

const shopOrigin = `https://${SHOP_DOMAIN}`;
const client = createAdminApiClient({
  storeDomain: SHOP_DOMAIN,
  apiVersion: API_VERSION,
  accessToken: ACCESS_TOKEN,
  customFetchApi: (url, init) => fetch(String(url).replace(shopOrigin, SIMULATOR_URL.replace(/\/$/, '')), init),
});

const { data, errors, extensions } = await client.request(
  `query Products($first: Int!) { products(first: $first) { edges { node { id title variants(first: 5) { nodes { sku price } } } } } }`,
  { variables: { first: 10 } },
);
if (errors) {
  console.error(JSON.stringify(errors));
  process.exit(1);
}
console.log(JSON.stringify({
  products: data.products.edges.map((e) => ({ id: e.node.id, title: e.node.title, skus: e.node.variants.nodes.map((v) => v.sku) })),
  cost: extensions?.cost ?? null,
}));
