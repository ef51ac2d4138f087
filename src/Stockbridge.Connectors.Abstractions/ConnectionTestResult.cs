namespace Stockbridge.Connectors;

/// <summary>The outcome of a "test connection": one check per part of the connection.</summary>
/// <param name="Checks">Each part checked, with its outcome.</param>
public sealed record ConnectionTestResult(IReadOnlyList<ConnectionCheck> Checks)
{
    /// <summary>True when every check passed.</summary>
    public bool Ok => Checks.All(c => c.Ok);
}
