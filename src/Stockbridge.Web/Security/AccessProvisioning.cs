using Stockbridge.Storage;
using Stockbridge.Storage.Access;

namespace Stockbridge.Web.Security;

/// <summary>Creates console users and API tokens (used by the CLI, the console and tests).</summary>
public static class AccessProvisioning
{
    /// <summary>
    /// Creates a user of an existing client with a hashed password, or resets the password and role of the client's own
    /// user with that email. Throws for an unknown client or role, and for an email that is another client's user's (a
    /// user signs in to one client; nothing is written).
    /// </summary>
    public static async Task<AccessUser> AddUserAsync(
        IStore store, string clientId, string email, string password, string role, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        if (!AccessRoles.IsKnown(role)) throw new ArgumentException($"Unknown role '{role}': use admin, operator or viewer.", nameof(role));
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal))
            throw new ArgumentException("The email is not valid.", nameof(email));
        if (password is null || password.Length < 8) throw new ArgumentException("The password needs at least 8 characters.", nameof(password));
        _ = await store.Clients.GetAsync(clientId, cancellationToken) ?? throw new ArgumentException($"There is no client '{clientId}'.", nameof(clientId));
        var existing = await store.Access.FindUserByEmailAsync(email, cancellationToken);
        if (existing is not null && existing.ClientId != clientId)
            throw new InvalidOperationException($"The email {email.Trim()} is already a user of another client, and a user signs in to one client only; nothing was changed. Use another email.");
        var user = new AccessUser(existing?.Id ?? NewId("usr"), clientId, email.Trim(), PasswordHashing.Hash(password), role, existing?.CreatedAt ?? time.GetUtcNow());
        await store.Access.SaveUserAsync(user, cancellationToken);
        return user;
    }

    /// <summary>Creates an API token for an existing client; returns the stored token and the token itself (shown once).</summary>
    public static async Task<(ApiToken Token, string Secret)> CreateTokenAsync(
        IStore store, string clientId, string name, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        _ = await store.Clients.GetAsync(clientId, cancellationToken) ?? throw new ArgumentException($"There is no client '{clientId}'.", nameof(clientId));
        var secret = ApiTokenSecrets.Generate();
        var token = new ApiToken(NewId("tok"), clientId, string.IsNullOrWhiteSpace(name) ? "api" : name.Trim(), ApiTokenSecrets.Hash(secret), time.GetUtcNow(), null);
        await store.Access.CreateTokenAsync(token, cancellationToken);
        return (token, secret);
    }

    private static string NewId(string prefix) => $"{prefix}_{Guid.NewGuid():N}"[..20];
}
