namespace Stockbridge.TradeStore.Accounts;

/// <summary>
/// A trade customer's login to one store: the ERP customer it acts for, its e-mail, its password's salted hash (null until
/// the invitation is accepted) and at most one outstanding one-time token (invitation or reset), stored only as its SHA-256.
/// <see cref="ToString"/> shows no hash.
/// </summary>
public sealed record TradeAccount
{
    public required string CustomerCode { get; init; }
    public required string Email { get; init; }
    public string? PasswordHash { get; init; }
    public string? TokenHash { get; init; }
    public DateTimeOffset? TokenExpires { get; init; }
    public DateTimeOffset InvitedAt { get; init; }
    public DateTimeOffset? PasswordSetAt { get; init; }

    /// <summary>Whether the customer can sign in (a password has been set).</summary>
    public bool Active => PasswordHash is not null;

    /// <inheritdoc />
    public override string ToString() => $"Trade account {CustomerCode} ({Email}, {(Active ? "active" : "invited")})";
}
