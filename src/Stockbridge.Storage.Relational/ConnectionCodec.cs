using System.Text.Json;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Security;

namespace Stockbridge.Storage.Relational;

/// <summary>Turns connections into rows and back; the secrets go to disk only as one JSON blob protected for the connection's client.</summary>
internal sealed class ConnectionCodec(ISecretProtector protector)
{
    public object ToParameters(ConnectionRecord connection, long now) => new
    {
        connection.Id,
        connection.ClientId,
        connection.ConnectorKey,
        connection.Name,
        SettingsJson = JsonSerializer.Serialize(connection.Settings),
        SecretsProtected = protector.Protect(connection.ClientId, JsonSerializer.Serialize(connection.Secrets)),
        connection.Enabled,
        connection.RulesJson,
        Now = now,
    };

    public ConnectionRecord ToRecord(ConnectionRow row) => new()
    {
        Id = row.Id,
        ClientId = row.ClientId,
        ConnectorKey = row.ConnectorKey,
        Name = row.Name,
        Settings = ReadMap(row.SettingsJson),
        Secrets = ReadMap(protector.Unprotect(row.ClientId, row.SecretsProtected)),
        Enabled = row.Enabled,
        RulesJson = row.RulesJson,
    };

    private static Dictionary<string, string> ReadMap(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? new Dictionary<string, string>();
}
