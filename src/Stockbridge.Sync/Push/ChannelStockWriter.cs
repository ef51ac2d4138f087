using System.Text.Json;
using Stockbridge.Connectors.Channel;
using Stockbridge.Mapping.Projection;
using Stockbridge.Storage;
using Stockbridge.Storage.Connections;

namespace Stockbridge.Sync.Push;

/// <summary>
/// Writes a product's projected quantities to a channel with compare-and-swap: each write expects the quantity the hub
/// last wrote (kept per connection and product), so a sale the channel has seen and the hub has not yet is never
/// overwritten. When the channel refuses (<see cref="StockConflictException"/>): SKUs that already hold the projected
/// quantity are settled (the usual case: the channel took stock off for an order the hub has since taken in), and the
/// rest are written in the same job; if any SKU differs from the projection too, the job fails for now and retries
/// expecting what the channel holds, by which time the order that moved it has normally reached the hub.
/// </summary>
public sealed class ChannelStockWriter(IStore store)
{
    private const string CursorPrefix = "stock-written:";

    /// <summary>Writes the quantities; returns the channel's outcomes.</summary>
    public async Task<IReadOnlyList<PushOutcome>> WriteAsync(
        ConnectionRecord channel, IChannelConnector connector, string productCode, ProjectedProduct projected, ChannelLink? known, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(projected);
        var expected = await ReadAsync(channel, productCode, cancellationToken);
        var targets = Targets(projected);
        for (var round = 0; ; round++)
        {
            var pushes = targets.Select(t => new StockPush(t.Key, null, t.Value, expected.TryGetValue(t.Key, out var e) ? e : null, known)).ToList();
            if (pushes.Count == 0) return [];
            try
            {
                var outcomes = await connector.PushStockAsync(pushes, cancellationToken);
                if (outcomes.All(o => o.Succeeded)) await RememberAsync(channel, productCode, targets, expected, cancellationToken);
                return outcomes;
            }
            catch (StockConflictException conflict)
            {
                foreach (var (sku, current) in conflict.Current) expected[sku] = current;
                var settled = conflict.Current.Where(c => targets.TryGetValue(c.Key, out var target) && target == c.Value).Select(c => c.Key).ToList();
                foreach (var sku in settled) targets.Remove(sku);
                await SaveAsync(channel, productCode, expected, cancellationToken);
                if (round > 0 || settled.Count < conflict.Current.Count) throw;
            }
        }
    }

    /// <summary>Records the quantities a full product write set (a channel sets them when it creates the variants).</summary>
    public async Task RememberAsync(ConnectionRecord channel, string productCode, ProjectedProduct projected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(projected);
        await RememberAsync(channel, productCode, Targets(projected), await ReadAsync(channel, productCode, cancellationToken), cancellationToken);
    }

    private static Dictionary<string, decimal> Targets(ProjectedProduct projected)
    {
        var targets = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var variant in projected.Product.Variants) targets[variant.Sku] = variant.Qty ?? 0m;
        return targets;
    }

    private Task RememberAsync(
        ConnectionRecord channel, string productCode, Dictionary<string, decimal> written, Dictionary<string, decimal> expected, CancellationToken cancellationToken)
    {
        foreach (var (sku, quantity) in written) expected[sku] = quantity;
        return SaveAsync(channel, productCode, expected, cancellationToken);
    }

    private async Task<Dictionary<string, decimal>> ReadAsync(ConnectionRecord channel, string productCode, CancellationToken cancellationToken) =>
        await store.Schedule.GetCursorAsync(channel.ClientId, channel.Id, CursorPrefix + productCode, cancellationToken) is { } json
            ? new Dictionary<string, decimal>(JsonSerializer.Deserialize<Dictionary<string, decimal>>(json) ?? [], StringComparer.Ordinal)
            : new Dictionary<string, decimal>(StringComparer.Ordinal);

    private Task SaveAsync(ConnectionRecord channel, string productCode, Dictionary<string, decimal> quantities, CancellationToken cancellationToken) =>
        store.Schedule.SetCursorAsync(channel.ClientId, channel.Id, CursorPrefix + productCode, JsonSerializer.Serialize(quantities), cancellationToken);
}
