using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Parcelninja;

/// <summary>What the hub, the setup form and the getting-started page know about the Parcelninja fulfilment service.</summary>
public static class ParcelninjaManifest
{
    /// <summary>The connector's key.</summary>
    public const string Key = "parcelninja";

    /// <summary>The manifest.</summary>
    public static ConnectorManifest Manifest { get; } = new()
    {
        Key = Key,
        DisplayName = "Parcelninja",
        Kind = ConnectorKind.Fulfillment,
        Capabilities = ConnectorCapabilities.Fulfillments,
        Description = "Parcelninja is a fulfilment service. Stockbridge hands it the orders to ship and carries its tracking numbers back to the channels.",
        Settings = ParcelninjaSettingDefinitions.All,
        Prerequisites = ["An Parcelninja warehouse account with API access enabled."],
        FieldTables =
        [
            new("orders", "Stockbridge → Parcelninja",
            [
                new("reference", "channel_order_code", "The channel's order code: one shipment per order."),
                new("lines[].sku", "line_items[].sku", "The SKU to pick."),
                new("lines[].quantity", "line_items[].qty", "The quantity to pick."),
                new("tracking_number", "fulfillments[].tracking_number", "Read back once the order ships."),
            ]),
        ],
        NotSupported = ["Stock levels are not read from the warehouse."],
    };
}
