using Dapper;
using Npgsql;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Postgres.Infrastructure;

namespace Stockbridge.Storage.Postgres.Jobs;

/// <summary>
/// Claims on many nodes at once. Candidates are locked with <c>FOR UPDATE SKIP LOCKED</c> (no two nodes get the same row,
/// and none waits for another's). Two nodes could still pick two different jobs of one record, or the last free places
/// of one connection, so the candidates' record and connection advisory locks are then taken (all at once, in hash
/// order: never a deadlock) and eligibility is checked again on a fresh snapshot before anything is taken.
/// </summary>
internal sealed partial class PostgresJobStore
{
    public override Task<IReadOnlyList<ClaimedJob>> ClaimAsync(ClaimRequest request, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.MaxJobs);
        var filterKinds = request.Kinds is not null;
        if (filterKinds && request.Kinds!.Count == 0) return Task.FromResult<IReadOnlyList<ClaimedJob>>([]);
        var kinds = request.Kinds?.ToArray() ?? [];
        var now = DbTime.ToDb(Time.GetUtcNow());
        var expires = DbTime.ToDb(Time.GetUtcNow() + request.Lease);

        return Database.WriteAsync<IReadOnlyList<ClaimedJob>>(async (connection, transaction) =>
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

                var chosen = await ChooseAsync(connection, transaction, candidates, request.MaxRunningPerConnection, filterKinds, kinds, now, cancellationToken);
                // Another node took the record or filled the connection between our read and our lock: the rest waits.
                if (chosen.Count == 0) break;
                var rows = await connection.QueryAsync<JobRow>(Sql.Command(ClaimSql.Take, new
                {
                    Ids = chosen.ToArray(), Worker = request.Worker, Expires = expires, Now = now,
                }, cancellationToken, transaction));
                claimed.AddRange(rows.Select(row => new ClaimedJob(row.ToJob(), row.LeaseToken)));
            }
            return claimed;
        }, cancellationToken);
    }

    private static async Task<List<long>> ChooseAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, List<ClaimCandidate> candidates, int maxPerConnection, bool filterKinds,
        string[] kinds, long now, CancellationToken cancellationToken)
    {
        var locks = candidates.Where(c => c.Key is not null).Select(c => $"job-record:{c.ClientId}:{c.ConnectionId}:{c.Key}");
        if (maxPerConnection > 0) locks = locks.Concat(candidates.Where(c => c.ConnectionId is not null).Select(c => $"connection-running:{c.ConnectionId}"));
        await AdvisoryLocks.LockAsync(connection, transaction, locks, cancellationToken);

        var eligible = (await connection.QueryAsync<long>(Sql.Command(ClaimSql.StillEligible, new
        {
            Ids = candidates.Select(c => c.Id).ToArray(), Now = now, MaxPerConnection = maxPerConnection, FilterKinds = filterKinds, Kinds = kinds,
        }, cancellationToken, transaction))).ToHashSet();
        var running = maxPerConnection <= 0 ? new Dictionary<string, long>() : (await connection.QueryAsync<(string ConnectionId, long Running)>(Sql.Command(
            ClaimSql.RunningPerConnection, new { Connections = candidates.Select(c => c.ConnectionId).OfType<string>().Distinct().ToArray(), Now = now, FilterKinds = filterKinds, Kinds = kinds },
            cancellationToken, transaction))).ToDictionary(r => r.ConnectionId, r => r.Running);

        var chosen = new List<long>();
        var records = new HashSet<(string ClientId, string? ConnectionId, string Key)>();
        foreach (var candidate in candidates.Where(c => eligible.Contains(c.Id)))
        {
            if (candidate.Key is { } key && !records.Add((candidate.ClientId, candidate.ConnectionId, key))) continue;
            if (maxPerConnection > 0 && candidate.ConnectionId is { } connectionId)
            {
                var count = running.GetValueOrDefault(connectionId);
                if (count >= maxPerConnection) continue;
                running[connectionId] = count + 1;
            }
            chosen.Add(candidate.Id);
        }
        return chosen;
    }
}
