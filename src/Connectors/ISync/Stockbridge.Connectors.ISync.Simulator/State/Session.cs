namespace Stockbridge.Connectors.ISync.Simulator.State;

/// <summary>A login session: its token, whose it is and until when it is good.</summary>
/// <param name="Token">The bearer token.</param>
/// <param name="Username">The user it belongs to.</param>
/// <param name="ExpiresAt">When it stops being accepted.</param>
public sealed record Session(string Token, string Username, DateTimeOffset ExpiresAt);
