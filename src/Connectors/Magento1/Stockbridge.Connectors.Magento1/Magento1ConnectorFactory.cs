using Stockbridge.Connectors.Magento1.Soap;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Magento1;

/// <summary>Binds the Magento 1 connector to one connection.</summary>
public sealed class Magento1ConnectorFactory : IConnectorFactory
{
    /// <summary>How long one SOAP call may take.</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(60);

    /// <inheritdoc />
    public ConnectorManifest Manifest => Magento1Manifest.Manifest;

    /// <inheritdoc />
    public IConnector Create(ConnectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = Magento1Settings.From(context);
        return new Magento1Connector(settings, new MagentoSoapGateway(settings, CallTimeout));
    }
}
