using Microsoft.Data.Sqlite;
using Stockbridge.Storage;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Bench.Catalogue;

/// <summary>
/// Reads the hub's jobs: whether it is idle, and per step what each kind of job did. The figures come from the store's
/// own tables (times are microseconds since the epoch), read on a separate read-only connection.
/// </summary>
internal sealed class HubJobs(IStore store, string storePath, TimeProvider time)
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = storePath, Mode = SqliteOpenMode.ReadOnly }.ToString();

    /// <summary>Jobs not yet finished (pending or running).</summary>
    public async Task<long> OpenAsync(CancellationToken cancellationToken)
    {
        var counts = await store.Jobs.CountByStateAsync(BenchIds.Client, cancellationToken);
        return counts.GetValueOrDefault(JobState.Pending) + counts.GetValueOrDefault(JobState.Running);
    }

    /// <summary>Waits until no job is pending or running.</summary>
    public async Task WaitIdleAsync(CancellationToken cancellationToken)
    {
        while (await OpenAsync(cancellationToken) > 0) await Task.Delay(TimeSpan.FromMilliseconds(250), time, cancellationToken);
    }

    /// <summary>The highest job id so far: a step's jobs are those above the id taken at its start.</summary>
    public async Task<long> LastIdAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(id), 0) FROM jobs";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Per kind, the jobs above <paramref name="afterId"/>.</summary>
    public async Task<IReadOnlyList<JobKindStats>> StatsAsync(long afterId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT j.kind, j.jobs, j.succeeded, j.failed, a.attempts, a.rate_limited, a.busy, a.first_start, a.last_end
            FROM (SELECT kind, COUNT(*) AS jobs, SUM(state = 'succeeded') AS succeeded, SUM(state = 'failed') AS failed
                  FROM jobs WHERE id > $after AND client_id = $client GROUP BY kind) AS j
            LEFT JOIN (SELECT jobs.kind AS kind, COUNT(*) AS attempts, SUM(job_attempts.outcome = 'rate_limited') AS rate_limited,
                              SUM(COALESCE(job_attempts.ended_at, job_attempts.started_at) - job_attempts.started_at) AS busy,
                              MIN(job_attempts.started_at) AS first_start, MAX(job_attempts.ended_at) AS last_end
                       FROM job_attempts JOIN jobs ON jobs.id = job_attempts.job_id
                       WHERE jobs.id > $after AND jobs.client_id = $client GROUP BY jobs.kind) AS a ON a.kind = j.kind
            ORDER BY j.jobs DESC
            """;
        command.Parameters.AddWithValue("$after", afterId);
        command.Parameters.AddWithValue("$client", BenchIds.Client);
        var stats = new List<JobKindStats>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            long Long(int i) => reader.IsDBNull(i) ? 0 : reader.GetInt64(i);
            stats.Add(new JobKindStats(reader.GetString(0), Long(1), Long(2), Long(3), Long(4), Long(5),
                Micros(Long(6)), Micros(Math.Max(0, Long(8) - Long(7)))));
        }
        return stats;
    }

    /// <summary>The stored result (JSON) of a job, once it has succeeded; null before.</summary>
    public async Task<Job?> GetAsync(long jobId, CancellationToken cancellationToken) =>
        await store.Jobs.GetAsync(BenchIds.Client, jobId, cancellationToken);

    private static TimeSpan Micros(long value) => TimeSpan.FromTicks(value * (TimeSpan.TicksPerMillisecond / 1000));

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
