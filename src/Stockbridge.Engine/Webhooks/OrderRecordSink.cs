using Stockbridge.Domain.Hashing;
using Stockbridge.Domain.Orders;
using Stockbridge.Domain.Serialization;
using Stockbridge.Storage;
using Stockbridge.Storage.Records;

namespace Stockbridge.Engine.Webhooks;

/// <summary>
/// The default sink: stores each order event as a hub record of entity <c>order</c> keyed
/// <c>{connectionId}:{channel_order_code}</c>, so a channel order is one record however often it is delivered; an
/// unchanged order (same content hash) writes nothing. Events without an order are ignored.
/// </summary>
public sealed class OrderRecordSink(IStore store) : IWebhookEventSink
{
    /// <summary>The hub record key of a channel order.</summary>
    public static string OrderKey(string connectionId, string channelOrderCode) => $"{connectionId}:{channelOrderCode}";

    /// <inheritdoc />
    public async Task HandleAsync(WebhookEventBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var latest = new Dictionary<string, Order>(StringComparer.Ordinal);
        foreach (var order in batch.Events.Select(e => e.Order).OfType<Order>())
            latest[OrderKey(batch.Connection.Id, order.ChannelOrderCode)] = order;
        if (latest.Count == 0) return;
        var writes = latest
            .Select(pair => new RecordWrite(RecordEntity.Order, pair.Key, ContentHash.Of(pair.Value), WireJson.Serialize(pair.Value), batch.Connection.Id, pair.Value.State.IsUnraised()))
            .ToList();
        await store.Records.UpsertAsync(batch.Connection.ClientId, writes, cancellationToken);
    }
}
