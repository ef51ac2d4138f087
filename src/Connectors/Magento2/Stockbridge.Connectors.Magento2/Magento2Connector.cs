using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Fulfillment;
using Stockbridge.Connectors.Magento2.Api;
using Stockbridge.Connectors.Magento2.Products;
using Stockbridge.Connectors.Magento2.Settings;

namespace Stockbridge.Connectors.Magento2;

/// <summary>
/// The Magento 2 channel connector: simple and configurable products (synchronously or through the async bulk API), base
/// prices per store, MSI or legacy stock, orders by polling <c>updated_at</c> with an overlap (Magento core has no
/// webhooks), the ERP's order number as an order comment, shipments with tracking, drift snapshots. It throws the hub's
/// error classes and retries nothing on its own, except one admin-token renewal.
/// </summary>
public sealed partial class Magento2Connector(ConnectionContext context)
    : IChannelConnector, ISupportsOrderIndex, ISupportsReconciliation, ISupportsFulfillmentPush
{
    private readonly Lazy<Magento2Settings> _settings = new(() => Magento2Settings.From(context));
    private MagentoRestClient? _client;

    private Magento2Settings Settings => _settings.Value;

    private MagentoRestClient Client => _client ??= new MagentoRestClient(Settings, context.Http, context.Time);

    /// <inheritdoc />
    public async Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken)
    {
        try
        {
            var page = await Client.GetAsync("products", new SearchQuery().Page(1, 1), cancellationToken);
            return new([new ConnectionCheck("rest api", true,
                $"Connected to {Settings.RestBase(Settings.StoreCode)} ({Settings.AuthMethod}); {page?["total_count"]} product(s) in the catalogue.")]);
        }
        catch (Errors.ConnectorException e)
        {
            return new([new ConnectionCheck("rest api", false, e.Message)]);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PushOutcome>> PushProductsAsync(IReadOnlyList<ProductPush> batch, CancellationToken cancellationToken)
    {
        var writer = new CatalogWriter(Client, context.Time, TimeSpan.FromSeconds(Settings.BulkWaitSeconds));
        return new ProductPusher(Client, Settings, writer, new StockWriter(Client, Settings)).PushAsync(batch, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PushOutcome>> PushStockAsync(IReadOnlyList<StockPush> batch, CancellationToken cancellationToken) =>
        new StockWriter(Client, Settings).PushAsync(batch, cancellationToken);
}
