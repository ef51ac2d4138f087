using System.Globalization;
using Stockbridge.Connectors.Source;
using Stockbridge.Domain.Orders;
using Stockbridge.Domain.Serialization;
using Stockbridge.Engine.Jobs;
using Stockbridge.Storage;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Records;
using Stockbridge.Sync.Connections;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Orders;

namespace Stockbridge.Sync.Reconcile;

/// <summary>
/// The money part of a reconcile sweep: every order of the channel raised into the source and placed within the lookback
/// window is compared with the source's own order (<see cref="ISupportsOrderValues"/>), in batches, to the cent. A difference
/// gets a <c>value_drift</c> line in the order's history (once per distinct difference) and is reported in the drift report
/// and the console with both values and the lines that differ. Nothing is changed in either system: a person decides.
/// </summary>
public sealed class OrderValueCheck(IStore store, SyncConnections connections)
{
    /// <summary>Findings a sweep keeps in its result. <value>100</value></summary>
    public const int MaxFindings = 100;
    private const int Page = 500;
    private const int Batch = 100;

    /// <summary>Compares the channel's raised orders placed since <paramref name="since"/>.</summary>
    public async Task<OrderValueSweepResult> RunAsync(ConnectionRecord channel, DateTimeOffset since, JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(context);
        var source = await connections.OrderSourceAsync(channel.ClientId, cancellationToken);
        if (source is null) return new OrderValueSweepResult(0, [], "no source connection takes orders");
        if (connections.TryBind<ISupportsOrderValues>(source) is not { } reader)
            return new OrderValueSweepResult(0, [], $"{source.Name} cannot report its orders' values");

        var findings = new List<OrderValueFinding>();
        var batch = new List<(string Key, Order Order)>();
        var checkedCount = 0;
        var prefix = OrderRecords.Key(channel.Id, "");
        for (var after = prefix; ;)
        {
            var page = await store.Records.ListAsync(channel.ClientId, RecordEntity.Order, after, Page, cancellationToken);
            var ours = page.TakeWhile(r => r.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            foreach (var record in ours)
            {
                var order = WireJson.Deserialize<Order>(record.Json);
                if (order.SourceOrderCode is null || order.State is OrderState.Cancelled || order.State.IsUnraised()) continue;
                if ((order.PlacedAt ?? record.UpdatedAt) < since) continue;
                batch.Add((record.Key, order));
                if (batch.Count < Batch) continue;
                checkedCount += await CompareAsync(batch, reader, source, channel, context, findings, cancellationToken);
                batch.Clear();
            }
            if (ours.Count < page.Count || page.Count < Page) break;
            after = page[^1].Key;
        }
        if (batch.Count > 0) checkedCount += await CompareAsync(batch, reader, source, channel, context, findings, cancellationToken);
        return new OrderValueSweepResult(checkedCount, findings);
    }

    private async Task<int> CompareAsync(
        List<(string Key, Order Order)> batch, ISupportsOrderValues reader, ConnectionRecord source, ConnectionRecord channel, JobContext context,
        List<OrderValueFinding> findings, CancellationToken cancellationToken)
    {
        var held = (await reader.ReadOrderValuesAsync([.. batch.Select(b => b.Order.SourceOrderCode!)], cancellationToken))
            .ToDictionary(v => v.SourceOrderCode, StringComparer.Ordinal);
        foreach (var (key, order) in batch)
        {
            if (OrderValueComparison.Compare(order, held.GetValueOrDefault(order.SourceOrderCode!), source.Name, channel.Name) is not { } finding) continue;
            if (findings.Count < MaxFindings) findings.Add(finding);
            await NoteAsync(channel, key, finding, context, cancellationToken);
        }
        return batch.Count;
    }

    /// <summary>Writes the difference into the order's history, unless the last value line already says the same.</summary>
    private async Task NoteAsync(ConnectionRecord channel, string key, OrderValueFinding finding, JobContext context, CancellationToken cancellationToken)
    {
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"value differs: {channel.Name} charged {finding.ChannelValue:0.00} ex tax, source order {finding.SourceOrderCode} holds {(finding.SourceValue is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "nothing")}; {string.Join("; ", finding.Lines)}");
        var history = await store.Records.HistoryAsync(channel.ClientId, RecordEntity.Order, key, cancellationToken);
        if (history.LastOrDefault(a => a.Action == SyncAuditActions.ValueDrift)?.Detail == detail) return;
        await store.Records.AppendAuditAsync(new AuditEntry(channel.ClientId, RecordEntity.Order, key, context.Time.GetUtcNow(),
            SyncAuditActions.ValueDrift, channel.Id, context.Job.Id, detail, null), cancellationToken);
    }
}
