using System.Collections.Concurrent;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Sync.Tests.Support;

/// <summary>A connector factory handing out the test instance registered for each connection id.</summary>
public sealed class TestConnectorFactory(string key, ConnectorKind kind, ConnectorCapabilities capabilities) : IConnectorFactory
{
    public ConcurrentDictionary<string, IConnector> Instances { get; } = new(StringComparer.Ordinal);

    public ConnectorManifest Manifest { get; } = new()
    {
        Key = key, DisplayName = key, Kind = kind, Capabilities = capabilities, Description = "A test connector.", Settings = [],
    };

    public IConnector Create(ConnectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Instances[context.ConnectionId];
    }
}
