using Stockbridge.Connectors.Manifest;
using Stockbridge.Connectors.Syspro.Manifest;

namespace Stockbridge.Connectors.Syspro;

/// <summary>The SYSPRO source connector: products, prices, stock and customers from the company database; orders raised through e.net SORTOI.</summary>
public sealed class SysproConnectorFactory : IConnectorFactory
{
    /// <inheritdoc />
    public ConnectorManifest Manifest => SysproManifest.Instance;

    /// <inheritdoc />
    public IConnector Create(ConnectionContext context) => new SysproConnector(context);
}
