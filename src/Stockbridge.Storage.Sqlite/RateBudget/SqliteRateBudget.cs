using Dapper;
using Stockbridge.Storage.RateLimiting;
using Stockbridge.Storage.Sqlite.Infrastructure;

namespace Stockbridge.Storage.Sqlite.RateBudget;

/// <summary>
/// The per-connection budget in the file: one <c>rate_buckets</c> row per connection, read and written back in one
/// <c>BEGIN IMMEDIATE</c> transaction, so every process on this file draws from the same bucket.
/// </summary>
internal sealed class SqliteRateBudget(SqliteDatabase database, TimeProvider time) : ISharedRateBudget
{
    public Task<TimeSpan> TryTakeAsync(string connectionId, double ratePerSecond, double burst, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionId);
        return database.WriteAsync(async (connection, transaction) =>
        {
            var now = DbTime.ToDb(time.GetUtcNow());
            var stored = await connection.QuerySingleOrDefaultAsync<(double Tokens, long UpdatedAt)?>(Sql.Command(
                "SELECT tokens, updated_at FROM rate_buckets WHERE connection_id = @connectionId", new { connectionId }, cancellationToken, transaction));
            var state = stored is { } s ? new TokenBucketState(s.Tokens, s.UpdatedAt) : TokenBucketState.Full(burst, now);
            var (next, wait) = state.Take(now, ratePerSecond, burst);
            await connection.ExecuteAsync(Sql.Command("""
                INSERT INTO rate_buckets (connection_id, tokens, updated_at) VALUES (@connectionId, @Tokens, @UpdatedAt)
                ON CONFLICT (connection_id) DO UPDATE SET tokens = excluded.tokens, updated_at = excluded.updated_at
                """, new { connectionId, next.Tokens, next.UpdatedAt }, cancellationToken, transaction));
            return wait;
        }, cancellationToken);
    }
}
