namespace Stockbridge.Connectors.ISync.Simulator.Endpoints;

/// <summary>The merchant changes the iSync password (admin route): the connection's next login fails.</summary>
/// <param name="Password">The new password.</param>
public sealed record PasswordChange(string Password);
