using System.Text.RegularExpressions;
using Stockbridge.Engine.Connectors;
using Stockbridge.Engine.HostAccess;
using Stockbridge.Storage;
using Stockbridge.Storage.Connections;
using Stockbridge.Web.Operations;

namespace Stockbridge.Web.Api.Connections;

/// <summary>Creates and updates connections after validating them against their connector's manifest (API and console).</summary>
public sealed partial class ConnectionSaver(IStore store, ConnectorRegistry registry, HostAccessPolicy hostAccess)
{
    /// <summary>Saves the connection; returns it, or the problems by field.</summary>
    public async Task<(ConnectionRecord? Saved, IReadOnlyDictionary<string, string[]> Errors)> SaveAsync(
        string clientId, ConnectionInput input, ConnectionRecord? existing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var id = existing?.Id ?? input.Id?.Trim() ?? "";
        var key = existing?.ConnectorKey ?? input.ConnectorKey?.Trim() ?? "";
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (existing is null && !IdPattern().IsMatch(id)) errors["id"] = ["The id must be 2-64 lowercase letters, digits or dashes."];
        var factory = registry.Find(key);
        if (factory is null) errors["connector_key"] = [$"No connector '{key}' is installed."];
        var name = string.IsNullOrWhiteSpace(input.Name) ? existing?.Name ?? id : input.Name.Trim();
        if (errors.Count > 0 || factory is null) return (null, errors);

        // Ids are unique across clients (they are in the webhook URL): one answer whoever holds the id, so it never
        // tells a client that another client has a connection of that name.
        if (existing is null && await store.Connections.FindForWebhookAsync(id, cancellationToken) is not null)
            return (null, new Dictionary<string, string[]> { ["id"] = [$"The id '{id}' is not available; choose another."] });
        var validation = ConnectionSettingsValidator.Validate(factory.Manifest, input.Settings ?? [], existing, hostAccess);
        if (!validation.Valid) return (null, validation.Errors);

        var connection = (existing ?? new ConnectionRecord { ClientId = clientId, Id = id, ConnectorKey = key, Name = name }) with
        {
            Name = name,
            Enabled = input.Enabled ?? existing?.Enabled ?? true,
            Settings = validation.Settings,
            Secrets = validation.Secrets,
        };
        await store.Connections.SaveAsync(connection, cancellationToken);
        return (connection, errors);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,63}$")]
    private static partial Regex IdPattern();
}
