using System.Text.Json.Nodes;
using Stockbridge.Connectors.Parcelninja.Simulator.State;
using Stockbridge.Connectors.Parcelninja.Simulator.Wire;
using Stockbridge.Simulators.Faults;
using Stockbridge.Simulators.Webhooks;

namespace Stockbridge.Connectors.Parcelninja.Simulator.Webhooks;

/// <summary>
/// Sends the account's webhooks, unsigned (Parcelninja signs nothing), to its one callback URL: an outbound status webhook
/// for every new outbound event and a stock-adjustment webhook for every stock change. Fault targets (webhook kinds):
/// <see cref="OutboundStatusTopic"/> and <see cref="StockAdjustmentTopic"/>.
/// </summary>
public sealed class ParcelninjaWebhookSender : IAsyncDisposable
{
    /// <summary>The fault target of status webhooks.</summary>
    public const string OutboundStatusTopic = "outbound-status";

    /// <summary>The fault target of stock-adjustment webhooks.</summary>
    public const string StockAdjustmentTopic = "stock-adjustment";

    private readonly HttpClient _http = new();
    private readonly WebhookDispatcher _dispatcher;
    private readonly string _storeName;

    /// <summary>Wires the sender to the warehouse's events.</summary>
    public ParcelninjaWebhookSender(Warehouse warehouse, FaultInjector faults, TimeProvider time, IReadOnlyList<TimeSpan> retryDelays, string storeName)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        _storeName = storeName;
        _dispatcher = new WebhookDispatcher(new WebhookDispatcherOptions { RetryDelays = retryDelays }, faults, time, _http)
        {
            Targets = _ => warehouse.HookUrl is { } url ? [new WebhookTarget("callback", url)] : [],
        };
        warehouse.OutboundChanged = outbound => Publish(OutboundStatusTopic, OutboundJson.Webhook(outbound));
        warehouse.StockAdjusted = adjustment => Publish(StockAdjustmentTopic, InventoryJson.Adjustment(adjustment, _storeName));
    }

    /// <summary>Every delivery attempt so far.</summary>
    public IReadOnlyCollection<WebhookDeliveryRecord> Log => _dispatcher.Log;

    /// <summary>Completes when every delivery started so far has finished.</summary>
    public Task WhenIdleAsync() => _dispatcher.WhenIdleAsync();

    private void Publish(string topic, JsonObject payload) => _dispatcher.Publish(topic, System.Text.Encoding.UTF8.GetBytes(payload.ToJsonString()));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _dispatcher.DisposeAsync();
        _http.Dispose();
    }
}
