using Stockbridge.Domain.Catalog;

namespace Stockbridge.Sync.Pull;

/// <summary>How a pulled product differs from the hub's copy.</summary>
public enum ProductChange
{
    /// <summary>Same content hash: nothing to do.</summary>
    None,
    /// <summary>New to the hub.</summary>
    Created,
    /// <summary>Only quantities (qty, qty_availability) differ: the stock fast path.</summary>
    StockOnly,
    /// <summary>Anything else differs.</summary>
    Changed,
}

/// <summary>Classifies product changes.</summary>
public static class ProductChanges
{
    /// <summary>How <paramref name="current"/> differs from <paramref name="previous"/> (null: new).</summary>
    public static ProductChange Classify(Product? previous, Product current, bool sameHash)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (previous is null) return ProductChange.Created;
        if (sameHash) return ProductChange.None;
        return Domain.Hashing.ContentHash.Of(WithoutStock(previous)) == Domain.Hashing.ContentHash.Of(WithoutStock(current))
            ? ProductChange.StockOnly
            : ProductChange.Changed;
    }

    private static Product WithoutStock(Product product) => product with
    {
        Variants = [.. product.Variants.Select(v => v with { Qty = null, QtyAvailability = System.Collections.Immutable.ImmutableSortedDictionary<string, decimal>.Empty })],
    };
}
