namespace Stockbridge.Connectors.ISync.Simulator.State;

/// <summary>The iSync login: a username (or e-mail) and a password.</summary>
/// <param name="Username">The username or e-mail (compared ignoring case).</param>
/// <param name="Password">The password (a secret).</param>
public sealed record ISyncCredentials(string Username, string Password);
