using Dapper;
using Stockbridge.Storage.Access;

namespace Stockbridge.Storage.Relational.Access;

internal sealed partial class RelationalAccessStore
{
    public Task CreateTokenAsync(ApiToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        return database.WriteAsync((connection, transaction) => connection.ExecuteAsync(Sql.Command("""
            INSERT INTO api_tokens (id, client_id, name, token_hash, created_at, revoked_at)
            VALUES (@Id, @ClientId, @Name, @TokenHash, @CreatedAt, @RevokedAt)
            """, new
        {
            token.Id, token.ClientId, token.Name, token.TokenHash,
            CreatedAt = DbTime.ToDb(token.CreatedAt), RevokedAt = DbTime.ToDb(token.RevokedAt),
        }, cancellationToken, transaction)), cancellationToken);
    }

    public Task<ApiToken?> FindTokenByHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<TokenRow>(Sql.Command(
                $"SELECT {TokenRow.Columns} FROM api_tokens WHERE token_hash = @tokenHash", new { tokenHash }, cancellationToken));
            return row?.ToRecord();
        }, cancellationToken);

    public Task<IReadOnlyList<ApiToken>> ListTokensAsync(string clientId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<ApiToken>>(async connection =>
        {
            var rows = await connection.QueryAsync<TokenRow>(Sql.Command(
                $"SELECT {TokenRow.Columns} FROM api_tokens WHERE client_id = @clientId ORDER BY created_at DESC, id",
                new { clientId }, cancellationToken));
            return rows.Select(row => row.ToRecord()).ToList();
        }, cancellationToken);

    public Task<bool> RevokeTokenAsync(string clientId, string tokenId, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await connection.ExecuteAsync(Sql.Command(
            "UPDATE api_tokens SET revoked_at = @At WHERE client_id = @clientId AND id = @tokenId AND revoked_at IS NULL",
            new { clientId, tokenId, At = DbTime.ToDb(at) }, cancellationToken, transaction)) == 1, cancellationToken);
}
