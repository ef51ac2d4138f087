using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Stockbridge.Connectors.Magento2.Simulator.Bulk;
using Stockbridge.Connectors.Magento2.Simulator.Shopper;
using Stockbridge.Connectors.Magento2.Simulator.Wire;
using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Connectors.Magento2.Simulator.Hosting;

/// <summary>
/// A running simulated Magento 2 store seen from outside the hub (<see cref="IChannelSimulator"/>): a shopper at its
/// checkout, and what the store holds. ERP order numbers are read from order comments that begin with
/// <see cref="ErpCommentPrefix"/>; tracking numbers from the order's shipment tracks. The bulk consumer runs in the
/// background while <see cref="MagentoShop.ConsumerRunning"/> is on.
/// </summary>
public sealed class Magento2RunningSimulator : IChannelSimulator
{
    /// <summary>How an order comment naming the ERP's sales order begins (the convention the connector writes).</summary>
    public const string ErpCommentPrefix = "Raised in the ERP as sales order ";

    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _consumer;

    /// <summary>Wraps a started store and starts its bulk consumer loop.</summary>
    public Magento2RunningSimulator(WebApplication app, MagentoShop shop, Uri baseUrl)
    {
        _app = app;
        Shop = shop;
        BaseUrl = baseUrl;
        _consumer = Task.Run(() => ConsumeAsync(_stop.Token));
    }

    /// <summary>The store itself (data, configuration, faults).</summary>
    public MagentoShop Shop { get; }

    /// <inheritdoc />
    public Uri BaseUrl { get; }

    /// <inheritdoc />
    public IReadOnlyList<SimulatorBannerLine> Banner =>
    [
        new("store URL", BaseUrl.ToString()),
        new("REST base", BaseUrl + "rest/all/V1/ (also rest/default/V1, rest/V1, rest/all/async/bulk/V1)"),
        new("integration consumer key", Shop.Options.Integration.ConsumerKey),
        new("integration consumer secret", Shop.Options.Integration.ConsumerSecret),
        new("integration access token", Shop.Options.Integration.AccessToken),
        new("integration access token secret", Shop.Options.Integration.AccessTokenSecret),
        new("admin user", Shop.Options.AdminUser + " / " + Shop.Options.AdminPassword),
        new("test endpoints", $"{BaseUrl}_sim/orders (a shopper's order), /_sim/faults, /_sim/consumer/(start|stop|run), /_sim/settings, /_sim/admin-tokens/expire"),
    ];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> ConnectionSettings => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["base_url"] = BaseUrl.ToString(),
        ["auth_method"] = "integration_oauth",
        ["consumer_key"] = Shop.Options.Integration.ConsumerKey,
        ["consumer_secret"] = Shop.Options.Integration.ConsumerSecret,
        ["access_token"] = Shop.Options.Integration.AccessToken,
        ["access_token_secret"] = Shop.Options.Integration.AccessTokenSecret,
    };

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> BadCredentialSettings { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["access_token_secret"] = "ts0not0the0secret000000000000000000" };

    /// <inheritdoc />
    public Task<PlacedOrder> PlaceOrderAsync(ShopperOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        try
        {
            var placed = Checkout.Place(Shop.Store, Shop.Settings, order.Email, [.. order.Lines.Select(l => (l.Sku, l.Quantity))], order.DiscountCode);
            return Task.FromResult(new PlacedOrder(placed.IncrementId, placed.Subtotal - placed.Discount + placed.ShippingAmount));
        }
        catch (MagentoError e)
        {
            throw new ShopperRefusedException($"Magento refused the order: {e.Message}");
        }
    }

    /// <inheritdoc />
    public Task<ChannelProductState?> ReadProductAsync(string sku, CancellationToken cancellationToken) =>
        Task.FromResult(Shop.Store.Read(s =>
        {
            if (!s.Products.TryGetValue(sku, out var p)) return null;
            // A configurable's child shows on the storefront under its parent: the parent's name, visibility and status.
            var parent = s.ParentOf(sku);
            var shown = parent ?? p;
            var forSale = p.Status == 1 && shown.Status == 1 && shown.Visibility != 1;
            return new ChannelProductState(sku, shown.NameFor("default"), p.PriceFor(Checkout.StoreId) ?? 0m,
                p.TypeId == "configurable" ? null : s.Salable(sku), p.Status.ToString(CultureInfo.InvariantCulture), forSale);
        }));

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ReadSkusAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Shop.Store.Read(s => (IReadOnlyList<string>)[.. s.Products.Values.Where(p => p.TypeId != "configurable").OrderBy(p => p.Id).Select(p => p.Sku)]));

    /// <inheritdoc />
    public Task<ChannelOrderState?> ReadOrderAsync(string orderCode, CancellationToken cancellationToken) =>
        Task.FromResult(Shop.Store.Read(s =>
        {
            if (s.Orders.Values.FirstOrDefault(o => o.IncrementId == orderCode) is not { } order) return null;
            var erp = order.Comments.Where(c => c.Comment.StartsWith(ErpCommentPrefix, StringComparison.Ordinal))
                .Select(c => c.Comment[ErpCommentPrefix.Length..].Split(' ', 2)[0].TrimEnd('.')).Distinct(StringComparer.Ordinal).ToList();
            var tracks = s.Shipments.Where(x => x.OrderId == order.EntityId).SelectMany(x => x.Tracks).Select(t => t.TrackNumber).Distinct(StringComparer.Ordinal).ToList();
            return (ChannelOrderState?)new ChannelOrderState(order.IncrementId, order.Status, erp, tracks);
        }));

    /// <inheritdoc />
    public Task<bool> SubscribeOrderWebhooksAsync(Uri endpoint, CancellationToken cancellationToken) => Task.FromResult(false);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string>? SignWebhook(ReadOnlyMemory<byte> body, string topic) => null;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _consumer; }
        catch (OperationCanceledException) { }
        _stop.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ConsumeAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            if (Shop.ConsumerRunning) BulkConsumer.RunOpen(Shop);
            await Task.Delay(TimeSpan.FromMilliseconds(100), Shop.Options.Time, stop);
        }
    }
}
