// Runs magento-api-rest (npm, 2.0.4), a Magento 2 REST client this suite did not write, unchanged, against the simulator at
// STORE_URL: OAuth 1.0a-signed calls (HMAC-SHA256 and HMAC-SHA1) to /rest/V1 and /rest/async/bulk/V1, its own searchCriteria
// query syntax (explicit filter_groups and its $-operator parser), and prints what it saw as JSON.
import MagentoModule from "magento-api-rest";

const Magento = MagentoModule.default ?? MagentoModule;
const credentials = {
  url: process.env.STORE_URL,
  consumerKey: process.env.CONSUMER_KEY,
  consumerSecret: process.env.CONSUMER_SECRET,
  accessToken: process.env.ACCESS_TOKEN,
  tokenSecret: process.env.ACCESS_TOKEN_SECRET,
};
const api = new Magento({ ...credentials, sha: 256 });
const sha1 = new Magento({ ...credentials, sha: 1 });
const bulkApi = new Magento({ ...credentials, sha: 256, type: "async/bulk/V1" });
const failed = (e) => ({ status: e.response?.status, message: e.response?.data?.message, parameters: e.response?.data?.parameters });

const created = await api.post("products", { product: { sku: "TP-MUG", name: "Third-party mug", price: 12.5, attribute_set_id: 4, type_id: "simple", status: 1, visibility: 4 } });
const updated = await api.put("products/TP-MUG", { product: { price: 9.99 } });
const fetched = await sha1.get("products/TP-MUG");
let noPrice = null;
try { await api.post("products", { product: { sku: "TP-NOPRICE", name: "No price", attribute_set_id: 4, type_id: "simple" } }); } catch (e) { noPrice = failed(e); }
let missing = null;
try { await api.get("products/TP-NOT-THERE"); } catch (e) { missing = failed(e); }

const stock = await api.post("inventory/source-items", { sourceItems: [{ sku: "TP-MUG", source_code: "default", quantity: 6, status: 1 }] });
const sourceItems = await api.get("inventory/source-items", { sku: "TP-MUG" });

const orders = await api.get("orders", {
  filter_groups: [
    { filters: [{ field: "updated_at", value: process.env.SINCE, condition_type: "gteq" }] },
    { filters: [{ field: "status", value: "processing", condition_type: "eq" }, { field: "status", value: "complete", condition_type: "eq" }] },
  ],
  sort_orders: [{ field: "entity_id", direction: "ASC" }],
  page_size: 2,
  current_page: 1,
});
const pastTheEnd = await api.get("orders", { $sort: { entity_id: "asc" }, $perPage: 2, $page: 9 });
const order = await api.get(`orders/${process.env.ORDER_ID}`);
const comment = await api.post(`orders/${process.env.ORDER_ID}/comments`, { statusHistory: { comment: "Raised in the ERP as sales order SO-77", is_customer_notified: 0, is_visible_on_front: 0 } });
const shipment = await api.post(`order/${process.env.ORDER_ID}/ship`, { items: [], notify: false, tracks: [{ track_number: "TRK-3P", title: "Courier", carrier_code: "custom" }] });

const bulk = await bulkApi.put("products/bySku", [
  { product: { sku: "TP-BULK-1", name: "Bulk one", price: 3, attribute_set_id: 4, type_id: "simple" } },
  { product: { sku: "TP-BULK-2", name: "Bulk two", attribute_set_id: 4, type_id: "simple" } },
]);
let status = null;
for (let i = 0; i < 100; i++) {
  status = (await api.get(`bulk/${bulk.data.bulk_uuid}/status`)).data;
  if (!status.operations_list.some((o) => o.status === 4)) break;
  await new Promise((r) => setTimeout(r, 100));
}

let refused = null;
try { await new Magento({ ...credentials, tokenSecret: "not-the-secret" }).get("products"); } catch (e) { refused = failed(e); }

console.log(JSON.stringify({
  created: { status: created.status, sku: created.data.sku, price: created.data.price },
  updated: { price: updated.data.price, name: updated.data.name },
  fetched: { price: fetched.data.price },
  noPrice, missing,
  stock: { status: stock.status, data: stock.data },
  sourceItems: { total: sourceItems.data.total_count, quantity: sourceItems.data.items[0]?.quantity },
  orders: { total: orders.data.total_count, count: orders.data.items.length, first: orders.data.items[0]?.increment_id, pageSize: orders.data.search_criteria.page_size },
  pastTheEnd: { count: pastTheEnd.data.items.length, last: pastTheEnd.data.items.at(-1)?.increment_id, total: pastTheEnd.data.total_count },
  order: { increment_id: order.data.increment_id, grand_total: order.data.grand_total, items: order.data.items.length },
  comment: comment.data,
  shipment: { status: shipment.status, id: shipment.data },
  bulk: { errors: bulk.data.errors, accepted: bulk.data.request_items.map((r) => r.status), operations: status.operations_list.map((o) => ({ status: o.status, message: o.result_message })) },
  refused,
}));
