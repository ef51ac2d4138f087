using System.Globalization;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Mapping.Projection;

/// <summary>
/// Where a projected variant carries what the canonical model has no property for. The compare-at price travels as the
/// variant meta field <c>compare_at_price</c> (type <c>decimal</c>, invariant culture); it is absent when not sent.
/// </summary>
public static class ProjectionMeta
{
    /// <summary>The variant meta key of the compare-at price.</summary>
    public const string CompareAtPrice = "compare_at_price";

    /// <summary>The compare-at price of a projected variant, or null.</summary>
    public static decimal? CompareAtPriceOf(Variant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var field = variant.Meta.FirstOrDefault(m => m.Key == CompareAtPrice);
        return field is null ? null : decimal.Parse(field.Value, NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    /// <summary>The meta field carrying <paramref name="price"/>.</summary>
    public static MetaField CompareAtField(decimal price) => new(CompareAtPrice, price.ToString(CultureInfo.InvariantCulture), "decimal");
}
