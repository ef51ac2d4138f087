using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Compliance.Tests.Depot;

/// <summary>The manifest of a small fulfilment depot held in memory, so the fulfilment compliance kit has a connector to run against.</summary>
public static class DepotManifest
{
    public const string Key = "depot";
    public const string DepotIdSetting = "depot_id";
    public const string ApiKeySetting = "api_key";

    public static ConnectorManifest Create() => new()
    {
        Key = Key,
        DisplayName = "Depot",
        Kind = ConnectorKind.Fulfillment,
        Capabilities = ConnectorCapabilities.Fulfillments,
        Description = "A fulfilment depot that ships the orders it is handed and reports their tracking; it holds everything in memory.",
        Settings =
        [
            new(DepotIdSetting, "Depot id", SettingType.Text, "Which depot to reach, as its simulator names it."),
            new(ApiKeySetting, "API key", SettingType.Secret, "The key the depot gave you; it refuses any other."),
        ],
        FieldTables = [new("orders", "hub → depot", [new("reference", "channel_order_code", "The order the shipment is for")])],
    };
}
