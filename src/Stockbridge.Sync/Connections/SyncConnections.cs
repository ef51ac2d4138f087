using Stockbridge.Connectors;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Manifest;
using Stockbridge.Engine.Connectors;
using Stockbridge.Storage;
using Stockbridge.Storage.Connections;

namespace Stockbridge.Sync.Connections;

/// <summary>Finds a client's connections by role and binds them to their connectors.</summary>
public sealed class SyncConnections(IStore store, ConnectorRegistry registry)
{
    /// <summary>The connection, or a permanent error when it is gone.</summary>
    public async Task<ConnectionRecord> GetAsync(string clientId, string? connectionId, CancellationToken cancellationToken)
    {
        if (connectionId is null) throw new PermanentConnectorException("The job names no connection.");
        return await store.Connections.GetAsync(clientId, connectionId, cancellationToken)
            ?? throw new PermanentConnectorException($"Connection '{connectionId}' does not exist for client '{clientId}'.");
    }

    /// <summary>The connector of <paramref name="connection"/> in role <typeparamref name="T"/>, or a permanent error.</summary>
    public T Bind<T>(ConnectionRecord connection)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(connection);
        return registry.Create(connection) as T
            ?? throw new PermanentConnectorException($"Connector '{connection.ConnectorKey}' of connection '{connection.Id}' cannot act as {typeof(T).Name}.");
    }

    /// <summary>The connector of <paramref name="connection"/> if it also plays role <typeparamref name="T"/>.</summary>
    public T? TryBind<T>(ConnectionRecord connection)
        where T : class => registry.Create(connection) as T;

    /// <summary>The roles of a connection's connector (None when not installed).</summary>
    public ConnectorKind KindOf(ConnectionRecord connection) =>
        registry.Find(connection.ConnectorKey)?.Manifest.Kind ?? ConnectorKind.None;

    /// <summary>The client's enabled connections playing <paramref name="kind"/>.</summary>
    public async Task<IReadOnlyList<ConnectionRecord>> ListAsync(string clientId, ConnectorKind kind, CancellationToken cancellationToken)
    {
        var all = await store.Connections.ListAsync(clientId, cancellationToken);
        return [.. all.Where(c => c.Enabled && KindOf(c).HasFlag(kind))];
    }

    /// <summary>The source connection orders are raised into: the first enabled source that takes orders, or null.</summary>
    public async Task<ConnectionRecord?> OrderSourceAsync(string clientId, CancellationToken cancellationToken)
    {
        var sources = await ListAsync(clientId, ConnectorKind.Source, cancellationToken);
        return sources.FirstOrDefault(c => registry.Find(c.ConnectorKey)!.Manifest.Capabilities.HasFlag(ConnectorCapabilities.Orders))
            ?? sources.FirstOrDefault();
    }
}
