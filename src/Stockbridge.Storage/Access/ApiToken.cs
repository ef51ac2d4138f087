namespace Stockbridge.Storage.Access;

/// <summary>An API token of one client. Only its SHA-256 hash is stored; the token itself is shown once at creation.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="ClientId">The client the token acts for (and the only one it sees).</param>
/// <param name="Name">What it is for, e.g. "warehouse dashboard".</param>
/// <param name="TokenHash">Lowercase hex SHA-256 of the token.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="RevokedAt">When it was revoked, or null while it is valid.</param>
public sealed record ApiToken(string Id, string ClientId, string Name, string TokenHash, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    /// <summary>Whether the token may still be used.</summary>
    public bool Active => RevokedAt is null;

    /// <inheritdoc />
    public override string ToString() => $"ApiToken {Id} ({Name}, client {ClientId}{(Active ? "" : ", revoked")})";
}
