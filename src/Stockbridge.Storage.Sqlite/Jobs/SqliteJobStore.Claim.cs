using Dapper;
using Microsoft.Data.Sqlite;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Sqlite.Infrastructure;

namespace Stockbridge.Storage.Sqlite.Jobs;

internal sealed partial class SqliteJobStore
{
    public Task<IReadOnlyList<ClaimedJob>> ClaimAsync(ClaimRequest request, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.MaxJobs);
        var filterKinds = request.Kinds is not null;
        if (filterKinds && request.Kinds!.Count == 0) return Task.FromResult<IReadOnlyList<ClaimedJob>>([]);

        var candidatesSql = ClaimSql.Candidates(filterKinds);
        return database.WriteAsync<IReadOnlyList<ClaimedJob>>(async (connection, transaction) =>
        {
            var now = DbTime.ToDb(time.GetUtcNow());
            var expires = DbTime.ToDb(time.GetUtcNow() + request.Lease);
            var claimed = new List<ClaimedJob>();
            var busyKeys = new HashSet<(string?, string)>();
            // Each round's first candidate is usually claimable (its connection was under the limit and its record idle
            // when read, in this same transaction); a round that claims nothing ends the claim.
            while (claimed.Count < request.MaxJobs)
            {
                var before = claimed.Count;
                var candidates = (await connection.QueryAsync<ClaimCandidate>(Sql.Command(candidatesSql, new
                {
                    Now = now, request.Kinds, MaxPerConnection = request.MaxRunningPerConnection, Limit = request.MaxJobs - claimed.Count,
                }, cancellationToken, transaction))).AsList();
                if (candidates.Count == 0) break;

                foreach (var candidate in candidates)
                {
                    if (candidate.Key is not null && busyKeys.Contains((candidate.ConnectionId, candidate.Key))) continue;
                    if (!await HasRoomAsync(connection, transaction, candidate, request.MaxRunningPerConnection, now, cancellationToken)) continue;
                    claimed.Add(await TakeAsync(connection, transaction, candidate, request.Worker, now, expires, cancellationToken));
                    if (candidate.Key is not null) busyKeys.Add((candidate.ConnectionId, candidate.Key));
                }
                if (claimed.Count == before) break;
            }
            return claimed;
        }, cancellationToken);
    }

    private static async Task<bool> HasRoomAsync(
        SqliteConnection connection, SqliteTransaction transaction, ClaimCandidate candidate, int maxPerConnection, long now, CancellationToken cancellationToken)
    {
        if (maxPerConnection <= 0 || candidate.ConnectionId is null) return true;
        var running = await connection.ExecuteScalarAsync<long>(Sql.Command(
            ClaimSql.RunningOnConnection, new { candidate.ConnectionId, Now = now }, cancellationToken, transaction));
        return running < maxPerConnection;
    }

    private static async Task<ClaimedJob> TakeAsync(
        SqliteConnection connection, SqliteTransaction transaction, ClaimCandidate candidate, string worker, long now, long expires,
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
