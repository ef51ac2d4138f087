namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations;

/// <summary>
/// The Admin API version a request is served with (<c>YYYY-MM</c>, after <see cref="Hosting.ServedApiVersion"/> chose
/// it); behaviour changed in 2026-01 and 2026-04.
/// </summary>
public sealed record ApiVersion(string Name)
{
    /// <summary>Whether this version is <paramref name="other"/> or later (names compare as text).</summary>
    public bool AtLeast(string other) => string.CompareOrdinal(Name, other) >= 0;

    /// <summary>2026-01+: <c>changeFromQuantity</c> exists and, when sent (even null), overrides compareQuantity.</summary>
    public bool AcceptsChangeFromQuantity => AtLeast("2026-01");

    /// <summary>2026-04+: <c>changeFromQuantity</c> on every quantity and an idempotency key are mandatory.</summary>
    public bool RequiresChangeFromQuantity => AtLeast("2026-04");
}
