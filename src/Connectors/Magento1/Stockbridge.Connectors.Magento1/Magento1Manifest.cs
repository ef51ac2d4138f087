using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Magento1;

/// <summary>What the hub, the setup form and the getting-started page know about the Magento1 channel.</summary>
public static class Magento1Manifest
{
    /// <summary>The connector's key.</summary>
    public const string Key = "magento1";

    /// <summary>The manifest.</summary>
    public static ConnectorManifest Manifest { get; } = new()
    {
        Key = Key,
        DisplayName = "Magento1",
        Kind = ConnectorKind.Channel,
        Capabilities = ConnectorCapabilities.Products | ConnectorCapabilities.Orders,
        Description = "Magento1 is a sales channel. Stockbridge keeps its products, prices and stock in step with the ERP and raises its orders into the ERP exactly once.",
        Settings = Magento1SettingDefinitions.All,
        Prerequisites = ["An Magento1 account with API access enabled."],
        FieldTables =
        [
            new("products", "Stockbridge → Magento1",
            [
                new("sku", "variants.sku", "One Magento1 product per SKU."),
                new("title", "title", "The product's title."),
                new("price", "variants.price", "The price tier the connection's rules choose."),
                new("quantity", "variants.qty", "The projected quantity (stock less buffer and unraised orders)."),
                new("status", "status", "active, hidden, archived or deleted per the inactive-products rule."),
            ]),
            new("orders", "Magento1 → Stockbridge",
            [
                new("code", "channel_order_code", "The order's code, unique per channel."),
                new("email", "customer.email", "The shopper's email."),
                new("lines[].sku", "line_items[].sku", "The SKU ordered."),
                new("lines[].quantity", "line_items[].qty", "The quantity ordered."),
                new("lines[].unit_price", "line_items[].price", "The unit price ex tax."),
                new("lines[].net_total", "line_items[].net_total", "What was charged for the line ex tax, after discounts."),
                new("shipping", "shipping_lines[].price", "Shipping charged ex tax."),
            ]),
        ],
        NotSupported = ["Customers are not synced to Magento1.", "Webhooks: orders are read by polling."],
    };
}
