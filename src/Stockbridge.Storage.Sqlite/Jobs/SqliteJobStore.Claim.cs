using Dapper;
using Microsoft.Data.Sqlite;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Storage.Sqlite.Jobs;

internal sealed partial class SqliteJobStore
{
    // Rounds of reading candidates: a later round only helps when an earlier one read a full page of a kind and then had
    // to pass over rows (connection at its limit, record busy).
    private const int MaxClaimRounds = 3;

    /// <summary>
    /// Claims in one write transaction: reads what is running (per connection, among the claimed kinds, and per record),
    /// then the best due jobs of each kind (index reads bounded by what the claim can take) and running jobs whose lease
    /// ran out; takes them best first while the connection is under its limit and the record has nothing running.
    /// </summary>
    public override Task<IReadOnlyList<ClaimedJob>> ClaimAsync(ClaimRequest request, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.MaxJobs);
        var filterKinds = request.Kinds is not null;
        if (filterKinds && request.Kinds!.Count == 0) return Task.FromResult<IReadOnlyList<ClaimedJob>>([]);

        return Database.WriteAsync<IReadOnlyList<ClaimedJob>>(async (connection, transaction) =>
        {
            var now = DbTime.ToDb(Time.GetUtcNow());
            var expires = DbTime.ToDb(Time.GetUtcNow() + request.Lease);
            var kinds = request.Kinds ?? (await connection.QueryAsync<string>(Sql.Command(
                ClaimSql.PendingKinds, null, cancellationToken, transaction))).AsList();
            var running = (await connection.QueryAsync<(string ConnectionId, long Running)>(Sql.Command(
                ClaimSql.RunningPerConnection(filterKinds), new { Now = now, Kinds = kinds }, cancellationToken, transaction)))
                .ToDictionary(r => r.ConnectionId, r => r.Running, StringComparer.Ordinal);
            var busy = (await connection.QueryAsync<RunningKey>(Sql.Command(
                ClaimSql.RunningKeys, new { Now = now }, cancellationToken, transaction))).ToHashSet();
            var max = request.MaxRunningPerConnection;
            bool Full(string? connectionId) => max > 0 && connectionId is not null && running.GetValueOrDefault(connectionId) >= max;

            var claimed = new List<ClaimedJob>();
            for (var round = 0; round < MaxClaimRounds && claimed.Count < request.MaxJobs; round++)
            {
                var limit = (request.MaxJobs - claimed.Count) * 2 + busy.Count;
                var full = running.Keys.Where(Full).ToArray();
                var (candidates, morePages) = await CandidatesAsync(connection, transaction, kinds, filterKinds, full, now, limit, cancellationToken);
                var before = claimed.Count;
                foreach (var candidate in candidates)
                {
                    if (claimed.Count == request.MaxJobs) break;
                    var record = candidate.Key is null ? null : new RunningKey(candidate.ClientId, candidate.ConnectionId, candidate.Key);
                    if (Full(candidate.ConnectionId) || (record is not null && busy.Contains(record))) continue;
                    claimed.Add(await TakeAsync(connection, transaction, candidate, request.Worker, now, expires, cancellationToken));
                    if (record is not null) busy.Add(record);
                    if (candidate.ConnectionId is { } id) running[id] = running.GetValueOrDefault(id) + 1;
                }
                if (!morePages || claimed.Count == before) break;
            }
            return claimed;
        }, cancellationToken);
    }

    private static async Task<(List<ClaimCandidate> Candidates, bool MorePages)> CandidatesAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyCollection<string> kinds, bool filterKinds, string[] full,
        long now, int limit, CancellationToken cancellationToken)
    {
        var candidates = (await connection.QueryAsync<ClaimCandidate>(Sql.Command(
            ClaimSql.Expired(filterKinds), new { Now = now, Kinds = kinds, Limit = limit }, cancellationToken, transaction))).AsList();
        var morePages = candidates.Count == limit;
        var due = ClaimSql.Due(full.Length > 0);
        foreach (var kind in kinds)
        {
            var rows = (await connection.QueryAsync<ClaimCandidate>(Sql.Command(
                due, new { Kind = kind, Now = now, Full = full, Limit = limit }, cancellationToken, transaction))).AsList();
            morePages |= rows.Count == limit;
            candidates.AddRange(rows);
        }
        candidates.Sort(static (a, b) => a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority)
            : a.NextRunAt != b.NextRunAt ? a.NextRunAt.CompareTo(b.NextRunAt) : a.Id.CompareTo(b.Id));
        return (candidates, morePages);
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
