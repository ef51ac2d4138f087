using Stockbridge.Connectors.Webhooks;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.Compliance;

/// <summary>A fixture for a channel connector.</summary>
public interface IChannelFixture : IConnectorFixture
{
    /// <summary>Places an order on the simulator as a shopper would, for a SKU that exists there; returns the channel order code.</summary>
    Task<string> PlaceOrderAsync(string sku);

    /// <summary>A webhook request for this body, signed as the channel signs it.</summary>
    WebhookRequest SignedWebhook(byte[] body);

    /// <summary>A product to push, with one variant per SKU given, priced and stocked.</summary>
    Product SampleProduct(string code, params string[] skus);

    /// <summary>The status an active product is pushed with.</summary>
    Channel.ChannelProductStatus ActiveStatus => Channel.ChannelProductStatus.Active;
}
