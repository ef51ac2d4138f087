using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Channel;
using Stockbridge.Domain.Orders;
using Stockbridge.Mapping.Projection;

namespace Stockbridge.Sync.Tests.Support;

/// <summary>A test sales channel: keeps what was pushed per SKU, logs every push, serves orders and snapshots.</summary>
public sealed class InMemoryChannel : IChannelConnector, ISupportsReconciliation, Stockbridge.Connectors.Fulfillment.ISupportsFulfillmentPush
{
    private int nextId = 1;

    /// <summary>What the channel shows per SKU.</summary>
    public ConcurrentDictionary<string, ChannelSnapshot> Skus { get; } = new(StringComparer.Ordinal);
    /// <summary>Every push: (kind product|stock, product code or SKU, status as its stored word, or quantity).</summary>
    public ConcurrentQueue<(string Kind, string Key, string Value)> Log { get; } = new();
    /// <summary>Orders the channel holds (for the poll and the sweep).</summary>
    public ConcurrentDictionary<string, Order> Orders { get; } = new(StringComparer.Ordinal);
    /// <summary>Source order numbers written back, by channel order code.</summary>
    public ConcurrentDictionary<string, string> Marked { get; } = new(StringComparer.Ordinal);
    /// <summary>SKUs the channel rejects, with its reason.</summary>
    public ConcurrentDictionary<string, string> Rejects { get; } = new(StringComparer.Ordinal);

    /// <summary>Fulfilments created on the channel's orders, in order.</summary>
    public ConcurrentQueue<Domain.Orders.Fulfillment> Fulfillments { get; } = new();

    public Task PushFulfillmentAsync(Order order, Domain.Orders.Fulfillment fulfillment, CancellationToken cancellationToken)
    {
        Fulfillments.Enqueue(fulfillment);
        return Task.CompletedTask;
    }

    public int ProductPushes(string code) => Log.Count(l => l.Kind == "product" && l.Key == code);

    public Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new ConnectionTestResult([new ConnectionCheck("memory", true, "ok")]));

    public Task<IReadOnlyList<PushOutcome>> PushProductsAsync(IReadOnlyList<ProductPush> batch, CancellationToken cancellationToken)
    {
        var outcomes = new List<PushOutcome>();
        foreach (var push in batch)
        {
            var product = push.Product;
            if (product.Variants.FirstOrDefault(v => Rejects.ContainsKey(v.Sku)) is { } rejected)
            {
                outcomes.Add(new PushOutcome(product.SourceProductCode, null, Rejects[rejected.Sku]));
                continue;
            }
            Log.Enqueue(("product", product.SourceProductCode, StoredChannelStatus.Word(push.Status)));
            foreach (var v in product.Variants)
            {
                if (push.Status == ChannelProductStatus.Deleted) Skus.TryRemove(v.Sku, out _);
                else Skus[v.Sku] = new ChannelSnapshot(v.Sku, v.Qty, v.Price, ProjectionMeta.CompareAtPriceOf(v), push.Status);
            }
            var id = push.Link?.ExternalId ?? $"gid://test/Product/{Interlocked.Increment(ref nextId)}";
            outcomes.Add(new PushOutcome(product.SourceProductCode, new ChannelLink(id, product.Variants.ToDictionary(v => $"variant:{v.Sku}", v => $"{id}/{v.Sku}"))));
        }
        return Task.FromResult<IReadOnlyList<PushOutcome>>(outcomes);
    }

    public Task<IReadOnlyList<PushOutcome>> PushStockAsync(IReadOnlyList<StockPush> batch, CancellationToken cancellationToken)
    {
        // Compare-and-swap like Shopify's inventorySetQuantities: one stale expectation refuses the whole batch.
        var stale = batch.Where(p => p.ExpectedCurrent is { } expected && Skus.TryGetValue(p.Sku, out var held) && held.Quantity != expected)
            .ToDictionary(p => p.Sku, p => Skus[p.Sku].Quantity ?? 0m, StringComparer.Ordinal);
        if (stale.Count > 0) throw new StockConflictException($"stock changed for {string.Join(", ", stale.Keys)}", stale);
        foreach (var push in batch)
        {
            Log.Enqueue(("stock", push.Sku, push.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Skus.AddOrUpdate(push.Sku, _ => new ChannelSnapshot(push.Sku, push.Quantity, null, null, null), (_, s) => s with { Quantity = push.Quantity });
        }
        return Task.FromResult<IReadOnlyList<PushOutcome>>([.. batch.Select(p => new PushOutcome(p.Sku, p.Link))]);
    }

    public async IAsyncEnumerable<Order> ReadOrdersAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var order in Orders.Values.Where(o => o.PlacedAt is null || o.PlacedAt >= since).ToList())
        {
            await Task.Yield();
            yield return order;
        }
    }

    public Task MarkOrderRaisedAsync(Order order, string sourceOrderCode, CancellationToken cancellationToken)
    {
        Marked[order.ChannelOrderCode] = sourceOrderCode;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ChannelSnapshot>> ReadSnapshotsAsync(IReadOnlyList<string> skus, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ChannelSnapshot>>([.. skus.Select(s => Skus.GetValueOrDefault(s)).OfType<ChannelSnapshot>()]);
}
