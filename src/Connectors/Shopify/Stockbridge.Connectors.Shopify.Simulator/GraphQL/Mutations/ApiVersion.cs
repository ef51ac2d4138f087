namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations;

/// <summary>The Admin API version a request named in its path (<c>YYYY-MM</c>); behaviour changed in 2026-01 and 2026-04.</summary>
public sealed record ApiVersion(string Name)
{
    /// <summary>Whether this version is <paramref name="other"/> or later (names compare as text).</summary>
    public bool AtLeast(string other) => string.CompareOrdinal(Name, other) >= 0;

    /// <summary>2026-04+: <c>changeFromQuantity</c> compare-and-swap and mandatory idempotency keys.</summary>
    public bool UsesChangeFromQuantity => AtLeast("2026-04");
}
