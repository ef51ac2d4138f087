using Stockbridge.Connectors.Manifest;
using Stockbridge.Connectors.Shopify.Manifest;

namespace Stockbridge.Connectors.Shopify;

/// <summary>Registers the Shopify channel connector (manifest key <c>shopify</c>).</summary>
public sealed class ShopifyConnectorFactory : IConnectorFactory
{
    /// <inheritdoc />
    public ConnectorManifest Manifest { get; } = ShopifyManifest.Create();

    /// <inheritdoc />
    public IConnector Create(ConnectionContext context) => new ShopifyConnector(context);
}
