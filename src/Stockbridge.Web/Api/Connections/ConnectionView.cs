using Stockbridge.Storage.Connections;

namespace Stockbridge.Web.Api.Connections;

/// <summary>A connection as the API shows it: settings in full, secrets only by name (never their values).</summary>
/// <param name="Id">The connection id.</param>
/// <param name="ConnectorKey">The connector's manifest key.</param>
/// <param name="Name">Display name.</param>
/// <param name="Enabled">Whether the engine schedules work for it.</param>
/// <param name="Settings">Non-secret settings.</param>
/// <param name="SecretsSet">The keys of the secrets that have a value.</param>
public sealed record ConnectionView(
    string Id, string ConnectorKey, string Name, bool Enabled, IReadOnlyDictionary<string, string> Settings, IReadOnlyList<string> SecretsSet)
{
    /// <summary>The view of a stored connection.</summary>
    public static ConnectionView From(ConnectionRecord connection) => new(
        connection.Id, connection.ConnectorKey, connection.Name, connection.Enabled, connection.Settings,
        [.. connection.Secrets.Keys.Order(StringComparer.Ordinal)]);
}
