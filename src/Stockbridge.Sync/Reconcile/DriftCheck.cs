using System.Globalization;
using Stockbridge.Connectors.Channel;
using Stockbridge.Mapping.Projection;

namespace Stockbridge.Sync.Reconcile;

/// <summary>Compares a channel's snapshots with the projection the hub last pushed: quantity, price, compare-at and status.</summary>
public static class DriftCheck
{
    /// <summary>Every difference for <paramref name="projected"/>; a product pushed as deleted is expected to be absent.</summary>
    public static IReadOnlyList<DriftFinding> Compare(ProjectedProduct projected, IReadOnlyDictionary<string, ChannelSnapshot> snapshots)
    {
        ArgumentNullException.ThrowIfNull(projected);
        ArgumentNullException.ThrowIfNull(snapshots);
        var code = projected.Product.SourceProductCode;
        var findings = new List<DriftFinding>();
        foreach (var variant in projected.Product.Variants)
        {
            if (!snapshots.TryGetValue(variant.Sku, out var held))
            {
                if (projected.Status != ChannelProductStatus.Deleted) findings.Add(new(code, variant.Sku, "missing on the channel"));
                continue;
            }
            var differences = new List<string>();
            Check(differences, "qty", held.Quantity, variant.Qty ?? 0m);
            if (variant.Price is { } price) Check(differences, "price", held.Price, price);
            Check(differences, "compare_at_price", held.CompareAtPrice, ProjectionMeta.CompareAtPriceOf(variant));
            if (held.Status is { } status && status != projected.Status)
                differences.Add($"status: channel {StoredChannelStatus.Word(status)}, hub {StoredChannelStatus.Word(projected.Status)}");
            if (differences.Count > 0) findings.Add(new(code, variant.Sku, string.Join("; ", differences)));
        }
        return findings;
    }

    private static void Check(List<string> differences, string field, decimal? channel, decimal? hub)
    {
        if (channel == hub) return;
        differences.Add(string.Create(CultureInfo.InvariantCulture, $"{field}: channel {Show(channel)}, hub {Show(hub)}"));
    }

    private static string Show(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "none";
}
