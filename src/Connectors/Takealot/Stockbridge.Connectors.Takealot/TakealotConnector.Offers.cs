using System.Text.Json.Nodes;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Takealot.Offers;

namespace Stockbridge.Connectors.Takealot;

/// <summary>
/// Offers: every variant of a push batch becomes one item of one Takealot batch; a product fails when any of its offers is
/// refused, with each refusal as "SKU 1234: E23: RRP … (Takealot's message)", and only that product fails.
/// </summary>
public sealed partial class TakealotConnector
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<PushOutcome>> PushProductsAsync(IReadOnlyList<ProductPush> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var items = new List<JsonObject>();
        var owners = new List<(int Push, string Sku)>();
        var errors = batch.Select(_ => new List<string>()).ToList();
        for (var p = 0; p < batch.Count; p++)
            foreach (var variant in batch[p].Product.Variants)
            {
                var (item, error) = _items.Product(variant, batch[p].Status, batch[p].Link);
                if (item is null) { errors[p].Add(error!); continue; }
                items.Add(item);
                owners.Add((p, variant.Sku));
            }
        var results = items.Count == 0 ? [] : await _batches.RunAsync(items, cancellationToken);
        var ids = batch.Select(push => new Dictionary<string, string>(push.Link?.Ids ?? new Dictionary<string, string>(), StringComparer.Ordinal)).ToList();
        for (var i = 0; i < results.Count; i++)
        {
            var (p, sku) = owners[i];
            if (results[i].Errors.Count > 0) errors[p].Add($"SKU {sku}: {string.Join("; ", results[i].Errors)}");
            else if (results[i].OfferId is { } offerId) ids[p][OfferItemBuilder.OfferKey(sku)] = offerId;
        }
        return [.. batch.Select((push, p) =>
        {
            var link = new ChannelLink(push.Product.SourceProductCode, ids[p]);
            return errors[p].Count == 0 ? new PushOutcome(push.Product.SourceProductCode, link) : new PushOutcome(push.Product.SourceProductCode, link, string.Join(" | ", errors[p]));
        })];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PushOutcome>> PushStockAsync(IReadOnlyList<StockPush> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0) return [];
        var results = await _batches.RunAsync([.. batch.Select(_items.Stock)], cancellationToken);
        return [.. batch.Select((push, i) => results[i].Errors.Count == 0
            ? new PushOutcome(push.Sku, push.Link)
            : new PushOutcome(push.Sku, push.Link, $"SKU {push.Sku}: {string.Join("; ", results[i].Errors)}"))];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ChannelSnapshot>> ReadSnapshotsAsync(IReadOnlyList<string> skus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(skus);
        var snapshots = new List<ChannelSnapshot>();
        foreach (var sku in skus)
        {
            // The query form: a SKU may hold '?', '#', '/' or ':'.
            var offer = await _client.GetAsync("v2/offers/offer?identifier=" + Uri.EscapeDataString("SKU" + sku), cancellationToken);
            if (offer is null) continue;
            var quantity = (offer["leadtime_stock"] as JsonArray ?? [])
                .Where(s => s?["merchant_warehouse"]?["warehouse_id"]?.GetValue<int>() == _settings.MerchantWarehouseId)
                .Sum(s => s?["quantity_available"]?.GetValue<decimal>() ?? 0m);
            var rrp = offer["rrp"]?.GetValue<decimal>() ?? 0m;
            snapshots.Add(new ChannelSnapshot(sku, quantity, offer["selling_price"]?.GetValue<decimal>(), rrp > 0 ? rrp : null, Status(offer["status"]?.GetValue<string>())));
        }
        return snapshots;
    }

    private static ChannelProductStatus? Status(string? status) => status switch
    {
        "Buyable" or "Not Buyable" => ChannelProductStatus.Active,
        "Disabled by Seller" => ChannelProductStatus.Hidden,
        _ => null,
    };
}
