using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Fulfillment;
using Stockbridge.Connectors.Shopify.Api;
using Stockbridge.Connectors.Shopify.Settings;
using Stockbridge.Connectors.Webhooks;

namespace Stockbridge.Connectors.Shopify;

/// <summary>
/// The Shopify channel connector: products via productSet, stock via inventorySetQuantities with compare-and-swap,
/// orders by webhook and by a reconciling poll, order-number write-back, fulfilments with tracking, drift snapshots.
/// It throws the hub's error classes and never retries on its own.
/// </summary>
public sealed partial class ShopifyConnector(ConnectionContext context)
    : IChannelConnector, ISupportsWebhooks, ISupportsReconciliation, ISupportsFulfillmentPush, ISupportsOrderIndex
{
    private readonly Lazy<ShopifySettings> _settings = new(() => ShopifySettings.From(context));
    private ShopifyGraphClient? _client;
    // The default location per shop (GraphQL URL) with when it was read: a connector instance lives for one job, and
    // reading it per job cost 3 of the 13 points of each product write (23% of a 100,000-variant load).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Id, long ReadAt)> DefaultLocations = new(StringComparer.Ordinal);

    private ShopifySettings Settings => _settings.Value;
    private ShopifyGraphClient Client => _client ??= new ShopifyGraphClient(context, Settings);

    /// <summary>The cost bucket as last seen (for tests and diagnostics).</summary>
    public ThrottleState Throttle => Client.Throttle;

    private Task<System.Text.Json.JsonElement> QueryAsync(string query, object? variables, int cost, CancellationToken ct) =>
        Client.SendAsync(new GraphRequest(query, variables, cost, IsMutation: false), ct);

    private Task<System.Text.Json.JsonElement> MutateAsync(string query, object? variables, int cost, CancellationToken ct) =>
        Client.SendAsync(new GraphRequest(query, variables, cost, IsMutation: true), ct);
}
