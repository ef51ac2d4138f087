using Dapper;
using Stockbridge.Storage.Scheduling;

namespace Stockbridge.Storage.Relational.Scheduling;

internal sealed class RelationalScheduleStore(IRelationalDatabase database, TimeProvider time) : IScheduleStore
{
    // Taken when free, expired, or already ours (renewal); otherwise the conflicting row is left alone and nothing changes.
    private const string Acquire = """
        INSERT INTO leases (name, owner, expires_at) VALUES (@Name, @Owner, @Expires)
        ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
        WHERE leases.owner = excluded.owner OR leases.expires_at <= @Now
        """;

    public Task<string?> GetCursorAsync(string clientId, string connectionId, string name, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => connection.ExecuteScalarAsync<string?>(Sql.Command(
            "SELECT cursor_value FROM cursors WHERE client_id = @clientId AND connection_id = @connectionId AND name = @name",
            new { clientId, connectionId, name }, cancellationToken)), cancellationToken);

    public Task SetCursorAsync(string clientId, string connectionId, string name, string cursor, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => connection.ExecuteAsync(Sql.Command("""
            INSERT INTO cursors (client_id, connection_id, name, cursor_value, updated_at) VALUES (@clientId, @connectionId, @name, @cursor, @now)
            ON CONFLICT (client_id, connection_id, name) DO UPDATE SET cursor_value = excluded.cursor_value, updated_at = excluded.updated_at
            """, new { clientId, connectionId, name, cursor, now = DbTime.ToDb(time.GetUtcNow()) }, cancellationToken, transaction)),
            cancellationToken);

    public async Task<bool> TryAcquireLeaseAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var changed = await database.WriteAsync((connection, transaction) => connection.ExecuteAsync(Sql.Command(Acquire, new
        {
            Name = name, Owner = owner, Expires = DbTime.ToDb(now + duration), Now = DbTime.ToDb(now),
        }, cancellationToken, transaction)), cancellationToken);
        return changed == 1;
    }

    public Task ReleaseLeaseAsync(string name, string owner, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => connection.ExecuteAsync(Sql.Command(
            "DELETE FROM leases WHERE name = @name AND owner = @owner", new { name, owner }, cancellationToken, transaction)), cancellationToken);
}
