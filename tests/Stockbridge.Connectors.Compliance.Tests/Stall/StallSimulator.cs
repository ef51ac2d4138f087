using System.Collections.Concurrent;
using System.Globalization;
using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Connectors.Compliance.Tests.Stall;

/// <summary>
/// The stall's simulator: its shelf and its orders in memory, reached by the connector through <see cref="Open"/> with the
/// stall's id. It has no webhooks (<see cref="SignWebhook"/> returns null).
/// </summary>
public sealed class StallSimulator : IChannelSimulator
{
    private static readonly ConcurrentDictionary<string, StallSimulator> Running = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StallProduct> _shelf = new(StringComparer.Ordinal);
    private readonly List<StallOrder> _orders = [];
    private readonly string _id = Guid.NewGuid().ToString("N");
    private readonly string _apiKey = "stall-key-" + Guid.NewGuid().ToString("N")[..8];

    public StallSimulator() => Running[_id] = this;

    /// <summary>The running stall with this id, or null.</summary>
    public static StallSimulator? Open(string id) => Running.GetValueOrDefault(id);

    public Uri BaseUrl => new($"memory://stall-{_id}/");

    public IReadOnlyList<SimulatorBannerLine> Banner => [new("stall id", _id), new("API key", _apiKey)];

    public IReadOnlyDictionary<string, string> ConnectionSettings => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [StallManifest.StallIdSetting] = _id,
        [StallManifest.ApiKeySetting] = _apiKey,
    };

    public IReadOnlyDictionary<string, string> BadCredentialSettings { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { [StallManifest.ApiKeySetting] = "stall-key-wrong" };

    /// <summary>Whether the stall takes this API key.</summary>
    public bool Accepts(string? apiKey) => apiKey == _apiKey;

    /// <summary>Puts a SKU on the shelf, or changes it.</summary>
    public void Upsert(StallProduct product)
    {
        lock (_gate) _shelf[product.Sku] = product;
    }

    /// <summary>Sets a SKU's quantity; false when the stall has no such SKU.</summary>
    public bool SetQuantity(string sku, decimal quantity)
    {
        lock (_gate)
        {
            if (!_shelf.TryGetValue(sku, out var product)) return false;
            _shelf[sku] = product with { Quantity = quantity };
            return true;
        }
    }

    /// <summary>Orders placed at or after <paramref name="since"/>.</summary>
    public IReadOnlyList<StallOrder> OrdersSince(DateTimeOffset since)
    {
        lock (_gate) return [.. _orders.Where(o => o.PlacedAt >= since)];
    }

    /// <summary>Writes an ERP order number onto an order; false when the stall has no such order.</summary>
    public bool MarkRaised(string code, string erpNumber)
    {
        lock (_gate)
        {
            if (_orders.FirstOrDefault(o => o.Code == code) is not { } order) return false;
            if (!order.ErpOrderNumbers.Contains(erpNumber)) order.ErpOrderNumbers.Add(erpNumber);
            return true;
        }
    }

    /// <summary>Takes an order at the shelf's prices; a discount code takes 10% off each line.</summary>
    public Task<PlacedOrder> PlaceOrderAsync(ShopperOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        lock (_gate)
        {
            var lines = order.Lines.Select(l =>
            {
                var product = _shelf.GetValueOrDefault(l.Sku) ?? throw new ShopperRefusedException($"The stall has no SKU '{l.Sku}'.");
                var discount = order.DiscountCode is null ? 0 : Math.Round(product.Price * l.Quantity * 0.10m, 2, MidpointRounding.AwayFromZero);
                _shelf[l.Sku] = product with { Quantity = product.Quantity - l.Quantity };
                return (l, product.Price, discount);
            }).ToList();
            var placed = new StallOrder("ST-" + (_orders.Count + 1).ToString("D4", CultureInfo.InvariantCulture), TimeProvider.System.GetUtcNow(), lines);
            _orders.Add(placed);
            return Task.FromResult(new PlacedOrder(placed.Code, lines.Sum(l => l.l.Quantity * l.Price - l.discount)));
        }
    }

    public Task<ChannelProductState?> ReadProductAsync(string sku, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_shelf.TryGetValue(sku, out var p) ? new ChannelProductState(p.Sku, p.Title, p.Price, p.Quantity, p.Status, p.Status == "active") : null);
        }
    }

    public Task<IReadOnlyList<string>> ReadSkusAsync(CancellationToken cancellationToken)
    {
        lock (_gate) return Task.FromResult<IReadOnlyList<string>>([.. _shelf.Keys]);
    }

    public Task<ChannelOrderState?> ReadOrderAsync(string orderCode, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_orders.FirstOrDefault(o => o.Code == orderCode) is { } order
                ? new ChannelOrderState(order.Code, "open", [.. order.ErpOrderNumbers], [])
                : null);
        }
    }

    public IReadOnlyDictionary<string, string>? SignWebhook(ReadOnlyMemory<byte> body, string topic) => null;

    public Task<bool> SubscribeOrderWebhooksAsync(Uri endpoint, CancellationToken cancellationToken) => Task.FromResult(false);

    public ValueTask DisposeAsync()
    {
        Running.TryRemove(_id, out _);
        return ValueTask.CompletedTask;
    }
}
