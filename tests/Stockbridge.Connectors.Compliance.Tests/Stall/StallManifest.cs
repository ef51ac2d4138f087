using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Compliance.Tests.Stall;

/// <summary>
/// The manifest of a deliberately limited channel: products and orders, no webhooks, no fulfilments, no reconciliation, no
/// order index. The compliance run for it shows what a connector that lacks them sees: those tests skipped, by name.
/// </summary>
public static class StallManifest
{
    public const string Key = "stall";
    public const string StallIdSetting = "stall_id";
    public const string ApiKeySetting = "api_key";

    public static ConnectorManifest Create() => new()
    {
        Key = Key,
        DisplayName = "Market Stall",
        Kind = ConnectorKind.Channel,
        Capabilities = ConnectorCapabilities.Products | ConnectorCapabilities.Orders,
        Description = "A market stall that sells what the ERP stocks and takes orders; it holds everything in memory.",
        Settings =
        [
            new(StallIdSetting, "Stall id", SettingType.Text, "Which stall to reach, as its simulator names it."),
            new(ApiKeySetting, "API key", SettingType.Secret, "The key the stall gave you; it refuses any other."),
        ],
        FieldTables =
        [
            new("products", "ERP → stall", [new("title", "title", "The product's title"), new("price", "variant.price", "The price shown")]),
            new("orders", "stall → ERP", [new("code", "channel_order_code", "The stall's order code")]),
        ],
    };
}
