using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Stockbridge.Storage.Relational;
using Stockbridge.Storage.Relational.Jobs;
using Stockbridge.Storage.Sqlite.Infrastructure;
using Stockbridge.Storage.Sqlite.Jobs;

namespace Stockbridge.Storage.Tests.Sqlite;

/// <summary>
/// The engine's reads of pending, parked and running jobs go through the small partial indexes (migrations 0130, 0150), never a scan of
/// every job the store ever ran: a store keeps its finished jobs, so a scan would grow with its history.
/// </summary>
public sealed class SqliteJobIndexTests : IAsyncLifetime
{
    private readonly SqliteStoreFixture _fixture = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _fixture.DisposeAsync();

    public static TheoryData<string, string> EngineReads => new()
    {
        { "running per connection", ClaimSql.RunningPerConnection(filterKinds: true) },
        { "running per connection, all kinds", ClaimSql.RunningPerConnection(filterKinds: false) },
        { "records with a running job", ClaimSql.RunningKeys },
        { "expired leases", ClaimSql.Expired(filterKinds: true) },
        { "due jobs of a kind", ClaimSql.Due(skipConnections: true) },
        { "kinds with pending jobs", ClaimSql.PendingKinds },
        { "next due", JobReadSql.NextDue },
        { "pending job to coalesce with", SqliteDialect.FindCoalescible("pending") },
        { "parked job to coalesce with", SqliteDialect.FindCoalescible("parked") },
        { "parking a connection's pending jobs", ParkingSql.Park },
        { "resuming a connection's parked jobs", ParkingSql.Resume },
    };

    [Theory]
    [MemberData(nameof(EngineReads))]
    public async Task EngineRead_OfPendingOrRunningJobs_UsesAPartialIndex(string what, string sql)
    {
        var store = await _fixture.CreateEmptyAsync(new FakeTimeProvider());
        await store.MigrateAsync(Ct);
        var path = _fixture.OptionsOf(store).Path;
        await store.DisposeAsync();
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        // Dapper expands "IN @List"; one bound value plans the same way.
        command.CommandText = "EXPLAIN QUERY PLAN " + sql.Replace("IN @Kinds", "IN (@Kinds)", StringComparison.Ordinal).Replace("IN @Full", "IN (@Full)", StringComparison.Ordinal);

        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct)) plan.Add(reader.GetString(3));
        }

        var onJobs = plan.Where(step => step.Contains(" jobs", StringComparison.Ordinal)).ToList();
        onJobs.ShouldNotBeEmpty(what);
        onJobs.ShouldAllBe(step => step.Contains("USING INDEX ix_jobs_running_record", StringComparison.Ordinal)
            || step.Contains("USING INDEX ix_jobs_pending_", StringComparison.Ordinal)
            || step.Contains("USING INDEX ix_jobs_parked_", StringComparison.Ordinal)
            // One row read by its id, for each id a partial index gave (parking reads the ids among the pending jobs).
            || step.Contains("INDEX ix_jobs_client (client_id=? AND id=?", StringComparison.Ordinal)
            || step.Contains("USING COVERING INDEX ix_jobs_pending_", StringComparison.Ordinal), $"{what}: {string.Join(" | ", plan)}");
    }
}
