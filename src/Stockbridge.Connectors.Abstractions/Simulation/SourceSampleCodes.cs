namespace Stockbridge.Connectors.Simulation;

/// <summary>What a source simulator seeds that a connection or a test needs to know.</summary>
/// <param name="Sku">A stocked, active SKU.</param>
/// <param name="Customer">An account customer orders may be raised against (the cash account of web orders).</param>
/// <param name="PriceTier">The price tier channels sell at, or null when products carry one price.</param>
/// <param name="CompareAtTier">A higher tier channels may show as the compare-at price, or null.</param>
public sealed record SourceSampleCodes(string Sku, string Customer, string? PriceTier = null, string? CompareAtTier = null)
{
    /// <summary>E-mails of trade accounts a channel order can be matched to by e-mail (empty when the source has none).</summary>
    public IReadOnlyList<string> AccountEmails { get; init; } = [];
}
