using Dapper;
using Stockbridge.Storage.Access;
using Stockbridge.Storage.Postgres.Infrastructure;

namespace Stockbridge.Storage.Postgres.Access;

internal sealed partial class PostgresAccessStore(PostgresDatabase database) : IAccessStore
{
    public Task SaveUserAsync(AccessUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await AdvisoryLocks.LockAsync(connection, transaction, $"user-email:{user.Email.ToLowerInvariant()}", cancellationToken);
            var owner = await connection.ExecuteScalarAsync<string?>(Sql.Command(
                "SELECT id FROM users WHERE email_lower = @Email", new { Email = user.Email.ToLowerInvariant() }, cancellationToken, transaction));
            if (owner is not null && owner != user.Id)
                throw new InvalidOperationException($"Another user already has the email {user.Email}.");
            await connection.ExecuteAsync(Sql.Command("""
                INSERT INTO users (id, client_id, email, email_lower, password_hash, role, created_at)
                VALUES (@Id, @ClientId, @Email, @EmailLower, @PasswordHash, @Role, @CreatedAt)
                ON CONFLICT (id) DO UPDATE SET email = excluded.email, email_lower = excluded.email_lower,
                    password_hash = excluded.password_hash, role = excluded.role
                    WHERE users.client_id = excluded.client_id
                """, new
            {
                user.Id, user.ClientId, user.Email, EmailLower = user.Email.ToLowerInvariant(), user.PasswordHash, user.Role,
                CreatedAt = DbTime.ToDb(user.CreatedAt),
            }, cancellationToken, transaction));
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
