using Dapper;
using Stockbridge.Storage.Connections;

namespace Stockbridge.Storage.Relational.Connections;

internal sealed class RelationalConnectionStore(IRelationalDatabase database, RelationalDialect dialect, ConnectionCodec codec, TimeProvider time)
    : IConnectionStore
{
    // Replaces a connection only when it is the same client's: another tenant's row is left alone (0 rows written).
    private const string Upsert = """
        INSERT INTO connections (id, client_id, connector_key, name, settings_json, secrets_protected, enabled, rules_json, created_at, updated_at)
        VALUES (@Id, @ClientId, @ConnectorKey, @Name, @SettingsJson, @SecretsProtected, @Enabled, @RulesJson, @Now, @Now)
        ON CONFLICT (id) DO UPDATE SET
            connector_key = excluded.connector_key, name = excluded.name, settings_json = excluded.settings_json,
            secrets_protected = excluded.secrets_protected, enabled = excluded.enabled, rules_json = excluded.rules_json,
            updated_at = excluded.updated_at
        WHERE connections.client_id = excluded.client_id
        """;

    public Task SaveAsync(ConnectionRecord connection, CancellationToken cancellationToken)
    {
        var parameters = codec.ToParameters(connection, DbTime.ToDb(time.GetUtcNow()));
        return database.WriteAsync(async (db, transaction) =>
        {
            await dialect.CloseJobGateAsync(db, transaction, connection.Id, cancellationToken);
            var clientExists = await db.ExecuteScalarAsync<long>(Sql.Command(
                "SELECT COUNT(*) FROM clients WHERE id = @ClientId", new { connection.ClientId }, cancellationToken, transaction));
            if (clientExists == 0) throw new InvalidOperationException($"Client '{connection.ClientId}' does not exist; create it first.");
            var written = await db.ExecuteAsync(Sql.Command(Upsert, parameters, cancellationToken, transaction));
            if (written == 0) throw new InvalidOperationException($"Connection id '{connection.Id}' is already used by another client.");
            // Disabling parks the connection's waiting jobs and enabling resumes them, in the same transaction.
            await db.ExecuteAsync(Sql.Command(ParkingSql.For(connection.Enabled),
                new { connection.ClientId, connection.Id, Now = DbTime.ToDb(time.GetUtcNow()) }, cancellationToken, transaction));
        }, cancellationToken);
    }

    public Task<ConnectionRecord?> GetAsync(string clientId, string connectionId, CancellationToken cancellationToken) =>
        GetOneAsync($"SELECT {ConnectionRow.Columns} FROM connections WHERE client_id = @clientId AND id = @connectionId",
            new { clientId, connectionId }, cancellationToken);

    public Task<ConnectionRecord?> FindForWebhookAsync(string connectionId, CancellationToken cancellationToken) =>
        GetOneAsync($"SELECT {ConnectionRow.Columns} FROM connections WHERE id = @connectionId", new { connectionId }, cancellationToken);

    public Task<bool> IsEnabledAsync(string clientId, string connectionId, CancellationToken cancellationToken) =>
        database.ReadAsync(async db => await db.ExecuteScalarAsync<bool?>(Sql.Command(
            "SELECT enabled FROM connections WHERE client_id = @clientId AND id = @connectionId", new { clientId, connectionId }, cancellationToken)) == true,
            cancellationToken);

    public Task<IReadOnlyList<ConnectionRecord>> ListAsync(string clientId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<ConnectionRecord>>(async db =>
        {
            var rows = await db.QueryAsync<ConnectionRow>(Sql.Command(
                $"SELECT {ConnectionRow.Columns} FROM connections WHERE client_id = @clientId ORDER BY id", new { clientId }, cancellationToken));
            return rows.Select(codec.ToRecord).ToList();
        }, cancellationToken);

    private Task<ConnectionRecord?> GetOneAsync(string sql, object parameters, CancellationToken cancellationToken) =>
        database.ReadAsync(async db =>
        {
            var row = await db.QuerySingleOrDefaultAsync<ConnectionRow>(Sql.Command(sql, parameters, cancellationToken));
            return row is null ? null : codec.ToRecord(row);
        }, cancellationToken);
}
