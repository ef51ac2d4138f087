using System.Globalization;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Takealot.Simulator.State;
using Stockbridge.Connectors.Takealot.Simulator.Webhooks;

namespace Stockbridge.Connectors.Takealot.Simulator.Wire;

/// <summary>
/// Offer batches (<c>POST /v2/offers/batch</c>, at most 10,000 items): taken as pending, completed in the background after
/// <see cref="Delay"/> item by item (identified by <c>offer_id</c>, then <c>barcode</c>, then <c>sku</c>; a new barcode or SKU
/// creates), then reported by <c>GET /v2/offers/batch/{id}</c> and the Batch Completed webhook (SUCCESS when every item was
/// written, FAILURE otherwise).
/// </summary>
public sealed class BatchProcessor(TakealotState state, TakealotWebhooks webhooks, TimeProvider time) : IAsyncDisposable
{
    /// <summary>Takealot's limit on a batch.</summary>
    public const int MaxItems = 10_000;

    private readonly CancellationTokenSource _stop = new();

    /// <summary>How long a batch stays pending.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>The seller id webhooks carry.</summary>
    public int SellerId { get; init; } = 1_234_567;

    /// <summary>Takes a batch.</summary>
    public TakealotBatch Submit(IReadOnlyList<JsonObject> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count > MaxItems) throw new TakealotRequestException(400, $"Batch size of {items.Count} exceeds the limit of {MaxItems}.");
        if (items.Count == 0) throw new TakealotRequestException(400, "A batch needs at least one offer.");
        var batch = state.Read(s =>
        {
            var b = new TakealotBatch { BatchId = s.NextNumber(), Items = items, DueAt = s.Time.GetUtcNow() + Delay };
            s.Batches[b.BatchId] = b;
            return b;
        });
        _ = Task.Run(() => CompleteLaterAsync(batch));
        return batch;
    }

    /// <summary>The batch as <c>V2OfferBatch</c>.</summary>
    public JsonObject Json(TakealotBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return state.Read(_ => new JsonObject
        {
            ["batch_id"] = batch.BatchId.ToString(CultureInfo.InvariantCulture),
            ["status"] = new JsonObject { ["id"] = batch.StatusId, ["description"] = batch.Description },
            ["result"] = batch.Results.DeepClone(),
        });
    }

    private async Task CompleteLaterAsync(TakealotBatch batch)
    {
        try { await Task.Delay(Delay, time, _stop.Token); }
        catch (OperationCanceledException) { return; }
        var changed = state.Read(s => Complete(s, batch));
        foreach (var (eventName, offerId) in changed)
            webhooks.Publish(eventName, new JsonObject { ["seller_id"] = SellerId, ["offer_id"] = offerId, ["batch_id"] = batch.BatchId });
        webhooks.Publish(TakealotWebhookEvents.BatchCompleted, new JsonObject
        {
            ["seller_id"] = SellerId, ["batch_id"] = batch.BatchId, ["status"] = batch.StatusId == TakealotBatch.Success ? "SUCCESS" : "FAILURE",
        });
    }

    private static List<(string Event, int OfferId)> Complete(TakealotState s, TakealotBatch batch)
    {
        var results = new JsonArray();
        var changed = new List<(string, int)>();
        var failed = false;
        foreach (var item in batch.Items)
        {
            var (offer, errors, created) = Write(s, item);
            failed |= errors.Count > 0;
            if (offer is not null && errors.Count == 0) changed.Add((created ? TakealotWebhookEvents.OfferCreated : TakealotWebhookEvents.OfferUpdated, offer.OfferId));
            results.Add(new JsonObject
            {
                ["validation_errors"] = new JsonArray([.. errors]),
                ["offer"] = offer is null ? new JsonObject { ["sku"] = item["sku"]?.DeepClone(), ["offer_id"] = item["offer_id"]?.DeepClone() } : Summary(s, offer),
            });
        }
        batch.Results = results;
        batch.StatusId = failed ? TakealotBatch.Failure : TakealotBatch.Success;
        return changed;
    }

    private static (TakealotOffer? Offer, IReadOnlyList<JsonObject> Errors, bool Created) Write(TakealotState s, JsonObject item)
    {
        var offerId = item["offer_id"] is JsonValue id && id.TryGetValue<int>(out var n) ? n : (int?)null;
        var barcode = item["barcode"] is JsonValue b && b.TryGetValue<string>(out var text) ? text : null;
        var sku = item["sku"] is JsonValue k && k.TryGetValue<string>(out var skuText) ? skuText : null;
        var existing = offerId is { } oid ? s.Offers.Find(o => o.OfferId == oid)
            : barcode is not null ? s.Offers.Find(o => o.Product.Barcode == barcode)
            : sku is not null ? s.BySku(sku) : null;
        if (existing is not null)
        {
            var errors = OfferWriter.Apply(s, existing, item);
            return (existing, errors, false);
        }
        if (offerId is { } missing) return (null, [ValidationErrors.OfferNotFound("ID" + missing.ToString(CultureInfo.InvariantCulture))], false);
        var (offer, createErrors) = OfferCreator.Create(s, barcode, item);
        return (offer, createErrors, true);
    }

    private static JsonObject Summary(TakealotState s, TakealotOffer offer)
    {
        var full = OfferJson.Of(s, offer);
        return new JsonObject
        {
            ["offer_id"] = offer.OfferId, ["sku"] = offer.Sku, ["selling_price"] = offer.SellingPrice, ["rrp"] = offer.Rrp,
            ["leadtime_days"] = offer.LeadtimeDays ?? -1, ["leadtime_stock"] = full["leadtime_stock"]!.DeepClone(),
            ["stock_at_takealot"] = full["stock_at_takealot"]!.DeepClone(), ["status"] = offer.Status,
        };
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _stop.Dispose();
    }
}
