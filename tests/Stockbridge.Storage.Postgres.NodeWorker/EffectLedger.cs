using Npgsql;

namespace Stockbridge.Storage.Postgres.NodeWorker;

/// <summary>
/// The handler's outside effect, written idempotently as a real handler must (check-then-write under a lock on the
/// idempotency key): a job run again after its worker died finds its effect already there and records a repeat instead.
/// </summary>
internal sealed class EffectLedger(string connectionString, string node) : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public async Task ApplyAsync(string idempotencyKey, long jobId, long leaseToken, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(hashtextextended('effect:' || @key, 0))", idempotencyKey, jobId, leaseToken, cancellationToken);
        await ExecuteAsync(connection, """
            WITH applied AS (
                INSERT INTO test_effects (idempotency_key, job_id, node, lease_token, applied_at)
                SELECT @key, @job, @node, @token, clock_timestamp()
                WHERE NOT EXISTS (SELECT 1 FROM test_effects WHERE idempotency_key = @key)
                RETURNING 1)
            INSERT INTO test_effect_repeats (idempotency_key, job_id, node, seen_at)
            SELECT @key, @job, @node, clock_timestamp() WHERE NOT EXISTS (SELECT 1 FROM applied)
            """, idempotencyKey, jobId, leaseToken, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, string key, long jobId, long token, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("job", jobId);
        command.Parameters.AddWithValue("node", node);
        command.Parameters.AddWithValue("token", token);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
