namespace Stockbridge.Connectors.ISync.Api;

/// <summary>A login's session token and when Stockbridge stops using it (a little before iSync's stated expiry).</summary>
/// <param name="Token">The bearer token (a secret: never log it).</param>
/// <param name="RenewAfter">When to log in again rather than use it.</param>
public sealed record ISyncSession(string Token, DateTimeOffset RenewAfter);
