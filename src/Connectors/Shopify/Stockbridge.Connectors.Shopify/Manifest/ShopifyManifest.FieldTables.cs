using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Shopify.Manifest;

/// <summary>The default field tables shown on the connector's page.</summary>
public static partial class ShopifyManifest
{
    private static IReadOnlyList<FieldTable> FieldTables() =>
    [
        new("products", "to Shopify",
        [
            new("handle", "source_product_code", "Products are found by handle (the product code, lowercased) or by the id stored on the link."),
            new("title", "title", ""),
            new("descriptionHtml", "body_html", ""),
            new("vendor", "vendor", ""),
            new("productType", "product_type", ""),
            new("tags", "tags", "Replaced on every push."),
            new("status", "active", "ACTIVE, or DRAFT / ARCHIVED per the inactive-products setting."),
            new("productOptions", "options", "Up to three option names; values come from variants.option1..3."),
            new("variants.sku", "variants.sku", "The link between Shopify and the ERP."),
            new("variants.barcode", "variants.barcode", ""),
            new("variants.price", "variants.price_tiers.<price tier> or variants.price", ""),
            new("variants.compareAtPrice", "variants.price_tiers.<compare-at tier>", "Not sent when 0 or not above the price."),
            new("inventoryItem.tracked", "variants.inventory_management", ""),
            new("inventory level (available)", "variants.qty_availability.<warehouse>", "Per the location mapping; absolute, with compare-and-swap."),
        ], "Variants omitted from a push are deleted in Shopify (productSet replace semantics)."),
        new("customers", "to Stockbridge",
        [
            new("customer.email", "customer.email", "Arrives with each order; customers are not pushed to Shopify."),
            new("customer.first_name / last_name", "customer.first_name / last_name", ""),
            new("customer.phone", "customer.phone", ""),
        ]),
        new("orders", "to Stockbridge",
        [
            new("name (#1001)", "channel_order_code", "Also the ERP's customer PO number."),
            new("id", "channel_order_id", ""),
            new("line_items.sku", "line_items.sku", ""),
            new("line_items.title", "line_items.title", ""),
            new("line_items.quantity", "line_items.qty", ""),
            new("line_items.price", "line_items.price", "Per unit, converted to ex tax when the shop's prices include tax."),
            new("line_items.discount_allocations (+ discount_applications)", "line_items.total_discount, line_items.discounts", "Every discount Shopify allocated to the line (codes, automatic, manual, order-level spread across lines), ex tax; the legacy total_discount only when a line has no allocations."),
            new("line_items price × quantity − allocations − taxes", "line_items.net_total", "What the customer paid for the line ex tax, to the cent (taxes are taken off only when the shop's prices include tax)."),
            new("discount_codes", "discount_codes", "For people to read; the amounts are on the lines."),
            new("line_items.tax_lines", "line_items.tax_lines", ""),
            new("shipping_lines (code, title, price, discount_allocations)", "shipping_lines (price, discount)", "Ex tax; shipping discounts kept apart from the price."),
            new("billing_address / shipping_address", "billing_address / shipping_address", ""),
            new("currency", "currency", ""),
            new("subtotal_price, total_tax, total_discounts, total_price", "totals", "Subtotal and shipping ex tax, after their discounts."),
            new("note", "notes", ""),
            new("tag SO:<number>, note line, metafield", "source_order_code", "Written back once the order is raised in the ERP."),
        ], "Orders arrive by webhook (orders/create, orders/updated, orders/cancelled) and by a reconciling poll on updated_at; "
            + "refunds arrive by the refunds/create webhook only (the poll does not read refunds yet) and change or cancel the ERP order."),
    ];
}
