using Stockbridge.Connectors.Manifest;
using Stockbridge.Domain.Serialization;
using Stockbridge.Storage;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Records;
using Stockbridge.Sync.Connections;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Reconcile;

namespace Stockbridge.Sync.Queries;

/// <summary>
/// For <c>stockbridge drift</c> and the console: per channel connection, the last reconcile sweep's counts, computed on
/// demand from its job result, with "healed" read from each drifted product's history (a <c>pushed</c> entry after its
/// last <c>drift</c> entry).
/// </summary>
public sealed class DriftReportQuery(IStore store, SyncConnections connections)
{
    /// <summary>A report per channel connection of the client.</summary>
    public async Task<IReadOnlyList<DriftReport>> ForClientAsync(string clientId, CancellationToken cancellationToken)
    {
        var reports = new List<DriftReport>();
        foreach (var channel in await connections.ListAsync(clientId, ConnectorKind.Channel, cancellationToken))
            reports.Add(await ForConnectionAsync(channel, cancellationToken));
        return reports;
    }

    /// <summary>The report of one channel connection.</summary>
    public async Task<DriftReport> ForConnectionAsync(ConnectionRecord channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var last = (await store.Jobs.ListAsync(channel.ClientId, new JobQuery(JobState.Succeeded, SyncJobKinds.Reconcile, channel.Id, Limit: 1), cancellationToken))
            .FirstOrDefault();
        if (last?.Result is null) return new DriftReport(channel.Id, channel.Name, null, 0, 0, 0, 0, []);
        var result = WireJson.Deserialize<ReconcileResult>(last.Result);
        var healed = 0;
        foreach (var key in result.DriftedKeys)
        {
            var history = await store.Records.HistoryAsync(channel.ClientId, RecordEntity.Product, key, cancellationToken);
            var drift = history.LastOrDefault(a => a.Action == SyncAuditActions.Drift && a.ConnectionId == channel.Id);
            if (drift is not null && history.Any(a => a.Action == SyncAuditActions.Pushed && a.ConnectionId == channel.Id && a.At >= drift.At && a.JobId != drift.JobId))
                healed++;
        }
        return new DriftReport(channel.Id, channel.Name, last.UpdatedAt, result.Checked, result.Drifted, healed, result.OrdersTakenIn, result.Examples,
            result.OrdersValued, result.ValueDifferences, result.ValueFindings ?? [], result.ValuesSkipped);
    }
}
