using Dapper;
using Stockbridge.Storage.Records;

namespace Stockbridge.Storage.Relational.Records;

internal sealed partial class RelationalRecordStore
{
    // Written only when the connection belongs to the link's client: a link can never point into another tenant.
    private const string SaveLink = """
        INSERT INTO links (client_id, connection_id, entity, key, external_id, ids_json, pushed_hash, pushed_at)
        SELECT @ClientId, @ConnectionId, @Entity, @Key, @ExternalId, @IdsJson, @PushedHash, @PushedAt
        WHERE EXISTS (SELECT 1 FROM connections WHERE id = @ConnectionId AND client_id = @ClientId)
        ON CONFLICT (client_id, connection_id, entity, key) DO UPDATE SET
            external_id = excluded.external_id, ids_json = excluded.ids_json,
            pushed_hash = excluded.pushed_hash, pushed_at = excluded.pushed_at
        """;

    public Task<RecordLink?> GetLinkAsync(string clientId, string connectionId, string entity, string key, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<LinkRow>(Sql.Command($"""
                SELECT {LinkRow.Columns} FROM links
                WHERE client_id = @clientId AND connection_id = @connectionId AND entity = @entity AND key = @key
                """, new { clientId, connectionId, entity, key }, cancellationToken));
            return row?.ToLink();
        }, cancellationToken);

    public Task SaveLinksAsync(IReadOnlyList<RecordLink> links, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            foreach (var link in links)
            {
                var written = await connection.ExecuteAsync(Sql.Command(SaveLink, new
                {
                    link.ClientId, link.ConnectionId, link.Entity, link.Key, link.ExternalId, link.IdsJson, link.PushedHash,
                    PushedAt = DbTime.ToDb(link.PushedAt),
                }, cancellationToken, transaction));
                if (written == 0)
                {
                    throw new InvalidOperationException($"Connection '{link.ConnectionId}' does not exist for client '{link.ClientId}'.");
                }
            }
        }, cancellationToken);

    public Task<IReadOnlyList<RecordLink>> ListLinksAsync(
        string clientId, string connectionId, string entity, string? afterKey, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<RecordLink>>(async connection =>
        {
            var after = dialect.NullableText("@afterKey");
            var rows = await connection.QueryAsync<LinkRow>(Sql.Command($"""
                SELECT {LinkRow.Columns} FROM links
                WHERE client_id = @clientId AND connection_id = @connectionId AND entity = @entity AND ({after} IS NULL OR key > {after})
                ORDER BY key LIMIT @limit
                """, new { clientId, connectionId, entity, afterKey, limit }, cancellationToken));
            return rows.Select(row => row.ToLink()).ToList();
        }, cancellationToken);
}
