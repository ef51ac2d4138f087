using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.ISync;

/// <summary>What the hub, the setup form and the getting-started page know about the ISync ERP.</summary>
public static class ISyncManifest
{
    /// <summary>The connector's key.</summary>
    public const string Key = "isync";

    /// <summary>The manifest.</summary>
    public static ConnectorManifest Manifest { get; } = new()
    {
        Key = Key,
        DisplayName = "ISync",
        Kind = ConnectorKind.Source,
        Capabilities = ConnectorCapabilities.Products | ConnectorCapabilities.Customers | ConnectorCapabilities.Orders,
        Description = "ISync is an ERP. Stockbridge reads its products, prices, stock and customers and raises channel orders into it exactly once.",
        Settings = ISyncSettingDefinitions.All,
        Prerequisites = ["An ISync user with read access to stock and customers and write access to sales orders."],
        FieldTables =
        [
            new("products", "ISync → Stockbridge",
            [
                new("code", "source_product_code", "One product per stock code."),
                new("sku", "variants.sku", "The stock code as the channels' SKU."),
                new("title", "title", "The product's description."),
                new("price", "variants.price", "The selling price ex tax."),
                new("quantity", "variants.qty", "Quantity on hand less allocated."),
                new("active", "active", "Inactive stock codes are hidden or archived on the channels."),
            ]),
            new("customers", "ISync → Stockbridge",
            [
                new("code", "source_customer_code", "The customer's account code."),
                new("name", "company", "The customer's name."),
                new("email", "email", "Used to match channel orders to accounts."),
            ]),
            new("orders", "Stockbridge → ISync",
            [
                new("reference", "channel_order_code", "The channel's order code, so the order is raised once."),
                new("customer", "source_customer_code", "The matched account, or the connection's default customer."),
                new("lines[].sku", "line_items[].sku", "The stock code."),
                new("lines[].quantity", "line_items[].qty", "The quantity."),
                new("lines[].net_total", "line_items[].net_total", "What the shopper paid for the line ex tax, after discounts."),
                new("freight", "shipping_lines[].price", "Shipping charged ex tax."),
            ]),
        ],
        NotSupported = ["Incremental reads: every pull reads the whole catalogue."],
    };
}
