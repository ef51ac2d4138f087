using Dapper;
using Npgsql;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Postgres.Infrastructure;

namespace Stockbridge.Storage.Postgres.Jobs;

/// <summary>
/// Claims on many nodes at once: candidates are locked with <c>FOR UPDATE SKIP LOCKED</c> (no two nodes get the same row,
/// and none waits for another's), and when a per-connection limit applies, the connections' advisory locks are taken
/// (in hash order) before their running jobs are counted, so two nodes can never both fill the last free place.
/// </summary>
internal sealed partial class PostgresJobStore
{
    public Task<IReadOnlyList<ClaimedJob>> ClaimAsync(ClaimRequest request, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.MaxJobs);
        var filterKinds = request.Kinds is not null;
        if (filterKinds && request.Kinds!.Count == 0) return Task.FromResult<IReadOnlyList<ClaimedJob>>([]);
        var kinds = request.Kinds?.ToArray() ?? [];

        var now = DbTime.ToDb(time.GetUtcNow());
        var expires = DbTime.ToDb(time.GetUtcNow() + request.Lease);
        if (request.MaxRunningPerConnection <= 0)
        {
            // No limit to check: one statement (its own transaction) finds, takes and opens attempts.
            return database.ReadAsync<IReadOnlyList<ClaimedJob>>(async connection =>
            {
                var rows = await connection.QueryAsync<JobRow>(Sql.Command(ClaimSql.ClaimAll, new
                {
                    Now = now, Expires = expires, request.Worker, FilterKinds = filterKinds, Kinds = kinds, MaxPerConnection = 0, Limit = request.MaxJobs,
                }, cancellationToken));
                return rows.Select(row => new ClaimedJob(row.ToJob(), row.LeaseToken)).ToList();
            }, cancellationToken);
        }

        return database.WriteAsync<IReadOnlyList<ClaimedJob>>(async (connection, transaction) =>
        {
            var claimed = new List<ClaimedJob>();
            while (claimed.Count < request.MaxJobs)
            {
                var candidates = (await connection.QueryAsync<ClaimCandidate>(Sql.Command(ClaimSql.Candidates, new
                {
                    Now = now, FilterKinds = filterKinds, Kinds = kinds, MaxPerConnection = request.MaxRunningPerConnection,
                    Limit = request.MaxJobs - claimed.Count,
                }, cancellationToken, transaction))).AsList();
                if (candidates.Count == 0) break;

                if (request.MaxRunningPerConnection > 0)
                {
                    await AdvisoryLocks.LockAsync(connection, transaction,
                        candidates.Where(c => c.ConnectionId is not null).Select(c => $"connection-running:{c.ConnectionId}"), cancellationToken);
                }
                var before = claimed.Count;
                foreach (var candidate in candidates)
                {
                    if (!await HasRoomAsync(connection, transaction, candidate, request.MaxRunningPerConnection, now, cancellationToken)) continue;
                    claimed.Add(await TakeAsync(connection, transaction, candidate, request.Worker, now, expires, cancellationToken));
                }
                // Another node filled the remaining places between our read and our lock: what is left waits for a later claim.
                if (claimed.Count == before) break;
            }
            return claimed;
        }, cancellationToken);
    }

    private static async Task<bool> HasRoomAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, ClaimCandidate candidate, int maxPerConnection, long now, CancellationToken cancellationToken)
    {
        if (maxPerConnection <= 0 || candidate.ConnectionId is null) return true;
        var running = await connection.ExecuteScalarAsync<long>(Sql.Command(
            ClaimSql.RunningOnConnection, new { candidate.ConnectionId, Now = now }, cancellationToken, transaction));
        return running < maxPerConnection;
    }

    private static async Task<ClaimedJob> TakeAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, ClaimCandidate candidate, string worker, long now, long expires,
        CancellationToken cancellationToken)
    {
        if (candidate.State == JobStateNames.Running)
        {
            await connection.ExecuteAsync(Sql.Command(ClaimSql.AbandonOpenAttempt, new
            {
                candidate.Id, Error = $"lease of worker {candidate.LeaseOwner} ran out; the job was claimed again",
            }, cancellationToken, transaction));
        }

        var row = await connection.QuerySingleAsync<JobRow>(Sql.Command(
            ClaimSql.Take, new { candidate.Id, Worker = worker, Expires = expires, Now = now }, cancellationToken, transaction));
        await connection.ExecuteAsync(Sql.Command(
            ClaimSql.OpenAttempt, new { row.Id, Number = row.Attempts, Worker = worker, Now = now }, cancellationToken, transaction));
        return new ClaimedJob(row.ToJob(), row.LeaseToken);
    }
}
