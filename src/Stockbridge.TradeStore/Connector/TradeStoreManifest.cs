using Stockbridge.Connectors.Manifest;

namespace Stockbridge.TradeStore.Connector;

/// <summary>The trade store's manifest: a channel the hub serves itself, so its settings are the store's rules, not credentials.</summary>
public static class TradeStoreManifest
{
    /// <summary>The connector key of a trade store connection.</summary>
    public const string Key = "tradestore";

    /// <summary>The manifest.</summary>
    public static ConnectorManifest Manifest { get; } = new()
    {
        Key = Key,
        DisplayName = "B2B Trade Store",
        Kind = ConnectorKind.Channel,
        Capabilities = ConnectorCapabilities.Orders | ConnectorCapabilities.Customers,
        Description = "A storefront for the merchant's trade customers, served by the hub at /store/{client}: the ERP's customers sign in, "
            + "see their own price tier and the stock of their warehouses, quick-order by SKU or CSV, and check out into the ERP on their own account.",
        Settings =
        [
            new(TradeStoreSettings.StoreNameKey, "Store name", SettingType.Text, "Shown at the top of every store page.", Required: false, Default: "Trade Store"),
            new(TradeStoreSettings.DefaultTierKey, "Default price tier", SettingType.Text,
                "The ERP price tier (e.g. price code A) for a customer whose account names none.", Required: false, Default: "A"),
            new(TradeStoreSettings.WarehousesKey, "Warehouses shown", SettingType.Text,
                "Comma-separated warehouse codes whose available stock is shown and can be ordered; empty = every warehouse.", Required: false),
            new(TradeStoreSettings.OverOrderKey, "Allow ordering beyond stock (over_order_enabled)", SettingType.Boolean,
                "When off, a cart may not hold more of a SKU than the shown warehouses have available.", Required: false, Default: "false"),
            new(TradeStoreSettings.MultiplesKey, "Pack multiple (qty_multiples_of)", SettingType.Integer,
                "Quantities must be a multiple of this, unless the product's meta qty_multiples_of says otherwise.", Required: false, Default: "1"),
            new(TradeStoreSettings.MinimumKey, "Minimum quantity per line", SettingType.Integer,
                "The least of a SKU a line may order, unless the product's meta min_order_qty says otherwise.", Required: false, Default: "1"),
            new(TradeStoreSettings.VatRateKey, "VAT rate (percent)", SettingType.Decimal, "Added to the ERP's ex-VAT prices at checkout.", Required: false, Default: "15"),
        ],
        NotSupported =
        [
            "Orders over the available credit are refused at the cart; placing them for the merchant's approval is not built yet.",
            "No online payment: orders are placed on the customer's account (the ERP's terms).",
        ],
    };
}
