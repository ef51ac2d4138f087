using Dapper;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Postgres.Infrastructure;

namespace Stockbridge.Storage.Postgres.Jobs;

internal sealed partial class PostgresJobStore
{
    public Task<Job?> GetAsync(string clientId, long jobId, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<JobRow>(Sql.Command(
                $"SELECT {JobRow.Columns} FROM jobs WHERE client_id = @clientId AND id = @jobId", new { clientId, jobId }, cancellationToken));
            return row?.ToJob();
        }, cancellationToken);

    public Task<IReadOnlyList<Job>> ListAsync(string clientId, JobQuery query, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<Job>>(async connection =>
        {
            var rows = await connection.QueryAsync<JobRow>(Sql.Command($"""
                SELECT {JobRow.Columns} FROM jobs
                WHERE client_id = @ClientId
                  AND (@State::text IS NULL OR state = @State::text)
                  AND (@Kind::text IS NULL OR kind = @Kind::text)
                  AND (@ConnectionId::text IS NULL OR connection_id = @ConnectionId::text)
                  AND (@BeforeId::bigint IS NULL OR id < @BeforeId::bigint)
                ORDER BY id DESC LIMIT @Limit
                """, new
            {
                ClientId = clientId, State = query.State is { } state ? JobStateNames.ToDb(state) : null,
                query.Kind, query.ConnectionId, query.BeforeId, query.Limit,
            }, cancellationToken));
            return rows.Select(row => row.ToJob()).ToList();
        }, cancellationToken);

    public Task<IReadOnlyList<JobAttempt>> AttemptsAsync(string clientId, long jobId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<JobAttempt>>(async connection =>
        {
            var rows = await connection.QueryAsync<AttemptRow>(Sql.Command($"""
                SELECT {AttemptRow.Columns} FROM job_attempts a JOIN jobs j ON j.id = a.job_id
                WHERE j.client_id = @clientId AND a.job_id = @jobId
                ORDER BY a.number
                """, new { clientId, jobId }, cancellationToken));
            return rows.Select(row => row.ToAttempt()).ToList();
        }, cancellationToken);

    public Task<IReadOnlyDictionary<JobState, long>> CountByStateAsync(string clientId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyDictionary<JobState, long>>(async connection =>
        {
            var rows = await connection.QueryAsync<(string State, long Count)>(Sql.Command(
                "SELECT state, COUNT(*) FROM jobs WHERE client_id = @clientId GROUP BY state", new { clientId }, cancellationToken));
            var counts = Enum.GetValues<JobState>().ToDictionary(state => state, _ => 0L);
            foreach (var (state, count) in rows) counts[JobStateNames.FromDb(state)] = count;
            return counts;
        }, cancellationToken);

    public Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var next = await connection.ExecuteScalarAsync<long?>(Sql.Command(
                "SELECT MIN(next_run_at) FROM jobs WHERE state = 'pending'", null, cancellationToken));
            return DbTime.FromDb(next);
        }, cancellationToken);
}
