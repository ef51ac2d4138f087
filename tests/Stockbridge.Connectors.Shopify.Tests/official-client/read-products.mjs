// Shopify's own Admin API client, unchanged, reads products from the Stockbridge simulator.
import { simulatorClient } from './simulator-client.mjs';

const { client } = simulatorClient();

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
