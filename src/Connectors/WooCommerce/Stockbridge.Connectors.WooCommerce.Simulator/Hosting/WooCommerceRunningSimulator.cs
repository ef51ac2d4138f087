using System.Globalization;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Connectors.WooCommerce.Simulator.Shoppers;
using Stockbridge.Connectors.WooCommerce.Simulator.State;

namespace Stockbridge.Connectors.WooCommerce.Simulator.Hosting;

/// <summary>
/// A running simulated WooCommerce store seen from outside the hub (<see cref="IChannelSimulator"/>): a shopper at its
/// checkout, and what the store holds. ERP order numbers are the values of the order's
/// <c>stockbridge_source_order_code</c> meta entries, tracking numbers those of <c>stockbridge_tracking_number</c>.
/// </summary>
public sealed class WooCommerceRunningSimulator(WebApplication app, WooCommerceShop shop, Uri baseUrl) : IChannelSimulator
{
    /// <summary>The order meta key the connector writes the ERP order number under.</summary>
    public const string ErpOrderNumberMetaKey = "stockbridge_source_order_code";

    /// <summary>The order meta key the connector writes tracking numbers under.</summary>
    public const string TrackingNumberMetaKey = "stockbridge_tracking_number";

    /// <summary>The store itself (data, faults, webhook log).</summary>
    public WooCommerceShop Shop { get; } = shop;

    /// <inheritdoc />
    public Uri BaseUrl { get; } = baseUrl;

    /// <summary>The REST API's base URL, e.g. <c>http://127.0.0.1:5123/wp-json/wc/v3/</c>.</summary>
    public Uri RestBaseUrl => new(BaseUrl, WooCommerceSimulator.RestBase.TrimStart('/') + "/");

    /// <inheritdoc />
    public IReadOnlyList<SimulatorBannerLine> Banner =>
    [
        new("store URL", BaseUrl.ToString()),
        new("REST API base", RestBaseUrl.ToString()),
        new("consumer key", Shop.Options.ConsumerKey),
        new("consumer secret", Shop.Options.ConsumerSecret),
        new("webhook secret", Shop.Options.WebhookSecret),
        new("test endpoints", $"{BaseUrl}_sim/orders, /_sim/faults, /_sim/state, /_sim/webhooks/log"),
    ];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> ConnectionSettings => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["store_url"] = BaseUrl.ToString(),
        ["consumer_key"] = Shop.Options.ConsumerKey,
        ["consumer_secret"] = Shop.Options.ConsumerSecret,
        ["webhook_secret"] = Shop.Options.WebhookSecret,
    };

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> BadCredentialSettings { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["consumer_secret"] = "cs_not_the_secret_0000000000000000000000000" };

    /// <inheritdoc />
    public Task<PlacedOrder> PlaceOrderAsync(ShopperOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var lines = order.Lines.Select(l => l.Quantity == decimal.Truncate(l.Quantity) && l.Quantity is > 0 and <= int.MaxValue
            ? new WooShopperLine(l.Sku, (int)l.Quantity)
            : throw new ShopperRefusedException($"WooCommerce sells whole units: {l.Quantity} of {l.Sku} cannot be ordered.")).ToList();
        var placed = Shop.PlaceOrder(new WooShopperOrder(lines, order.Email, order.DiscountCode));
        return Task.FromResult(new PlacedOrder(placed.Number, WooCheckout.PaidExTax(placed)));
    }

    /// <inheritdoc />
    public Task<ChannelProductState?> ReadProductAsync(string sku, CancellationToken cancellationToken) =>
        Task.FromResult(Shop.Read(s =>
        {
            if (s.BySku(sku) is not { } p) return null;
            // A variation shows under its product's title and is for sale only while both it and its product are published.
            var product = p.ParentId != 0 && s.Products.TryGetValue(p.ParentId, out var parent) ? parent : p;
            var forSale = p.Status == "publish" && product.Status == "publish";
            return new ChannelProductState(sku, product.Name, p.Price ?? 0m, p.ManageStock ? p.StockQuantity : null, product.Status, forSale);
        }));

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ReadSkusAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Shop.Read(s => (IReadOnlyList<string>)[.. s.Products.Values.Where(p => p.Sku.Length > 0).Select(p => p.Sku)]));

    /// <inheritdoc />
    public Task<ChannelOrderState?> ReadOrderAsync(string orderCode, CancellationToken cancellationToken) =>
        Task.FromResult(Shop.Read(s => s.Orders.Values.FirstOrDefault(o => o.Number == orderCode) is { } order
            ? new ChannelOrderState(order.Number, order.Status, MetaValues(order, ErpOrderNumberMetaKey), MetaValues(order, TrackingNumberMetaKey))
            : null));

    /// <inheritdoc />
    public Task<bool> SubscribeOrderWebhooksAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        Shop.CreateWebhook("order.created", endpoint.ToString(), Shop.Options.WebhookSecret, name: "Stockbridge order.created");
        return Task.FromResult(true);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string>? SignWebhook(ReadOnlyMemory<byte> body, string topic)
    {
        var webhookId = Shop.Read(s => s.Webhooks.Values.FirstOrDefault(w => w.Topic == topic)?.Id ?? 0).ToString(CultureInfo.InvariantCulture);
        return Shop.Webhooks.Headers(body.Span, topic, webhookId, Guid.NewGuid().ToString(), Shop.Options.WebhookSecret);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await Shop.DisposeAsync();
    }

    private static List<string> MetaValues(WooOrder order, string key) =>
        [.. order.MetaData.Where(m => m.Key == key).Select(m => m.Value is JsonValue v ? v.ToString() : m.Value?.ToJsonString() ?? "")
            .Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal)];
}
