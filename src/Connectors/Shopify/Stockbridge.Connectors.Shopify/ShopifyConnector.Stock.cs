using System.Text.Json;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Shopify.Api;
using Stockbridge.Connectors.Shopify.Products;
using Stockbridge.Connectors.Shopify.Settings;
using Stockbridge.Connectors.Shopify.Stock;

namespace Stockbridge.Connectors.Shopify;

/// <summary>
/// Stock push: inventorySetQuantities ("available"), with compare-and-swap from <see cref="StockPush.ExpectedCurrent"/>
/// (changeFromQuantity from 2026-01, compareQuantity before; null skips the check) and an idempotency key made fresh for
/// each attempt. A CAS mismatch re-reads the quantities and throws <see cref="ShopifyStockConflictException"/>
/// (transient); the retry sends what it re-read under a new key.
/// </summary>
public sealed partial class ShopifyConnector
{
    private const string SetQuantities =
        "mutation StockbridgeSetStock($input: InventorySetQuantitiesInput!, $key: String!) { inventorySetQuantities(input: $input) @idempotent(key: $key) { inventoryAdjustmentGroup { id } userErrors { field message code } } }";
    private const string SetQuantitiesNoKey =
        "mutation StockbridgeSetStock($input: InventorySetQuantitiesInput!) { inventorySetQuantities(input: $input) { inventoryAdjustmentGroup { id } userErrors { field message code } } }";

    /// <inheritdoc />
    public async Task<IReadOnlyList<PushOutcome>> PushStockAsync(IReadOnlyList<StockPush> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0) return [];
        var items = await InventoryItemsAsync(batch, cancellationToken);
        var outcomes = new List<PushOutcome>();
        var ready = new List<(StockPush Push, string Item, string Location)>();
        foreach (var push in batch)
        {
            if (!items.TryGetValue(push.Sku, out var item)) { outcomes.Add(new PushOutcome(push.Sku, null, $"No Shopify variant has SKU '{push.Sku}'.")); continue; }
            ready.Add((push, item, await ResolveLocationAsync(push.Location, cancellationToken)));
        }
        foreach (var chunk in ready.Chunk(ShopifyConstants.StockBatch))
            outcomes.AddRange(await SetChunkAsync(chunk, cancellationToken));
        return outcomes;
    }

    private async Task<IEnumerable<PushOutcome>> SetChunkAsync((StockPush Push, string Item, string Location)[] chunk, CancellationToken ct)
    {
        var input = new Dictionary<string, object?>
        {
            ["name"] = "available",
            ["reason"] = "correction",
            ["referenceDocumentUri"] = $"gid://stockbridge/StockSync/{context.ConnectionId}",
            ["quantities"] = chunk.Select(c => Quantity(c.Push, c.Item, c.Location)).ToList(),
        };
        if (!Settings.UsesChangeFromQuantity && chunk.All(c => c.Push.ExpectedCurrent is null)) input["ignoreCompareQuantity"] = true;
        // One key per attempt: Shopify stores the answer it gave a key, failures included, and replays it for that key.
        // A key derived from the input made a retry after CHANGE_FROM_QUANTITY_STALE get the stored failure back even
        // once the shop held the expected quantity, so the push failed on every attempt. A retry after an unknown
        // outcome needs no shared key either: compare-and-swap makes a write that already landed answer stale with the
        // target as the current quantity, which the stock writer settles; an absolute set is harmless to repeat.
        var key = Guid.NewGuid().ToString();
        var data = await MutateAsync(Settings.UsesChangeFromQuantity ? SetQuantities : SetQuantitiesNoKey,
            Settings.UsesChangeFromQuantity ? new { input, key } : new { input }, 10, ct);
        var errors = data.GetProperty("inventorySetQuantities").Arr("userErrors").ToList();
        if (errors.Count == 0)
            return chunk.Select(c => new PushOutcome(c.Push.Sku, new ChannelLink(c.Item, new Dictionary<string, string> { ["location"] = c.Location })));
        if (errors.Any(e => e.Str("code") is "CHANGE_FROM_QUANTITY_STALE" or "COMPARE_QUANTITY_STALE"))
            throw new ShopifyStockConflictException(await ConflictsAsync(chunk, errors, ct));
        return await RetryWithoutRejectedAsync(chunk, errors, ct);
    }

    private Dictionary<string, object?> Quantity(StockPush push, string item, string location)
    {
        var q = new Dictionary<string, object?>
        {
            ["inventoryItemId"] = item,
            ["locationId"] = location,
            ["quantity"] = StockQuantities.Whole(push.Quantity),
        };
        var expected = push.ExpectedCurrent is { } e ? (int?)(int)Math.Floor(e) : null;
        if (Settings.UsesChangeFromQuantity) q["changeFromQuantity"] = expected;
        else if (expected is not null) q["compareQuantity"] = expected;
        return q;
    }

    /// <summary>Rejected records (unknown item, bad location) fail alone; the rest are sent again without them.</summary>
    private async Task<IEnumerable<PushOutcome>> RetryWithoutRejectedAsync((StockPush Push, string Item, string Location)[] chunk, List<JsonElement> errors, CancellationToken ct)
    {
        var rejected = new Dictionary<int, string>();
        foreach (var error in errors)
        {
            var field = error.Arr("field").Select(f => f.ToString()).ToList();
            var index = field.Count > 2 && field[1] == "quantities" && int.TryParse(field[2], out var i) ? i : -1;
            if (index < 0) throw new Errors.PermanentConnectorException($"Shopify rejected the stock update: {error.Str("code")}: {error.Str("message")}", error.Str("code"));
            rejected[index] = $"{error.Str("code")}: {error.Str("message")}";
        }
        var outcomes = rejected.Select(r => new PushOutcome(chunk[r.Key].Push.Sku, null, r.Value)).ToList();
        var rest = chunk.Where((_, i) => !rejected.ContainsKey(i)).ToArray();
        if (rest.Length > 0) outcomes.AddRange(await SetChunkAsync(rest, ct));
        return outcomes;
    }
}
