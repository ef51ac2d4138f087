using Dapper;
using Stockbridge.Storage.Postgres.Infrastructure;
using Stockbridge.Storage.RateLimiting;

namespace Stockbridge.Storage.Postgres.RateBudget;

/// <summary>
/// The shared per-connection budget: one <c>rate_buckets</c> row per connection, created full on first use, read with
/// <c>FOR UPDATE</c> and written back in the same transaction, so nodes taking tokens at once queue on the row.
/// </summary>
internal sealed class PostgresRateBudget(PostgresDatabase database, TimeProvider time) : ISharedRateBudget
{
    public Task<TimeSpan> TryTakeAsync(string connectionId, double ratePerSecond, double burst, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionId);
        return database.WriteAsync(async (connection, transaction) =>
        {
            var now = DbTime.ToDb(time.GetUtcNow());
            await connection.ExecuteAsync(Sql.Command("""
                INSERT INTO rate_buckets (connection_id, tokens, updated_at) VALUES (@connectionId, @burst, @now)
                ON CONFLICT (connection_id) DO NOTHING
                """, new { connectionId, burst, now }, cancellationToken, transaction));
            var state = await connection.QuerySingleAsync<TokenBucketState>(Sql.Command(
                "SELECT tokens AS Tokens, updated_at AS UpdatedAt FROM rate_buckets WHERE connection_id = @connectionId FOR UPDATE",
                new { connectionId }, cancellationToken, transaction));
            var (next, wait) = state.Take(now, ratePerSecond, burst);
            await connection.ExecuteAsync(Sql.Command(
                "UPDATE rate_buckets SET tokens = @Tokens, updated_at = @UpdatedAt WHERE connection_id = @connectionId",
                new { next.Tokens, next.UpdatedAt, connectionId }, cancellationToken, transaction));
            return wait;
        }, cancellationToken);
    }
}
