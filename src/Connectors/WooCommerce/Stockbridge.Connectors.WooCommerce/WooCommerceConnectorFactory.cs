using Stockbridge.Connectors.Manifest;
using Stockbridge.Connectors.WooCommerce.Manifest;

namespace Stockbridge.Connectors.WooCommerce;

/// <summary>Registers the WooCommerce channel connector (manifest key <c>woocommerce</c>).</summary>
public sealed class WooCommerceConnectorFactory : IConnectorFactory
{
    /// <inheritdoc />
    public ConnectorManifest Manifest { get; } = WooCommerceManifest.Create();

    /// <inheritdoc />
    public IConnector Create(ConnectionContext context) => new WooCommerceConnector(context);
}
