using Microsoft.Extensions.Options;
using Stockbridge.Connectors.Channel;
using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Orders;
using Stockbridge.Domain.Serialization;
using Stockbridge.Engine.Jobs;
using Stockbridge.Mapping.Channels;
using Stockbridge.Mapping.Projection;
using Stockbridge.Storage;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Records;
using Stockbridge.Sync.Connections;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Orders;
using Stockbridge.Sync.Stock;

namespace Stockbridge.Sync.Reconcile;

/// <summary>
/// <c>reconcile</c> (per channel connection): walks the hub's products in pages. A product whose current projection equals
/// the last push is compared with the channel's snapshot (quantity, price, compare-at, status); drift gets an audit entry
/// <c>drift</c> and a forced push to heal it. Products never pushed, or changed with no push done, get a push queued.
/// Then channel orders of the lookback window that the hub lacks are taken in, and the orders of that window already raised
/// are valued against the source's own (<see cref="OrderValueCheck"/>).
/// </summary>
public sealed class ReconcileHandler(
    IStore store, SyncConnections connections, UnraisedDemandReader demandReader, PushQueue pushes, ChannelOrderReader reader, OrderIntake intake,
    OrderValueCheck values, IOptions<SyncOptions> options) : IJobHandler
{
    private const int MaxExamples = 20;
    private const int MaxKeys = 1000;

    /// <inheritdoc />
    public string Kind => SyncJobKinds.Reconcile;

    /// <inheritdoc />
    public JobLane Lane => JobLane.Background;

    /// <inheritdoc />
    public async Task<string?> HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var channel = await connections.GetAsync(context.Job.ClientId, context.Job.ConnectionId, cancellationToken);
        var connector = connections.Bind<IChannelConnector>(channel);
        var sweep = new Sweep(ConnectionRules.Channel(channel), await demandReader.ReadAsync(channel.ClientId, cancellationToken));
        string? after = null;
        while (true)
        {
            var page = await store.Records.ListAsync(channel.ClientId, RecordEntity.Product, after, options.Value.ReconcileBatchSize, cancellationToken);
            await SweepPageAsync(context, channel, connector as ISupportsReconciliation, sweep, page, cancellationToken);
            if (page.Count < options.Value.ReconcileBatchSize) break;
            after = page[^1].Key;
        }
        var since = context.Time.GetUtcNow() - options.Value.OrderLookback;
        var (orders, listed) = await reader.ReadSinceAsync(channel, connector, since, cancellationToken);
        var taken = await intake.TakeInAsync(channel, orders, "reconcile sweep", context.Job.Id, cancellationToken);
        var valued = await values.RunAsync(channel, since, context, cancellationToken);
        return JobPayload.Write(new ReconcileResult(sweep.Checked, sweep.DriftedKeys.Count, sweep.Unpushed, sweep.Stale, listed, taken.TakenIn,
            [.. sweep.DriftedKeys.Take(MaxKeys)], [.. sweep.Findings.Take(MaxExamples)], valued.Checked, valued.Findings.Count, valued.Findings, valued.Skipped));
    }

    private async Task SweepPageAsync(
        JobContext context, ConnectionRecord channel, ISupportsReconciliation? reader, Sweep sweep, IReadOnlyList<HubRecord> page, CancellationToken cancellationToken)
    {
        var current = new List<ProjectedProduct>();
        foreach (var record in page)
        {
            var projected = ProductProjection.Project(WireJson.Deserialize<Product>(record.Json), sweep.Rules, sweep.Demand);
            var link = await store.Records.GetLinkAsync(channel.ClientId, channel.Id, RecordEntity.Product, record.Key, cancellationToken);
            if (link is null)
            {
                if (!projected.IsActive) continue;
                sweep.Unpushed++;
                await pushes.EnqueueOneAsync(channel.ClientId, channel.Id, record.Key, "unpushed", force: false, cancellationToken);
            }
            else if (link.PushedHash != projected.Hash)
            {
                sweep.Stale++;
                await pushes.EnqueueOneAsync(channel.ClientId, channel.Id, record.Key, "stale", force: false, cancellationToken);
            }
            else current.Add(projected);
        }
        if (reader is null || current.Count == 0) return;
        var skus = current.SelectMany(p => p.Product.Variants.Select(v => v.Sku)).ToList();
        var snapshots = (await reader.ReadSnapshotsAsync(skus, cancellationToken)).ToDictionary(s => s.Sku, StringComparer.Ordinal);
        foreach (var projected in current)
        {
            sweep.Checked++;
            var findings = DriftCheck.Compare(projected, snapshots);
            if (findings.Count == 0) continue;
            var code = projected.Product.SourceProductCode;
            sweep.DriftedKeys.Add(code);
            sweep.Findings.AddRange(findings);
            var detail = string.Join(" | ", findings.Select(f => $"{f.Sku}: {f.Detail}"));
            await store.Records.AppendAuditAsync(new AuditEntry(channel.ClientId, RecordEntity.Product, code, context.Time.GetUtcNow(),
                SyncAuditActions.Drift, channel.Id, context.Job.Id, $"{channel.Name} drifted: {detail}", projected.Hash), cancellationToken);
            await pushes.EnqueueOneAsync(channel.ClientId, channel.Id, code, "drift", force: true, cancellationToken);
        }
    }

    private sealed class Sweep(ChannelRules rules, UnraisedDemand demand)
    {
        public ChannelRules Rules { get; } = rules;
        public UnraisedDemand Demand { get; } = demand;
        public int Checked { get; set; }
        public int Unpushed { get; set; }
        public int Stale { get; set; }
        public List<string> DriftedKeys { get; } = [];
        public List<DriftFinding> Findings { get; } = [];
    }
}
