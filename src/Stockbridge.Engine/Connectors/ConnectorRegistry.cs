using Microsoft.Extensions.Logging;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Manifest;
using Stockbridge.Engine.HostAccess;
using Stockbridge.Storage.Connections;

namespace Stockbridge.Engine.Connectors;

/// <summary>
/// The connectors this process knows, by manifest key, and the one place connector instances are made: from a
/// <see cref="ConnectionRecord"/> (settings and decrypted secrets), a named HttpClient, the clock and a logger.
/// Settings that name a local file are checked against the operator's <see cref="HostAccessPolicy"/> here, every time.
/// </summary>
public sealed class ConnectorRegistry
{
    private readonly Dictionary<string, IConnectorFactory> factories = new(StringComparer.Ordinal);
    private readonly IHttpClientFactory http;
    private readonly TimeProvider time;
    private readonly ILoggerFactory loggers;
    private readonly HostAccessPolicy hostAccess;

    /// <summary>Creates the registry; two factories with one key is a configuration error.</summary>
    public ConnectorRegistry(
        IEnumerable<IConnectorFactory> factories, IHttpClientFactory http, TimeProvider time, ILoggerFactory loggers, HostAccessPolicy hostAccess)
    {
        ArgumentNullException.ThrowIfNull(factories);
        foreach (var factory in factories)
        {
            if (!this.factories.TryAdd(factory.Manifest.Key, factory))
                throw new InvalidOperationException($"Two connectors are registered with key '{factory.Manifest.Key}'.");
        }
        (this.http, this.time, this.loggers, this.hostAccess) = (http, time, loggers, hostAccess);
    }

    /// <summary>The manifests of every registered connector, by key.</summary>
    public IReadOnlyList<ConnectorManifest> Manifests => [.. factories.Values.Select(f => f.Manifest).OrderBy(m => m.Key, StringComparer.Ordinal)];

    /// <summary>The factory with this manifest key, or null.</summary>
    public IConnectorFactory? Find(string key) => factories.GetValueOrDefault(key);

    /// <summary>The name of the HttpClient a connector key gets (configure it with <c>AddHttpClient(name)</c>).</summary>
    public static string HttpClientName(string connectorKey) => $"stockbridge.connector.{connectorKey}";

    /// <summary>
    /// A connector bound to <paramref name="connection"/>; a permanent error when its connector is not registered or a
    /// setting names a local file the operator does not allow.
    /// </summary>
    public IConnector Create(ConnectionRecord connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var factory = Find(connection.ConnectorKey)
            ?? throw new PermanentConnectorException($"Connection '{connection.Id}' uses connector '{connection.ConnectorKey}', which is not installed.");
        var context = new ConnectionContext(
            connection.ClientId,
            connection.Id,
            HostSettings.Resolve(hostAccess, factory.Manifest, connection.AllSettings()),
            http.CreateClient(HttpClientName(connection.ConnectorKey)),
            time,
            loggers.CreateLogger($"Stockbridge.Connectors.{connection.ConnectorKey}"));
        return factory.Create(context);
    }
}
