using Stockbridge.Storage.Access;

namespace Stockbridge.Storage.Relational;

/// <summary>Saving a console user, the same on both engines: a user belongs to one client, and another client's row is never changed.</summary>
internal static class UserUpsert
{
    public const string Sql = """
        INSERT INTO users (id, client_id, email, email_lower, password_hash, role, created_at)
        VALUES (@Id, @ClientId, @Email, @EmailLower, @PasswordHash, @Role, @CreatedAt)
        ON CONFLICT (id) DO UPDATE SET email = excluded.email, email_lower = excluded.email_lower,
            password_hash = excluded.password_hash, role = excluded.role
            WHERE users.client_id = excluded.client_id
        """;

    public static object Parameters(AccessUser user) => new
    {
        user.Id, user.ClientId, user.Email, EmailLower = user.Email.ToLowerInvariant(), user.PasswordHash, user.Role,
        CreatedAt = DbTime.ToDb(user.CreatedAt),
    };

    /// <summary>Throws when the upsert wrote nothing: the id is another client's user, and saying "saved" would be false.</summary>
    public static void EnsureWritten(int rows, AccessUser user)
    {
        if (rows == 0) throw new InvalidOperationException($"User {user.Id} belongs to another client; nothing was saved.");
    }
}
