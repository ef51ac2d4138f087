using Stockbridge.Connectors;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.TradeStore.Connector;

/// <summary>Registers the trade store as a connector, so a client's store is a connection like any channel.</summary>
public sealed class TradeStoreConnectorFactory : IConnectorFactory
{
    /// <inheritdoc />
    public ConnectorManifest Manifest => TradeStoreManifest.Manifest;

    /// <inheritdoc />
    public IConnector Create(ConnectionContext context) => new TradeStoreConnector(context);
}
