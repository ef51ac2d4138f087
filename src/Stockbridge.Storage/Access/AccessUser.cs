namespace Stockbridge.Storage.Access;

/// <summary>A console user of one client. <see cref="ToString"/> never shows the password hash.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="ClientId">The client the user belongs to (and the only one they see).</param>
/// <param name="Email">Login name, unique across the hub (compared case-insensitively).</param>
/// <param name="PasswordHash">The password's salted hash (never the password).</param>
/// <param name="Role">admin, operator or viewer (see <see cref="AccessRoles"/>).</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record AccessUser(string Id, string ClientId, string Email, string PasswordHash, string Role, DateTimeOffset CreatedAt)
{
    /// <inheritdoc />
    public override string ToString() => $"User {Id} ({Email}, {Role}, client {ClientId})";
}
