namespace Stockbridge.Connectors;

/// <summary>One part of a connection test (e.g. "database", "e.net").</summary>
/// <param name="Name">The part checked.</param>
/// <param name="Ok">Whether it worked.</param>
/// <param name="Detail">What was found, or why it failed, for a person.</param>
public sealed record ConnectionCheck(string Name, bool Ok, string Detail);
