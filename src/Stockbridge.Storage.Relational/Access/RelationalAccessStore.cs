using Dapper;
using Stockbridge.Storage.Access;

namespace Stockbridge.Storage.Relational.Access;

internal sealed partial class RelationalAccessStore(IRelationalDatabase database, RelationalDialect dialect) : IAccessStore
{
    public Task SaveUserAsync(AccessUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return database.WriteAsync(async (connection, transaction) =>
        {
            // Two saves of the same email take turns: the second sees the first's owner.
            await dialect.SerializeOnAsync(connection, transaction, [$"user-email:{user.Email.ToLowerInvariant()}"], cancellationToken);
            var owner = await connection.ExecuteScalarAsync<string?>(Sql.Command(
                "SELECT id FROM users WHERE email_lower = @Email", new { Email = user.Email.ToLowerInvariant() }, cancellationToken, transaction));
            if (owner is not null && owner != user.Id)
                throw new InvalidOperationException($"Another user already has the email {user.Email}.");
            UserUpsert.EnsureWritten(await connection.ExecuteAsync(Sql.Command(
                UserUpsert.Sql, UserUpsert.Parameters(user), cancellationToken, transaction)), user);
        }, cancellationToken);
    }

    public Task<AccessUser?> FindUserByEmailAsync(string email, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<UserRow>(Sql.Command(
                $"SELECT {UserRow.Columns} FROM users WHERE email_lower = @Email", new { Email = email.ToLowerInvariant() }, cancellationToken));
            return row?.ToRecord();
        }, cancellationToken);

    public Task<AccessUser?> GetUserAsync(string clientId, string userId, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<UserRow>(Sql.Command(
                $"SELECT {UserRow.Columns} FROM users WHERE client_id = @clientId AND id = @userId", new { clientId, userId }, cancellationToken));
            return row?.ToRecord();
        }, cancellationToken);

    public Task<IReadOnlyList<AccessUser>> ListUsersAsync(string clientId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<AccessUser>>(async connection =>
        {
            var rows = await connection.QueryAsync<UserRow>(Sql.Command(
                $"SELECT {UserRow.Columns} FROM users WHERE client_id = @clientId ORDER BY email_lower", new { clientId }, cancellationToken));
            return rows.Select(row => row.ToRecord()).ToList();
        }, cancellationToken);
}
