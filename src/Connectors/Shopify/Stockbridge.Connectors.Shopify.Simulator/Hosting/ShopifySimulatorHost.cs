using Stockbridge.Connectors.Shopify.Simulator.Endpoints;
using Stockbridge.Connectors.Shopify.Simulator.Shoppers;
using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Simulators.Faults;
using Stockbridge.Simulators.Webhooks;

namespace Stockbridge.Connectors.Shopify.Simulator.Hosting;

/// <summary>A running simulated shop: where it listens, its credentials, and handles for tests and the demo.</summary>
public sealed class ShopifySimulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _webhookHttp;

    internal ShopifySimulatorHost(WebApplication app, SimulatorRuntime runtime, HttpClient webhookHttp, Uri baseUrl)
    {
        _app = app;
        _webhookHttp = webhookHttp;
        Runtime = runtime;
        BaseUrl = baseUrl;
    }

    /// <summary>e.g. http://127.0.0.1:5123/</summary>
    public Uri BaseUrl { get; }
    /// <summary>The Admin API base URL a connector is configured with: {BaseUrl}admin/api</summary>
    public string AdminApiBaseUrl => new Uri(BaseUrl, "admin/api").ToString();
    public string ShopDomain => Runtime.Options.ShopDomain;
    public string AccessToken => Runtime.Options.AccessToken;
    public string WebhookSecret => Runtime.Options.WebhookSecret;
    /// <summary>
    /// Faults to inject (the simulator kit's rules); change them at any time. Admin API calls are target
    /// <c>graphql</c>, webhooks their topic; <c>*</c> is both.
    /// </summary>
    public FaultInjector Faults => Runtime.Faults;
    /// <summary>Every webhook delivery attempt so far.</summary>
    public IReadOnlyCollection<WebhookDeliveryRecord> WebhookLog => Runtime.Webhooks.Log;
    /// <summary>Admin API requests received so far (a test's count of the hub's outside calls to this shop).</summary>
    public long AdminRequestCount => Runtime.AdminRequests;
    /// <summary>The shop's internals, for tests that read state directly.</summary>
    public SimulatorRuntime Runtime { get; }

    /// <summary>Ready-made settings for a <c>shopify</c> connection pointed at this simulator (keys as in the connector's manifest).</summary>
    public IReadOnlyDictionary<string, string> ConnectionSettings(string apiVersion = "2026-04") => new Dictionary<string, string>
    {
        ["shop_domain"] = ShopDomain,
        ["admin_api_base_url"] = AdminApiBaseUrl,
        ["api_version"] = apiVersion,
        ["access_token"] = AccessToken,
        ["webhook_secret"] = WebhookSecret,
    };

    /// <summary>The GraphQL endpoint for an API version, e.g. http://127.0.0.1:5123/admin/api/2026-04/graphql.json</summary>
    public Uri AdminGraphqlUrl(string version) => new(BaseUrl, $"admin/api/{version}/graphql.json");

    /// <summary>Places an order as a shopper would (fires orders/create); throws ArgumentException for an unknown SKU.</summary>
    public async Task<SimOrder> PlaceOrderAsync(PlaceOrderRequest request, CancellationToken cancellationToken = default)
    {
        await Runtime.State.Gate.WaitAsync(cancellationToken);
        try { return OrderPlacer.Place(Runtime.State, request, Runtime.Options.TaxRate, Runtime.Options.Currency); }
        finally { Runtime.State.Gate.Release(); }
    }

    /// <summary>The merchant cancels an order in the admin (fires orders/cancelled); false when there is no such order or it is already cancelled.</summary>
    public async Task<bool> CancelOrderAsync(string name, CancellationToken cancellationToken = default)
    {
        await Runtime.State.Gate.WaitAsync(cancellationToken);
        try
        {
            return Runtime.State.Orders.Values.FirstOrDefault(o => o.Name == name) is { } order
                && OrderCancellation.Apply(Runtime.State, order.Id, "customer") is IStatusCodeHttpResult { StatusCode: 200 };
        }
        finally { Runtime.State.Gate.Release(); }
    }

    /// <summary>
    /// The merchant refunds (part of) an order in the admin (fires refunds/create): <paramref name="lines"/> by SKU and quantity,
    /// all shipping when <paramref name="shipping"/>, or only <paramref name="amount"/> of money. The answer's status and body.
    /// </summary>
    public async Task<(int Status, string Body)> RefundOrderAsync(string name, IReadOnlyList<RefundRequestLine> lines, bool shipping = false, decimal? amount = null,
        CancellationToken cancellationToken = default)
    {
        await Runtime.State.Gate.WaitAsync(cancellationToken);
        try
        {
            if (Runtime.State.Orders.Values.FirstOrDefault(o => o.Name == name) is not { } order) return (404, "Not Found");
            var result = Refunds.Apply(Runtime.State, order.Id, new RefundRequest(Lines: [.. lines], Shipping: shipping, Amount: amount));
            var status = result is IStatusCodeHttpResult { StatusCode: { } code } ? code : 200;
            return (status, result is IContentTypeHttpResult and Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult content ? content.ResponseContent ?? "" : "");
        }
        finally { Runtime.State.Gate.Release(); }
    }

    /// <summary>Subscribes a receiver to a topic (e.g. orders/create) without going through GraphQL.</summary>
    public async Task SubscribeAsync(string topic, Uri receiver, CancellationToken cancellationToken = default)
    {
        await Runtime.State.Gate.WaitAsync(cancellationToken);
        try { GraphQL.Mutations.WebhookSubscriptionMutations.Subscribe(Runtime.State, topic, receiver.ToString()); }
        finally { Runtime.State.Gate.Release(); }
    }

    /// <summary>Reads the shop's state under its lock.</summary>
    public async Task<T> ReadAsync<T>(Func<ShopState, T> read, CancellationToken cancellationToken = default)
    {
        await Runtime.State.Gate.WaitAsync(cancellationToken);
        try { return read(Runtime.State); }
        finally { Runtime.State.Gate.Release(); }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await Runtime.DisposeAsync();
        await _app.DisposeAsync();
        _webhookHttp.Dispose();
    }
}
