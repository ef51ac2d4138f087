using System.Globalization;
using Stockbridge.Storage;
using Stockbridge.Storage.Clients;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Postgres;
using Stockbridge.Storage.Sqlite;

namespace Stockbridge.Bench.Nodes;

/// <summary>
/// One measurement: N jobs queued (not yet due), the node processes started and ready, then every job made due at once;
/// the time is from that moment to the last job's completion as stamped in the store.
/// </summary>
internal static class NodesRun
{
    private const int Connections = 4;

    public static async Task<BenchRow> RunAsync(BenchOptions options, bool postgres, int nodes)
    {
        var database = await BenchDatabase.CreateAsync(postgres, options.PostgresAdmin);
        try
        {
            using (var prepare = NodeProcess.Start("prepare", database.Location)) await prepare.WaitForExitAsync();
            await using var store = await OpenAsync(database);
            await SeedAsync(store, options.Jobs);

            var workers = Enumerable.Range(1, nodes).Select(i => NodeProcess.Start(
                "node", database.Location, $"bench-node-{i}", "--no-pull", "--no-effects", "--slots", options.Slots.ToString(CultureInfo.InvariantCulture),
                "--work-ms", options.WorkMilliseconds.ToString(CultureInfo.InvariantCulture))).ToList();
            try
            {
                await Task.WhenAll(workers.Select(w => w.Ready)).WaitAsync(TimeSpan.FromMinutes(2));
                var start = Micros(TimeProvider.System.GetUtcNow());
                await database.ScalarAsync("UPDATE jobs SET next_run_at = @now", start);
                await WaitForAllAsync(store, options.Jobs);
                var end = Convert.ToInt64(await database.ScalarAsync("SELECT MAX(updated_at) FROM jobs"), CultureInfo.InvariantCulture);
                var attempts = Convert.ToDouble(await database.ScalarAsync("SELECT SUM(attempts) FROM jobs"), CultureInfo.InvariantCulture);
                return new BenchRow(postgres ? "PostgreSQL" : "SQLite", nodes, options.Jobs, TimeSpan.FromTicks((end - start) * 10), attempts / options.Jobs);
            }
            finally
            {
                foreach (var worker in workers) worker.Dispose();
            }
        }
        finally
        {
            await database.DropAsync();
        }
    }

    private static async Task<IStore> OpenAsync(BenchDatabase database) => database.IsPostgres
        ? PostgresStore.Open(new PostgresStoreOptions { ConnectionString = database.Location }, TimeProvider.System)
        : SqliteStore.Open(new SqliteStoreOptions { Path = database.Location }, TimeProvider.System);

    private static async Task SeedAsync(IStore store, int jobs)
    {
        var now = TimeProvider.System.GetUtcNow();
        await store.Clients.UpsertAsync(new ClientRecord("acme", "Acme", now), CancellationToken.None);
        foreach (var batch in Enumerable.Range(0, jobs).Chunk(1000))
        {
            await store.Jobs.EnqueueManyAsync(batch.Select(i => new JobRequest(
                "acme", $"acme-shop-{i % Connections}", "test.effect", null, "{}", RunAt: now.AddDays(1))).ToList(), CancellationToken.None);
        }
    }

    private static async Task WaitForAllAsync(IStore store, int jobs)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        while ((await store.Jobs.CountByStateAsync("acme", timeout.Token))[JobState.Succeeded] < jobs)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token);
        }
    }

    private static long Micros(DateTimeOffset value) => (value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
}
