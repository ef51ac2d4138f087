using System.Collections.Immutable;
using Stockbridge.Connectors.Channel;
using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Hashing;
using Stockbridge.Mapping.Channels;

namespace Stockbridge.Mapping.Projection;

/// <summary>Projects a canonical product for one channel under its <see cref="ChannelRules"/>. Pure: no I/O.</summary>
public static class ProductProjection
{
    /// <summary>
    /// The product as this channel should show it. A product that is inactive, or that the rules leave out, gets the rules'
    /// inactive status (<see cref="InactiveStatus.For"/>); inactive variants are shown with quantity 0.
    /// </summary>
    public static ProjectedProduct Project(Product product, ChannelRules rules, UnraisedDemand demand)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(demand);
        var shown = product.Active && rules.Products.Includes(product.SourceProductCode, product.Tags);
        var status = shown ? ChannelProductStatus.Active : InactiveStatus.For(rules.InactiveAction);
        var variants = product.Variants
            .OrderBy(v => v.Sku, StringComparer.Ordinal)
            .Select(v => ProjectVariant(v, rules, demand))
            .ToImmutableArray();
        var projected = product with { Variants = variants };
        var shape = projected with { Variants = [.. variants.Select(v => v with { Qty = null })] };
        var stock = variants.ToImmutableSortedDictionary(v => v.Sku, v => v.Qty ?? 0m, StringComparer.Ordinal);
        return new ProjectedProduct(projected, status, ContentHash.Of(new ShapeForm(shape, StoredChannelStatus.Word(status))), ContentHash.Of(stock));
    }

    private static Variant ProjectVariant(Variant variant, ChannelRules rules, UnraisedDemand demand)
    {
        var price = rules.PriceTier is { } tier && variant.PriceTiers.TryGetValue(tier, out var tierPrice) ? tierPrice : variant.Price;
        var meta = variant.Meta.RemoveAll(m => m.Key == ProjectionMeta.CompareAtPrice);
        if (rules.CompareAtTier is { } compareTier && variant.PriceTiers.TryGetValue(compareTier, out var compareAt) && compareAt > (price ?? 0m))
            meta = meta.Add(ProjectionMeta.CompareAtField(compareAt));
        var qty = variant.Active ? OversellGuard.Quantity(variant, rules, demand) : 0m;
        return variant with
        {
            Price = price,
            PriceTiers = ImmutableSortedDictionary<string, decimal>.Empty,
            QtyAvailability = ImmutableSortedDictionary<string, decimal>.Empty,
            Qty = qty,
            Meta = meta,
        };
    }

    // The status is hashed as its stored word (as before the enum), so existing pushed hashes still match.
    private sealed record ShapeForm(Product Product, string Status);
}
