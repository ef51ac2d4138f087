using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Fulfillment;
using Stockbridge.Connectors.Takealot.Api;
using Stockbridge.Connectors.Takealot.Offers;
using Stockbridge.Connectors.Takealot.Orders;
using Stockbridge.Connectors.Webhooks;

namespace Stockbridge.Connectors.Takealot;

/// <summary>
/// The Takealot marketplace channel: offers (whole-rand price, RRP, leadtime stock in the mapped merchant warehouse) written in
/// batches, sales read by signed webhook and by polling in 180-day windows, leadtime shipments confirmed back; Takealot-fulfilled
/// sales are marked shipped by Takealot so the hub never sends them to the merchant's warehouse.
/// </summary>
public sealed partial class TakealotConnector : IChannelConnector, ISupportsReconciliation, ISupportsWebhooks, ISupportsFulfillmentPush
{
    private readonly TakealotSettings _settings;
    private readonly TakealotClient _client;
    private readonly BatchRunner _batches;
    private readonly OfferItemBuilder _items;
    private readonly SalesReader _sales;

    /// <summary>A connector for one connection.</summary>
    public TakealotConnector(TakealotSettings settings, HttpClient http, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _client = new TakealotClient(settings, http);
        _batches = new BatchRunner(_client, time);
        _items = new OfferItemBuilder(settings);
        _sales = new SalesReader(_client, time);
    }

    /// <inheritdoc />
    public async Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken)
    {
        var checks = new List<ConnectionCheck>();
        try
        {
            var count = await _client.GetAsync("v2/offers/count", cancellationToken)
                ?? throw new PermanentConnectorException($"{_settings.BaseUrl} has no Takealot Seller API (GET /v2/offers/count: 404)");
            checks.Add(new ConnectionCheck("api", true, $"the Seller API took the key; the account has {count["count"]?.ToString() ?? "?"} offers"));
        }
        catch (ConnectorException e)
        {
            checks.Add(new ConnectionCheck("api", false, e.Message));
        }
        checks.Add(string.IsNullOrEmpty(_settings.WebhookSecret)
            ? new ConnectionCheck("webhooks", false, "no webhook secret: sales are found by polling only")
            : new ConnectionCheck("webhooks", true, "a webhook secret is set"));
        return new ConnectionTestResult(checks);
    }

    /// <summary>
    /// Takealot keeps no seller reference on a sale, so the ERP's order number has nowhere to go: nothing is written (the ERP's
    /// order carries Takealot's order id as its customer PO number, and the hub keeps the pairing).
    /// </summary>
    public Task MarkOrderRaisedAsync(Domain.Orders.Order order, string sourceOrderCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        return Task.CompletedTask;
    }
}
