using System.Text.Json;
using Stockbridge.Storage;
using Stockbridge.Sync.Pull;
using Stockbridge.Web.Operations;

namespace Stockbridge.Bench.Catalogue;

/// <summary>
/// Starts a pull of the SYSPRO connection with the hub's own "sync now" (the console's button and
/// <c>POST /api/v1/connections/{id}/sync</c>). A forced full pull first clears the connection's stored cursors, so the
/// connector reads every stock code again instead of only those changed since the last pull.
/// </summary>
internal sealed class SyncTrigger(IStore store, SyncNow syncNow, HubJobs jobs, TimeProvider time)
{
    public async Task<long> PullAsync(bool full, CancellationToken cancellationToken)
    {
        if (full)
        {
            foreach (var cursor in new[] { SourcePullHandler.ProductsCursor, SourcePullHandler.CustomersCursor })
                await store.Schedule.SetCursorAsync(BenchIds.Client, BenchIds.Syspro, cursor, "", cancellationToken);
        }
        var connection = await store.Connections.GetAsync(BenchIds.Client, BenchIds.Syspro, cancellationToken)
            ?? throw new InvalidOperationException("The SYSPRO connection is not in the store.");
        return await syncNow.EnqueueAsync(connection, cancellationToken);
    }

    /// <summary>Waits for the pull job to succeed; returns its products' counts (read, written, stock only, push jobs).</summary>
    public async Task<string> WaitAsync(long jobId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var job = await jobs.GetAsync(jobId, cancellationToken) ?? throw new InvalidOperationException($"Pull job {jobId} is gone.");
            if (job.State == Stockbridge.Storage.Jobs.JobState.Failed) throw new InvalidOperationException($"Pull job {jobId} failed: {job.LastError}");
            if (job.State == Stockbridge.Storage.Jobs.JobState.Succeeded) return Describe(job.Result);
            await Task.Delay(TimeSpan.FromMilliseconds(100), time, cancellationToken);
        }
    }

    private static string Describe(string? result)
    {
        if (result is null) return "pull: no result";
        using var json = JsonDocument.Parse(result);
        var p = json.RootElement.GetProperty("products");
        return $"pull read {Int(p, "read"):N0} products, {Int(p, "written"):N0} changed ({Int(p, "stock_only"):N0} stock only), {Int(p, "push_jobs"):N0} push jobs queued";
    }

    private static int Int(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetInt32() : 0;
}
