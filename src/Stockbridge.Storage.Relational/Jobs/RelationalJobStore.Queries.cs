using Dapper;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Storage.Relational.Jobs;

internal abstract partial class RelationalJobStore<TDatabase>
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
            var (state, kind, connectionId, beforeId) = (dialect.NullableText("@State"), dialect.NullableText("@Kind"),
                dialect.NullableText("@ConnectionId"), dialect.NullableInteger("@BeforeId"));
            var rows = await connection.QueryAsync<JobRow>(Sql.Command($"""
                SELECT {JobRow.Columns} FROM jobs
                WHERE client_id = @ClientId
                  AND ({state} IS NULL OR state = {state})
                  AND ({kind} IS NULL OR kind = {kind})
                  AND ({connectionId} IS NULL OR connection_id = {connectionId})
                  AND ({beforeId} IS NULL OR id < {beforeId})
                ORDER BY id DESC LIMIT @Limit
                """, new
            {
                ClientId = clientId, State = query.State is { } wanted ? JobStateNames.ToDb(wanted) : null,
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
            var next = await connection.ExecuteScalarAsync<long?>(Sql.Command(JobReadSql.NextDue, null, cancellationToken));
            return DbTime.FromDb(next);
        }, cancellationToken);
}
