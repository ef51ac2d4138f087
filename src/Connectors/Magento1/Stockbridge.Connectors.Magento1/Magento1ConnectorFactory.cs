using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Magento1;

/// <summary>Binds the Magento1 connector to one connection.</summary>
public sealed class Magento1ConnectorFactory : IConnectorFactory
{
    /// <inheritdoc />
    public ConnectorManifest Manifest => Magento1Manifest.Manifest;

    /// <inheritdoc />
    public IConnector Create(ConnectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Magento1Connector(new Magento1Api(Magento1Settings.From(context), context.Http));
    }
}
