using Dapper;
using Stockbridge.Storage.Clients;

namespace Stockbridge.Storage.Relational.Clients;

internal sealed class RelationalClientStore(IRelationalDatabase database) : IClientStore
{
    private const string Columns = "id AS Id, name AS Name, created_at AS CreatedAt";

    public Task UpsertAsync(ClientRecord client, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => connection.ExecuteAsync(Sql.Command("""
            INSERT INTO clients (id, name, created_at) VALUES (@Id, @Name, @CreatedAt)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name
            """, new { client.Id, client.Name, CreatedAt = DbTime.ToDb(client.CreatedAt) }, cancellationToken, transaction)), cancellationToken);

    public Task<ClientRecord?> GetAsync(string clientId, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<ClientRow>(Sql.Command(
                $"SELECT {Columns} FROM clients WHERE id = @clientId", new { clientId }, cancellationToken));
            return row?.ToRecord();
        }, cancellationToken);

    public Task<IReadOnlyList<ClientRecord>> ListAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<ClientRecord>>(async connection =>
        {
            var rows = await connection.QueryAsync<ClientRow>(Sql.Command(
                $"SELECT {Columns} FROM clients ORDER BY id", null, cancellationToken));
            return rows.Select(row => row.ToRecord()).ToList();
        }, cancellationToken);
}
