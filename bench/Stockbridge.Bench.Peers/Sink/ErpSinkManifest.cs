using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Bench.Peers.Sink;

/// <summary>The bench-only ERP sink connector's manifest.</summary>
internal static class ErpSinkManifest
{
    public const string Key = "erp-sink";
    public const string SinkUrl = "sink_url";

    public static ConnectorManifest Instance { get; } = new()
    {
        Key = Key,
        DisplayName = "ERP sink (bench)",
        Kind = ConnectorKind.Source,
        Capabilities = ConnectorCapabilities.Customers | ConnectorCapabilities.Orders,
        Description = "Raises orders by POSTing SORTOI-style XML to the peers' benchmark sink; bench only.",
        Settings = [new SettingDefinition(SinkUrl, "Sink URL", SettingType.Url, "Where sales-order XML is POSTed.")],
    };
}
