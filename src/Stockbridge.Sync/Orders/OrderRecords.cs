using Stockbridge.Domain.Hashing;
using Stockbridge.Domain.Orders;
using Stockbridge.Domain.Serialization;
using Stockbridge.Engine.Webhooks;
using Stockbridge.Storage;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Records;

namespace Stockbridge.Sync.Orders;

/// <summary>Reads and writes hub order records (entity <c>order</c>, key <c>{connectionId}:{channel_order_code}</c>) and their history.</summary>
public sealed class OrderRecords(IStore store)
{
    /// <summary>The hub key of a channel order.</summary>
    public static string Key(string channelConnectionId, string channelOrderCode) => OrderRecordSink.OrderKey(channelConnectionId, channelOrderCode);

    /// <summary>The order, or null.</summary>
    public async Task<Order?> GetAsync(string clientId, string key, CancellationToken cancellationToken)
    {
        var record = await store.Records.GetAsync(clientId, RecordEntity.Order, key, cancellationToken);
        return record is null ? null : WireJson.Deserialize<Order>(record.Json);
    }

    /// <summary>The order, or a permanent error naming it when the hub does not hold it (a job about an order that is gone).</summary>
    public async Task<Order> GetRequiredAsync(string clientId, string key, CancellationToken cancellationToken) =>
        await GetAsync(clientId, key, cancellationToken)
            ?? throw new Connectors.Errors.PermanentConnectorException($"Order {key} is not in the hub.");

    /// <summary>Writes the order (nothing when unchanged).</summary>
    public Task<UpsertOutcome> SaveAsync(string clientId, string key, Order order, string origin, CancellationToken cancellationToken) =>
        SaveAsync(clientId, key, order, origin, note: null, jobs: [], cancellationToken);

    /// <summary>
    /// Writes the order (nothing when unchanged) with a history line (if any) and follow-up jobs, all in one transaction,
    /// so a crash keeps all three or none.
    /// </summary>
    public async Task<UpsertOutcome> SaveAsync(
        string clientId, string key, Order order, string origin, RecordNote? note, IReadOnlyList<JobRequest> jobs, CancellationToken cancellationToken)
    {
        var outcomes = await store.Records.UpsertAsync(clientId, [Write(key, order, origin) with { Note = note, Jobs = jobs }], cancellationToken);
        return outcomes[0];
    }

    /// <summary>The record write of an order; an order not yet in the source is an open record (see <see cref="Stock.UnraisedDemandReader"/>).</summary>
    public static RecordWrite Write(string key, Order order, string origin) =>
        new(RecordEntity.Order, key, ContentHash.Of(order), WireJson.Serialize(order), origin, Open: order.State.IsUnraised());

    /// <summary>Appends to the order's history.</summary>
    public Task AuditAsync(string clientId, string key, DateTimeOffset at, string action, string? connectionId, long? jobId, string detail, CancellationToken cancellationToken) =>
        store.Records.AppendAuditAsync(new AuditEntry(clientId, RecordEntity.Order, key, at, action, connectionId, jobId, detail, null), cancellationToken);

    /// <summary>The order's history, oldest first.</summary>
    public Task<IReadOnlyList<AuditEntry>> HistoryAsync(string clientId, string key, CancellationToken cancellationToken) =>
        store.Records.HistoryAsync(clientId, RecordEntity.Order, key, cancellationToken);
}
