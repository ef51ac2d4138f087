// Shopify's own Admin API client, unchanged, pointed at the Stockbridge simulator. The client always builds
// https://{storeDomain}/admin/api/{version}/graphql.json; customFetchApi (a documented option of the client) swaps that
// origin for the simulator's http://127.0.0.1:{port} and leaves the rest alone.
import { createAdminApiClient } from '@shopify/admin-api-client';

/** Reads SIMULATOR_URL, SHOP_DOMAIN, ACCESS_TOKEN (and API_VERSION, default 2026-04) plus the names in `more`; exits 2 if any is missing. */
export function simulatorClient(more = []) {
  const env = process.env;
  const missing = ['SIMULATOR_URL', 'SHOP_DOMAIN', 'ACCESS_TOKEN', ...more].filter((name) => !env[name]);
  if (missing.length > 0) {
    console.error(`Set ${missing.join(', ')}.`);
    process.exit(2);
  }
  const shopOrigin = `https://${env.SHOP_DOMAIN}`;
  const client = createAdminApiClient({
    storeDomain: env.SHOP_DOMAIN,
    apiVersion: env.API_VERSION ?? '2026-04',
    accessToken: env.ACCESS_TOKEN,
    customFetchApi: (url, init) => fetch(String(url).replace(shopOrigin, env.SIMULATOR_URL.replace(/\/$/, '')), init),
  });
  return { client, env };
}
