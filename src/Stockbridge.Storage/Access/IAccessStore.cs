namespace Stockbridge.Storage.Access;

/// <summary>Console users and API tokens. Lookups for signing in are global; everything else is scoped by client.</summary>
public interface IAccessStore
{
    /// <summary>Creates or replaces a user (by id). Fails if the email belongs to another user or the id to another client's user.</summary>
    Task SaveUserAsync(AccessUser user, CancellationToken cancellationToken);
    /// <summary>The user with this email (case-insensitive), whatever the client: only for signing in.</summary>
    Task<AccessUser?> FindUserByEmailAsync(string email, CancellationToken cancellationToken);
    /// <summary>The client's user, or null (also null for another client's user).</summary>
    Task<AccessUser?> GetUserAsync(string clientId, string userId, CancellationToken cancellationToken);
    /// <summary>The client's users, by email.</summary>
    Task<IReadOnlyList<AccessUser>> ListUsersAsync(string clientId, CancellationToken cancellationToken);

    /// <summary>Stores a new token (its hash only).</summary>
    Task CreateTokenAsync(ApiToken token, CancellationToken cancellationToken);
    /// <summary>The token with this hash, whatever the client (revoked ones too): only for authenticating a request.</summary>
    Task<ApiToken?> FindTokenByHashAsync(string tokenHash, CancellationToken cancellationToken);
    /// <summary>The client's tokens, newest first.</summary>
    Task<IReadOnlyList<ApiToken>> ListTokensAsync(string clientId, CancellationToken cancellationToken);
    /// <summary>Revokes the client's token; false if it is not the client's or already revoked.</summary>
    Task<bool> RevokeTokenAsync(string clientId, string tokenId, DateTimeOffset at, CancellationToken cancellationToken);
}
