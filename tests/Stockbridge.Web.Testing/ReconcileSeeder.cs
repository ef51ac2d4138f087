using Stockbridge.Domain.Serialization;
using Stockbridge.Storage;
using Stockbridge.Storage.Jobs;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Reconcile;

namespace Stockbridge.Web.Testing;

/// <summary>Stores a finished reconcile sweep of a channel connection, as the job engine would, so the drift report has something to show.</summary>
public static class ReconcileSeeder
{
    /// <summary>A sweep that found one product drifted and one raised order whose ERP value differs.</summary>
    public static ReconcileResult Sample { get; } = new(3, 1, 0, 0, 4, 1, ["P002"], [new DriftFinding("P002", "SKU-2", "qty: channel 7, hub 5")],
        OrdersValued: 4, ValueDifferences: 1, ValueFindings: [new OrderValueFinding("#1003", "000000000100007", 587m, 597m, ["SKU-2: Shop 195.67, SYSPRO 205.67"])]);

    /// <summary>Enqueues, claims and completes a reconcile job with <paramref name="result"/>; returns its id.</summary>
    public static async Task<long> SeedAsync(IStore store, string clientId, string channelId, ReconcileResult result, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var id = await store.Jobs.EnqueueAsync(new JobRequest(clientId, channelId, SyncJobKinds.Reconcile, null, "{}"), ct);
        var claimed = (await store.Jobs.ClaimAsync(new ClaimRequest("test", 10, TimeSpan.FromMinutes(1), [SyncJobKinds.Reconcile]), ct)).Single(c => c.Job.Id == id);
        if (!await store.Jobs.CompleteAsync(id, claimed.LeaseToken, WireJson.Serialize(result), ct))
            throw new InvalidOperationException($"reconcile job {id} could not be completed");
        return id;
    }
}
