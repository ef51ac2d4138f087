using Stockbridge.Domain.Catalog;
using Stockbridge.Mapping.Channels;

namespace Stockbridge.Mapping.Projection;

/// <summary>
/// The quantity a channel may show: ERP available in the channel's warehouses − quantity on received-but-unraised orders
/// from every channel − the buffer, rounded down to whole units and never below 0.
/// </summary>
public static class OversellGuard
{
    /// <summary>Available in the chosen warehouses (all when the rules name none; the variant's total when it has no breakdown).</summary>
    public static decimal Available(Variant variant, ChannelRules rules)
    {
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(rules);
        if (variant.QtyAvailability.IsEmpty) return variant.Qty ?? 0m;
        return rules.Warehouses.Count == 0
            ? variant.QtyAvailability.Values.Sum()
            : rules.Warehouses.Sum(w => variant.QtyAvailability.GetValueOrDefault(w));
    }

    /// <summary>The guarded quantity to push.</summary>
    public static decimal Quantity(decimal available, decimal unraised, decimal buffer) =>
        Math.Max(0m, Math.Floor(available - Math.Max(0m, unraised) - Math.Max(0m, buffer)));

    /// <summary>The guarded quantity of <paramref name="variant"/> under <paramref name="rules"/>.</summary>
    public static decimal Quantity(Variant variant, ChannelRules rules, UnraisedDemand demand)
    {
        ArgumentNullException.ThrowIfNull(demand);
        return Quantity(Available(variant, rules), demand.For(variant.Sku), rules.QtyBuffer);
    }
}
