using Stockbridge.Storage;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Records;

namespace Stockbridge.Web.Console.Dashboard;

/// <summary>
/// The dashboard's numbers over time, read from the store: records synced (products and customers by last change),
/// orders raised (orders past "validated" by last change), jobs failed and jobs succeeded (by last change). Reads at
/// most <see cref="MaxRows"/> rows per series, newest first for jobs.
/// </summary>
public sealed class DashboardStats(IStore store, TimeProvider time)
{
    /// <summary>The most rows read per series.</summary>
    public const int MaxRows = 20_000;

    private static readonly string[] NotRaised = ["received", "validated", "failed", "cancelled"];

    /// <summary>The series for the last <paramref name="buckets"/> buckets of <paramref name="width"/>, ending now.</summary>
    public async Task<IReadOnlyList<ActivitySeries>> LoadAsync(string clientId, TimeSpan width, int buckets, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var end = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % width.Ticks), TimeSpan.Zero).Add(width);
        var start = end - (width * buckets);
        var records = new List<DateTimeOffset>();
        foreach (var entity in new[] { RecordEntity.Product, RecordEntity.Customer })
            records.AddRange((await ReadRecordsAsync(clientId, entity, start, cancellationToken)).Select(r => r.UpdatedAt));
        var raised = (await ReadRecordsAsync(clientId, RecordEntity.Order, start, cancellationToken))
            .Where(r => !NotRaised.Contains(Web.Operations.OrderFacts.From(r).State, StringComparer.Ordinal)).Select(r => r.UpdatedAt);
        var jobs = await ReadJobsAsync(clientId, start, cancellationToken);
        return
        [
            Bucket("Records synced", "#2680c2", records, start, width, buckets),
            Bucket("Orders raised", "#3ebd93", raised, start, width, buckets),
            Bucket("Jobs failed", "#e12d39", jobs.Where(j => j.State == JobState.Failed).Select(j => j.UpdatedAt), start, width, buckets),
            Bucket("Jobs succeeded", "#829ab1", jobs.Where(j => j.State == JobState.Succeeded).Select(j => j.UpdatedAt), start, width, buckets),
        ];
    }

    private static ActivitySeries Bucket(string title, string color, IEnumerable<DateTimeOffset> times, DateTimeOffset start, TimeSpan width, int buckets)
    {
        var counts = new long[buckets];
        foreach (var at in times)
        {
            var index = (int)Math.Floor((at - start) / width);
            if (index >= 0 && index < buckets) counts[index]++;
        }
        return new ActivitySeries(title, color, [.. counts.Select((c, i) => (start + (width * i), c))]);
    }

    private async Task<List<HubRecord>> ReadRecordsAsync(string clientId, string entity, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var result = new List<HubRecord>();
        string? after = null;
        for (var read = 0; read < MaxRows;)
        {
            var page = await store.Records.ListAsync(clientId, entity, after, 500, cancellationToken);
            result.AddRange(page.Where(r => r.UpdatedAt >= since));
            read += page.Count;
            if (page.Count < 500) break;
            after = page[^1].Key;
        }
        return result;
    }

    private async Task<List<Job>> ReadJobsAsync(string clientId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var result = new List<Job>();
        long? before = null;
        for (var read = 0; read < MaxRows;)
        {
            var page = await store.Jobs.ListAsync(clientId, new JobQuery(BeforeId: before, Limit: 500), cancellationToken);
            result.AddRange(page.Where(j => j.UpdatedAt >= since));
            read += page.Count;
            if (page.Count < 500 || page[^1].CreatedAt < since.AddDays(-30)) break;
            before = page[^1].Id;
        }
        return result;
    }
}
