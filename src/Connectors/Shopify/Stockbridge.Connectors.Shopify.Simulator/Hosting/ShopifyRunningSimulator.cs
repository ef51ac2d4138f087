using System.Text.RegularExpressions;
using Stockbridge.Connectors.Shopify.Simulator.Shoppers;
using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Connectors.Shopify.Simulator.Webhooks;
using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Connectors.Shopify.Simulator.Hosting;

/// <summary>
/// A running simulated shop seen from outside the hub (<see cref="IChannelSimulator"/>): a shopper at its storefront, and
/// what the shop itself holds, read from its state under its lock. ERP order numbers are read the way a merchant sees them
/// in the Shopify admin: an <c>SO:</c> tag, a "raised as order" line in the order's note, or the order's
/// <c>source_order_code</c> metafield.
/// </summary>
public sealed partial class ShopifyRunningSimulator(ShopifySimulatorHost host) : IChannelSimulator
{
    /// <summary>The percentage a shopper's discount code takes off the lines (any code is accepted).</summary>
    public const decimal DiscountCodePercentage = 10m;

    private const string ErpNumberTagPrefix = "SO:";
    private const string ErpNumberMetafieldKey = "source_order_code";

    /// <summary>The shop itself, for what only Shopify has (faults, webhook log, cost bucket).</summary>
    public ShopifySimulatorHost Host { get; } = host;

    /// <inheritdoc />
    public Uri BaseUrl => Host.BaseUrl;

    /// <inheritdoc />
    public IReadOnlyList<SimulatorBannerLine> Banner =>
    [
        new("plan", Host.Runtime.Options.Plan.ToString()),
        new("shop domain", Host.ShopDomain),
        new("admin API base", Host.AdminApiBaseUrl),
        new("GraphQL", Host.AdminGraphqlUrl(Host.Runtime.Options.WebhookApiVersion).ToString()),
        new("access token", Host.AccessToken),
        new("webhook secret", Host.WebhookSecret),
        new("test endpoints", $"{Host.BaseUrl}_sim/state, /_sim/orders, /_sim/faults, /_sim/webhooks"),
    ];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> ConnectionSettings => Host.ConnectionSettings();

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> BadCredentialSettings { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["access_token"] = "shpat_wrong_token_123456" };

    /// <inheritdoc />
    public async Task<PlacedOrder> PlaceOrderAsync(ShopperOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var request = new PlaceOrderRequest
        {
            Email = order.Email,
            LineItems = [.. order.Lines.Select(l => new PlaceOrderLine(l.Sku, WholeQuantity(l)))],
            DiscountCode = order.DiscountCode,
            DiscountPercentage = order.DiscountCode is null ? null : DiscountCodePercentage,
        };
        SimOrder placed;
        try
        {
            placed = await Host.PlaceOrderAsync(request, cancellationToken);
        }
        catch (ArgumentException e)
        {
            throw new ShopperRefusedException(e.Message, e);
        }
        var paid = await Host.ReadAsync(s => ShopperPayment.ExTax(RestPayloads.Order(placed, s)), cancellationToken);
        return new PlacedOrder(placed.Name, paid);
    }

    /// <inheritdoc />
    public async Task<bool> SubscribeOrderWebhooksAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        await Host.SubscribeAsync("orders/create", endpoint, cancellationToken);
        await Host.SubscribeAsync("orders/cancelled", endpoint, cancellationToken);
        await Host.SubscribeAsync("refunds/create", endpoint, cancellationToken);
        return true;
    }

    /// <inheritdoc />
    public Task<ChannelProductState?> ReadProductAsync(string sku, CancellationToken cancellationToken) =>
        Host.ReadAsync(s =>
        {
            if (s.VariantBySku(sku) is not { } variant) return null;
            var product = s.Products[variant.ProductId];
            decimal? quantity = variant.Tracked ? s.Levels.Where(l => l.Key.Item == variant.InventoryItemId).Sum(l => l.Value) : null;
            return new ChannelProductState(sku, product.Title, variant.Price, quantity, product.Status, product.Status == "ACTIVE");
        }, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ReadSkusAsync(CancellationToken cancellationToken) =>
        Host.ReadAsync(s => (IReadOnlyList<string>)[.. s.AllVariants.Where(v => v.Sku is not null).Select(v => v.Sku!)], cancellationToken);

    /// <inheritdoc />
    public Task<ChannelOrderState?> ReadOrderAsync(string orderCode, CancellationToken cancellationToken) =>
        Host.ReadAsync(s =>
        {
            if (s.Orders.Values.FirstOrDefault(o => o.Name == orderCode) is not { } order) return null;
            var ownerId = Gid.For("Order", order.Id);
            var numbers = order.Tags.Where(t => t.StartsWith(ErpNumberTagPrefix, StringComparison.Ordinal)).Select(t => t[ErpNumberTagPrefix.Length..])
                .Concat(NoteNumbers(order.Note))
                .Concat(s.Metafields.Where(m => m.OwnerId == ownerId && m.Key == ErpNumberMetafieldKey).Select(m => m.Value))
                .Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            var tracking = order.Fulfillments.Select(f => f.TrackingNumber).OfType<string>().ToList();
            return new ChannelOrderState(order.Name, order.FulfillmentStatus ?? "unfulfilled", numbers, tracking);
        }, cancellationToken);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string>? SignWebhook(ReadOnlyMemory<byte> body, string topic) =>
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["X-Shopify-Topic"] = topic,
            ["X-Shopify-Hmac-Sha256"] = WebhookSigner.Sign(body.Span, Host.WebhookSecret),
            ["X-Shopify-Shop-Domain"] = Host.ShopDomain,
            ["X-Shopify-Webhook-Id"] = Guid.NewGuid().ToString(),
            ["X-Shopify-Event-Id"] = Guid.NewGuid().ToString(),
            ["X-Shopify-API-Version"] = Host.Runtime.Options.WebhookApiVersion,
        };

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private static int WholeQuantity(ShopperLine line) =>
        line.Quantity == decimal.Truncate(line.Quantity) && line.Quantity is > 0 and <= int.MaxValue
            ? (int)line.Quantity
            : throw new ArgumentException($"Shopify sells whole units: {line.Quantity} of {line.Sku} cannot be ordered.", nameof(line));

    private static IEnumerable<string> NoteNumbers(string? note) =>
        note is null ? [] : RaisedNoteLine().Matches(note).Select(m => m.Groups["number"].Value);

    [GeneratedRegex(@"raised as order (?<number>\S+)", RegexOptions.CultureInvariant)]
    private static partial Regex RaisedNoteLine();
}
