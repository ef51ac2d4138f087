using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Magento1;

/// <summary>What the hub, the setup form and the getting-started page know about the Magento 1 channel.</summary>
public static class Magento1Manifest
{
    /// <summary>The connector's key.</summary>
    public const string Key = "magento1";

    /// <summary>The manifest.</summary>
    public static ConnectorManifest Manifest { get; } = new()
    {
        Key = Key,
        DisplayName = "Magento 1 (OpenMage)",
        Kind = ConnectorKind.Channel,
        Capabilities = ConnectorCapabilities.Products | ConnectorCapabilities.Orders | ConnectorCapabilities.Fulfillments,
        Description = "Magento 1 / OpenMage is a sales channel reached over its SOAP v2 API. Stockbridge keeps its products (configurables with their simples), " +
            "prices, stock and status in step with the ERP, polls its orders with salesOrderList on updated_at and raises each into the ERP exactly once, " +
            "writes the ERP order number back as an order comment, and ships orders with tracking when they are fulfilled.",
        Settings = Magento1SettingDefinitions.All,
        Prerequisites =
        [
            "A SOAP/XML-RPC role (System > Web Services > SOAP/XML-RPC - Roles) with the Catalog, Inventory and Sales resources, and a user with an API key in that role.",
            "The SOAP v2 API reachable at api/v2_soap under the store URL, with WS-I compliance off (System > Configuration > Services > Magento Core API > General Settings > WS-I Compliance: No).",
        ],
        FieldTables =
        [
            new("products", "Stockbridge → Magento 1 (catalogProductCreate / catalogProductUpdate)",
            [
                new("sku", "variants.sku", "One simple product per SKU; a product with several variants is also a configurable whose SKU is the source product code."),
                new("name", "title", "The product's name (a configurable's simples add their option values)."),
                new("description", "body_html", "The description."),
                new("price", "variants.price", "The price tier the connection's rules choose."),
                new("status", "status", "Enabled (1) when active; Disabled (2) when hidden, archived or deleted."),
                new("stock_data.qty", "variants.qty", "The projected quantity; is_in_stock while above 0."),
                new("websites", "website_id", "The website set on the connection."),
            ]),
            new("orders", "Magento 1 → Stockbridge (salesOrderInfo), and written back",
            [
                new("increment_id", "channel_order_code", "The order number shoppers see."),
                new("customer_email", "customer.email", "The shopper's email."),
                new("items[].sku", "line_items[].sku", "The SKU ordered (a configurable's line carries its simple's SKU)."),
                new("items[].qty_ordered", "line_items[].qty", "The quantity ordered."),
                new("items[].price", "line_items[].price", "The unit price ex tax."),
                new("items[].row_total - items[].discount_amount", "line_items[].net_total", "What the line was charged ex tax, after discounts, to the cent."),
                new("shipping_amount", "shipping_lines[].price", "Shipping charged ex tax."),
                new("grand_total - tax_amount", "unallocated_discount", "Any discount not on the lines (e.g. on shipping), so the order adds up to what the shopper paid."),
                new("coupon_code", "discount_codes", "The coupon used."),
                new("status_history[].comment", "source_order_code", "Written back: the ERP order number as the comment \"ERP order: SO-1001\" (salesOrderAddComment), once."),
                new("shipments[].tracks[].number", "fulfillment.tracking_number", "Written back: a shipment of the fulfilled lines (salesOrderShipmentCreate) with the tracking number (salesOrderShipmentAddTrack, carrier custom)."),
            ]),
        ],
        NotSupported =
        [
            "Customers are not synced to Magento.",
            "Webhooks: Magento 1 has none; orders are polled.",
            "Deleting products: Magento's products are disabled instead.",
            "Compare-and-swap on stock: Magento 1 has none; the last write wins.",
            "A store with WS-I compliance on: Magento then answers api/v2_soap in WS-I's message shapes (…RequestParam wrappers, complexObjectArray arrays), which the connector does not speak; XML-RPC.",
            "Checked against the simulator only: a real store's api/v2_soap is RPC/encoded (xsi:type on every value, SOAP-ENC arrays, unqualified parts), while the connector sends and reads document/literal with the same names. " +
                "PHP's SoapServer is expected to read such requests, but an answer's SOAP-ENC array types may not be read by the client; see magento1-wire-contract.md before going live.",
            "Images (catalogProductAttributeMediaCreate) and categories.",
        ],
    };
}
