using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Stockbridge.Storage.Postgres.NodeWorker;

/// <summary>
/// A scheduled pull as a hub node runs it: only while holding the <c>pull:acme-erp</c> lease. Each run is recorded in
/// <c>test_pull_runs</c> (start, end, and the lease's expiry as stored) so the test can prove no two runs overlapped,
/// including runs cut short by SIGKILL (those end at the latest when their lease expires).
/// </summary>
internal sealed class ScheduledPull(IStore store, string connectionString, string node, TimeProvider time) : BackgroundService
{
    public const string LeaseName = "pull:acme-erp";
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (await store.Schedule.TryAcquireLeaseAsync(LeaseName, node, LeaseDuration, stoppingToken))
            {
                await RunOnceAsync(dataSource, stoppingToken);
                await store.Schedule.ReleaseLeaseAsync(LeaseName, node, stoppingToken);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(20, 120)), time, stoppingToken);
        }
    }

    private async Task RunOnceAsync(NpgsqlDataSource dataSource, CancellationToken stoppingToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
        var expires = await ScalarAsync<long>(connection, "SELECT expires_at FROM leases WHERE name = @name AND owner = @node", stoppingToken,
            ("name", LeaseName), ("node", node));
        var runId = await ScalarAsync<long>(connection, """
            INSERT INTO test_pull_runs (node, started_at, lease_expires_at) VALUES (@node, @started, @expires) RETURNING id
            """, stoppingToken, ("node", node), ("started", Micros(time.GetUtcNow())), ("expires", expires));
        // The pull's work: well inside the lease, as a real pull renews its lease between pages.
        await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(50, 200)), time, stoppingToken);
        await ScalarAsync<long>(connection, "UPDATE test_pull_runs SET ended_at = @ended WHERE id = @id RETURNING id", stoppingToken,
            ("ended", Micros(time.GetUtcNow())), ("id", runId));
    }

    private static long Micros(DateTimeOffset value) => (value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return (T)(await command.ExecuteScalarAsync(cancellationToken) ?? throw new InvalidOperationException($"No row for: {sql}"));
    }
}
