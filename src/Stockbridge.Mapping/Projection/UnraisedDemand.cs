namespace Stockbridge.Mapping.Projection;

/// <summary>
/// Quantities on channel orders the hub has received but not yet raised into the source, by SKU, summed over every channel.
/// The ERP does not know about them yet, so the oversell guard holds them back.
/// </summary>
public sealed class UnraisedDemand
{
    private readonly Dictionary<string, decimal> bySku;

    /// <summary>Creates the demand from SKU totals.</summary>
    public UnraisedDemand(IReadOnlyDictionary<string, decimal> bySku) =>
        this.bySku = new Dictionary<string, decimal>(bySku, StringComparer.Ordinal);

    /// <summary>No unraised orders.</summary>
    public static UnraisedDemand None { get; } = new(new Dictionary<string, decimal>());

    /// <summary>The unraised quantity of a SKU (0 if none).</summary>
    public decimal For(string sku) => bySku.GetValueOrDefault(sku);

    /// <summary>Every SKU with unraised quantity.</summary>
    public IReadOnlyCollection<string> Skus => bySku.Keys;
}
