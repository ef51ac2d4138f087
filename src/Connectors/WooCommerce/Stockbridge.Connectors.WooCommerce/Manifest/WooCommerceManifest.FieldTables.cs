using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.WooCommerce.Manifest;

/// <summary>The default field tables shown on the connector's page.</summary>
public static partial class WooCommerceManifest
{
    private static IReadOnlyList<FieldTable> FieldTables() =>
    [
        new("products", "to WooCommerce",
        [
            new("name", "title", ""),
            new("description", "body_html", ""),
            new("type", "options", "variable when the product has options (one variation per variant), else simple."),
            new("sku", "variants.sku", "A simple product's SKU, or each variation's: the link between WooCommerce and the ERP."),
            new("sku (variable product)", "source_product_code", "Unless a variant has that SKU. A create refused for a taken SKU (a retried push) updates the product found by it."),
            new("status", "active", "publish; draft when hidden; private when archived or deleted."),
            new("attributes (name, options, variation)", "options, variants.option1..3", "Variable products only."),
            new("variations.attributes (name, option)", "variants.option1..3", ""),
            new("regular_price", "variants.price_tiers.<regular price tier> or variants.price", "The regular price tier's price when it is above the selling price, else the selling price."),
            new("sale_price", "variants.price_tiers.<price tier> or variants.price", "Only while the regular price tier is above it; else empty."),
            new("manage_stock", "variants.inventory_management", ""),
            new("stock_quantity", "variants.qty or the sum of variants.qty_availability", "Whole units, never below zero."),
        ], "Products and variations are written through the batch endpoints (a product's variations up to 100 per request; the hub pushes each changed product as its own job, so one product per products/batch request) and found again by the ids on their link."),
        new("customers", "to Stockbridge",
        [
            new("billing.email", "customer.email", "Arrives with each order; customers are not pushed to WooCommerce."),
            new("billing.first_name / last_name", "customer.first_name / last_name", ""),
            new("billing.phone", "customer.phone", ""),
            new("billing.company", "customer.company", ""),
        ]),
        new("orders", "to Stockbridge",
        [
            new("number", "channel_order_code", "Also the ERP's customer PO number."),
            new("id", "channel_order_id", ""),
            new("status", "(filter)", "Only orders in the statuses to raise are handed over."),
            new("line_items.sku", "line_items.sku", ""),
            new("line_items.name", "line_items.title", ""),
            new("line_items.quantity", "line_items.qty", ""),
            new("line_items.subtotal ÷ quantity", "line_items.price", "Per unit, ex tax, before coupons."),
            new("line_items.subtotal − total", "line_items.total_discount, line_items.discounts", "What coupons took off the line, ex tax."),
            new("line_items.total", "line_items.net_total", "What the customer paid for the line ex tax, after coupons, to the cent."),
            new("line_items.taxes (with tax_lines.label, rate_percent)", "line_items.tax_lines", ""),
            new("coupon_lines.code", "discount_codes", "For people to read; the amounts are on the lines."),
            new("shipping_lines (method_id, method_title, total)", "shipping_lines", "Ex tax."),
            new("fee_lines (name, total)", "shipping_lines (code fee)", "Fees are carried as shipping lines with the code 'fee', ex tax (negative for a discount fee)."),
            new("billing / shipping", "billing_address / shipping_address", ""),
            new("currency", "currency", ""),
            new("date_created_gmt", "placed_at", ""),
            new("line totals, total_tax, shipping_total + fees, discount_total, total", "totals", "Subtotal and shipping ex tax, after coupons."),
            new("customer_note", "notes", ""),
            new("order note and meta stockbridge_source_order_code", "source_order_code", "Written back once the order is raised in the ERP."),
            new("status completed, note and meta stockbridge_tracking_number", "fulfillments", "Written when the ERP ships the order."),
        ], "Orders arrive by webhook (order.created, order.updated) and by a reconciling poll on modified_after."),
    ];
}
