using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Magento2;

/// <summary>Binds the Magento2 connector to one connection.</summary>
public sealed class Magento2ConnectorFactory : IConnectorFactory
{
    /// <inheritdoc />
    public ConnectorManifest Manifest => Magento2Manifest.Manifest;

    /// <inheritdoc />
    public IConnector Create(ConnectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Magento2Connector(new Magento2Api(Magento2Settings.From(context), context.Http));
    }
}
