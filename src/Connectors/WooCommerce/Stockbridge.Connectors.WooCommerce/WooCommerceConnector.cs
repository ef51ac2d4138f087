using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Fulfillment;
using Stockbridge.Connectors.WooCommerce.Api;
using Stockbridge.Connectors.WooCommerce.Settings;
using Stockbridge.Connectors.Webhooks;

namespace Stockbridge.Connectors.WooCommerce;

/// <summary>
/// The WooCommerce channel connector: products and variations through the batch endpoints, stock by id, orders by webhook
/// and by a reconciling poll on modified_after, order-number write-back (note and meta), fulfilments (completed with
/// tracking), drift snapshots. It throws the hub's error classes and never retries on its own.
/// </summary>
public sealed partial class WooCommerceConnector(ConnectionContext context)
    : IChannelConnector, ISupportsWebhooks, ISupportsFulfillmentPush, ISupportsOrderIndex, ISupportsReconciliation
{
    private readonly Lazy<WooCommerceSettings> _settings = new(() => WooCommerceSettings.From(context));
    private WooCommerceRestClient? _client;

    private WooCommerceSettings Settings => _settings.Value;
    private WooCommerceRestClient Client => _client ??= new WooCommerceRestClient(context, Settings);
}
