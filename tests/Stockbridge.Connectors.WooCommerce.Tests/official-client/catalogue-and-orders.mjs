// Runs WooCommerce's own JS client, unchanged, against the simulator at STORE_URL over plain HTTP (so OAuth 1.0a with
// HMAC-SHA256, as the client signs every non-HTTPS call) and prints what it saw as JSON.
import WooCommerceRestApiModule from "@woocommerce/woocommerce-rest-api";

const WooCommerceRestApi = WooCommerceRestApiModule.default ?? WooCommerceRestApiModule;
const api = new WooCommerceRestApi({
  url: process.env.STORE_URL,
  consumerKey: process.env.CONSUMER_KEY,
  consumerSecret: process.env.CONSUMER_SECRET,
  version: "wc/v3",
});

const created = await api.post("products", { name: "Official client mug", type: "simple", sku: "OC-MUG", regular_price: "12.50", manage_stock: true, stock_quantity: 4 });
const batch = await api.post("products/batch", {
  create: [{ name: "Official client cup", sku: "OC-CUP", regular_price: "3.00" }, { name: "Duplicate", sku: "OC-MUG" }],
  update: [{ id: created.data.id, sale_price: "9.99" }],
});
const page = await api.get("products", { per_page: 1, page: 1, orderby: "id", order: "asc" });
const order = await api.get(`orders/${process.env.ORDER_ID}`);
const updated = await api.put(`orders/${process.env.ORDER_ID}`, { status: "completed", meta_data: [{ key: "stockbridge_source_order_code", value: "SO-77" }] });
const note = await api.post(`orders/${process.env.ORDER_ID}/notes`, { note: "Raised as SO-77" });
let refused = null;
try {
  await new WooCommerceRestApi({ url: process.env.STORE_URL, consumerKey: process.env.CONSUMER_KEY, consumerSecret: "cs_wrong", version: "wc/v3" }).get("products");
} catch (e) {
  refused = { status: e.response?.status, code: e.response?.data?.code };
}

console.log(JSON.stringify({
  created: { status: created.status, id: created.data.id, price: created.data.price },
  batch: batch.data,
  page: { total: page.headers["x-wp-total"], totalPages: page.headers["x-wp-totalpages"], link: page.headers["link"], count: page.data.length },
  order: { number: order.data.number, total: order.data.total, lines: order.data.line_items.length },
  updated: { status: updated.data.status },
  note: { status: note.status, note: note.data.note },
  refused,
}));
