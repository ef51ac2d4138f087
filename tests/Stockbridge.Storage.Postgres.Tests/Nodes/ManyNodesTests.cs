using System.Diagnostics;
using Dapper;
using Npgsql;
using Stockbridge.Storage.Clients;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Postgres.Tests.Support;

namespace Stockbridge.Storage.Postgres.Tests.Nodes;

/// <summary>
/// Three hub nodes (separate processes running the real job engine) over one PostgreSQL database, with random nodes
/// SIGKILLed and restarted throughout: every job is done exactly once, none is lost, and the lease-guarded scheduled pull
/// never runs on two nodes at once.
/// </summary>
[Collection(nameof(ManyNodesCollection))]
public sealed class ManyNodesTests : IAsyncLifetime
{
    private const int JobCount = 5000;
    private const int Connections = 4;
    private string _database = "";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await PostgresTestServer.CreateDatabaseAsync();

    public async ValueTask DisposeAsync() => await PostgresTestServer.DropDatabaseAsync(_database);

    [Fact]
    public async Task ThreeNodes_RandomSigkillsAndRestarts_EveryJobDoneOnceAndPullsNeverOverlap()
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(85));
        await NodeProcess.RunToEndAsync(deadline.Token, "prepare", _database);
        await using var store = PostgresStore.Open(new PostgresStoreOptions { ConnectionString = _database }, TimeProvider.System);
        await SeedAsync(store, deadline.Token);

        var (kills, elapsed) = await RunNodesWithKillsAsync(store, deadline.Token);

        await using var db = new NpgsqlConnection(_database);
        var states = (await db.QueryAsync<(string State, long Count)>("SELECT state, COUNT(*) FROM jobs GROUP BY state")).ToList();
        states.ShouldBe([("succeeded", (long)JobCount)], "every job succeeded and none is pending, running or failed");
        (await db.ExecuteScalarAsync<long>("""
            SELECT COUNT(*) FROM jobs j
            WHERE (SELECT COUNT(*) FROM job_attempts a WHERE a.job_id = j.id AND a.outcome = 'succeeded') <> 1
            """)).ShouldBe(0, "each job has exactly one succeeded attempt");
        var effects = await db.QuerySingleAsync<(long Rows, long Keys)>("SELECT COUNT(*), COUNT(DISTINCT idempotency_key) FROM test_effects");
        effects.ShouldBe((JobCount, JobCount), "the handler's effect is recorded once per idempotency key");
        (await db.ExecuteScalarAsync<long>("""
            SELECT COUNT(*) FROM jobs j WHERE NOT EXISTS (SELECT 1 FROM test_effects e WHERE e.idempotency_key = j.idempotency_key)
            """)).ShouldBe(0);
        var abandoned = await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM job_attempts WHERE outcome = 'abandoned'");
        var repeats = await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM test_effect_repeats");
        var runs = (await db.QueryAsync<PullRun>("""
            SELECT id AS Id, node AS Node, started_at AS StartedAt, ended_at AS EndedAt, lease_expires_at AS LeaseExpiresAt
            FROM test_pull_runs ORDER BY started_at, id
            """)).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{JobCount} jobs in {elapsed.TotalSeconds:F1}s with {kills} SIGKILLs: {abandoned} attempts abandoned by killed nodes, " +
            $"{repeats} handler re-runs found their effect already done; {runs.Count} pulls on {runs.Select(r => r.Node).Distinct().Count()} nodes, " +
            $"{runs.Count(r => r.EndedAt is null)} cut short by a kill.");

        kills.ShouldBeGreaterThanOrEqualTo(3);
        abandoned.ShouldBeGreaterThan(0, "kills landed while jobs were running");
        runs.Count.ShouldBeGreaterThan(5);
        runs.Select(r => r.Node).Distinct().Count().ShouldBeGreaterThan(1);
        runs.Where(r => r.EndedAt is not null).ShouldAllBe(r => r.EndedAt <= r.LeaseExpiresAt, "a pull finished within its lease");
        for (var i = 1; i < runs.Count; i++)
        {
            runs[i].StartedAt.ShouldBeGreaterThanOrEqualTo(runs[i - 1].LatestEnd, $"pull {runs[i].Id} on {runs[i].Node} overlaps pull {runs[i - 1].Id} on {runs[i - 1].Node}");
        }
    }

    private static async Task SeedAsync(PostgresStore store, CancellationToken cancellationToken)
    {
        var now = TimeProvider.System.GetUtcNow();
        await store.Clients.UpsertAsync(new ClientRecord("acme", "Acme", now), cancellationToken);
        for (var c = 0; c < Connections; c++)
        {
            await store.Connections.SaveAsync(new ConnectionRecord { ClientId = "acme", Id = $"acme-shop-{c}", ConnectorKey = "test", Name = $"shop {c}" }, cancellationToken);
        }
        foreach (var batch in Enumerable.Range(0, JobCount).Chunk(500))
        {
            await store.Jobs.EnqueueManyAsync(
                batch.Select(i => new JobRequest("acme", $"acme-shop-{i % Connections}", "test.effect", null, "{}", IdempotencyKey: $"effect-{i}")).ToList(),
                cancellationToken);
        }
    }

    private async Task<(int Kills, TimeSpan Elapsed)> RunNodesWithKillsAsync(PostgresStore store, CancellationToken cancellationToken)
    {
        var random = new Random(20261123);
        var generation = 0;
        var nodes = Enumerable.Range(0, 3).Select(slot => StartNode(slot, generation++)).ToArray();
        var kills = 0;
        var clock = Stopwatch.StartNew();
        long done = 0;
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(2500, 4500)), cancellationToken);
                foreach (var node in nodes.Where(n => n.HasExited)) throw new InvalidOperationException($"{node.Name} died by itself: {node.Output}");
                done = (await store.Jobs.CountByStateAsync("acme", cancellationToken))[JobState.Succeeded];
                if (done == JobCount && kills >= 3) return (kills, clock.Elapsed);
                // Kill a node that is up and working (a node still starting has nothing to lose yet).
                var working = Enumerable.Range(0, nodes.Length).Where(i => nodes[i].Ready).ToArray();
                if (working.Length == 0) continue;
                var slot = working[random.Next(working.Length)];
                nodes[slot].Dispose();
                kills++;
                nodes[slot] = StartNode(slot, generation++);
            }
        }
        catch (OperationCanceledException e)
        {
            throw new TimeoutException($"only {done} of {JobCount} jobs done after {clock.Elapsed.TotalSeconds:F0}s and {kills} kills", e);
        }
        finally
        {
            foreach (var node in nodes) node.Dispose();
        }
    }

    private NodeProcess StartNode(int slot, int generation)
    {
        var name = $"node{slot}.g{generation}";
        return NodeProcess.Start(name, "node", _database, name, "--slots", "8", "--work-ms", "1");
    }
}
