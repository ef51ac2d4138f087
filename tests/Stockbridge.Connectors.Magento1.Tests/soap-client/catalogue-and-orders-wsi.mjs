// The npm 'soap' client, unchanged, reads the WS-I endpoint's WSDL (/api/wsi_soap?wsdl=1, OpenMage's wsi.xml shapes:
// <operation>RequestParam wrappers, result, complexObjectArray arrays) and logs in, creates a product, updates its stock,
// lists products and orders (complex_filter on updated_at), gets fault 5 for a stale session, and ends the session.
// Prints what it saw as JSON for the C# test to check.
import soap from 'soap';

const wsdl = process.env.WSDL_URL;
const items = (node) => {
  if (node == null) return [];
  const list = node.complexObjectArray ?? [];
  return Array.isArray(list) ? list : [list];
};

const client = await soap.createClientAsync(wsdl);
const [login] = await client.loginAsync({ username: process.env.API_USER, apiKey: process.env.API_KEY });
const loginRequest = client.lastRequest;
const sessionId = login.result;

const [created] = await client.catalogProductCreateAsync({
  sessionId,
  type: 'simple',
  set: '4',
  sku: process.env.NEW_SKU,
  productData: {
    websites: { complexObjectArray: ['1'] },
    name: 'Made by node-soap over WS-I',
    price: '12.5000',
    status: '1',
    visibility: '4',
  },
});

const [stock] = await client.catalogInventoryStockItemUpdateAsync({ sessionId, productId: process.env.NEW_SKU, data: { qty: '41', is_in_stock: 1 } });
const [stockList] = await client.catalogInventoryStockItemListAsync({ sessionId, productIds: { complexObjectArray: [process.env.NEW_SKU] } });
const [products] = await client.catalogProductListAsync({
  sessionId,
  filters: { filter: { complexObjectArray: [{ key: 'sku', value: process.env.NEW_SKU }] } },
});
const [orders] = await client.salesOrderListAsync({
  sessionId,
  filters: { complex_filter: { complexObjectArray: [{ key: 'updated_at', value: { key: 'gteq', value: process.env.ORDERS_SINCE } }] } },
});
const ordersResponse = client.lastResponse;

let stale;
try {
  await client.catalogProductListAsync({ sessionId: 'not-a-session', filters: {} });
  stale = { fault: null };
} catch (e) {
  stale = { faultcode: String(e.root?.Envelope?.Body?.Fault?.faultcode ?? ''), faultstring: String(e.root?.Envelope?.Body?.Fault?.faultstring ?? '') };
}

const [ended] = await client.endSessionAsync({ sessionId });

console.log(JSON.stringify({
  session: sessionId,
  created: created.result,
  stock: stock.result,
  stockList: items(stockList.result),
  products: items(products.result),
  orders: items(orders.result),
  stale,
  ended: ended.result,
  loginRequest,
  ordersResponse,
}));
