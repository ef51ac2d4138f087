namespace Stockbridge.Storage.Relational;

internal sealed class ConnectionRow
{
    public const string Columns = """
        id AS Id, client_id AS ClientId, connector_key AS ConnectorKey, name AS Name,
        settings_json AS SettingsJson, secrets_protected AS SecretsProtected, enabled AS Enabled, rules_json AS RulesJson
        """;

    public string Id { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ConnectorKey { get; set; } = "";
    public string Name { get; set; } = "";
    public string SettingsJson { get; set; } = "{}";
    public string SecretsProtected { get; set; } = "";
    public bool Enabled { get; set; }
    public string RulesJson { get; set; } = "{}";
}
