// The npm 'soap' client, unchanged, reads the simulator's WSDL and calls Magento's SOAP v2 operations:
// login, list products, create one, update its stock, list orders (complex_filter on updated_at), and a call with a
// stale session (fault 5). Prints what it saw as JSON for the C# test to check.
import soap from 'soap';

const wsdl = process.env.WSDL_URL;
const items = (node, name) => {
  if (node == null) return [];
  const list = node.item ?? node[name] ?? node;
  return Array.isArray(list) ? list : [list];
};

const client = await soap.createClientAsync(wsdl);
const [login] = await client.loginAsync({ username: process.env.API_USER, apiKey: process.env.API_KEY });
const sessionId = login.loginReturn;

const [created] = await client.catalogProductCreateAsync({
  sessionId,
  type: 'simple',
  set: '4',
  sku: process.env.NEW_SKU,
  productData: {
    name: 'Made by node-soap',
    price: '12.5000',
    status: '1',
    visibility: '4',
    stock_data: { qty: '3', is_in_stock: '1' },
  },
});

const [stock] = await client.catalogInventoryStockItemUpdateAsync({ sessionId, product: process.env.NEW_SKU, data: { qty: '41', is_in_stock: '1' } });
const [stockList] = await client.catalogInventoryStockItemListAsync({ sessionId, products: { string: [process.env.NEW_SKU] } });
const [products] = await client.catalogProductListAsync({ sessionId, filters: { filter: { item: [{ key: 'sku', value: process.env.NEW_SKU }] } } });
const [orders] = await client.salesOrderListAsync({
  sessionId,
  filters: { complex_filter: { item: [{ key: 'updated_at', value: { key: 'gteq', value: process.env.ORDERS_SINCE } }] } },
});

let stale;
try {
  await client.catalogProductListAsync({ sessionId: 'not-a-session' });
  stale = { fault: null };
} catch (e) {
  stale = { faultcode: String(e.root?.Envelope?.Body?.Fault?.faultcode ?? ''), faultstring: String(e.root?.Envelope?.Body?.Fault?.faultstring ?? '') };
}

const [ended] = await client.endSessionAsync({ sessionId });

console.log(JSON.stringify({
  session: sessionId,
  created: created.result,
  stock: stock.result,
  stockList: items(stockList.result, 'catalogInventoryStockItemEntity'),
  products: items(products.storeView, 'catalogProductEntity'),
  orders: items(orders.result, 'salesOrderListEntity'),
  stale,
  ended: ended.endSessionReturn,
}));
