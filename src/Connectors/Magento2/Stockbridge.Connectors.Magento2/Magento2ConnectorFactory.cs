using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Magento2;

/// <summary>Registers the Magento 2 channel connector (manifest key <c>magento2</c>).</summary>
public sealed class Magento2ConnectorFactory : IConnectorFactory
{
    /// <inheritdoc />
    public ConnectorManifest Manifest => Magento2Manifest.Manifest;

    /// <inheritdoc />
    public IConnector Create(ConnectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Magento2Connector(context);
    }
}
