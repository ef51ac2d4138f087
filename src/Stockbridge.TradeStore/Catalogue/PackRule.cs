using System.Globalization;

namespace Stockbridge.TradeStore.Catalogue;

/// <summary>How a SKU may be ordered: in multiples of <see cref="Multiple"/>, at least <see cref="Minimum"/>.</summary>
public sealed record PackRule(int Multiple, int Minimum)
{
    /// <summary>Why <paramref name="qty"/> may not be ordered, or null when it may.</summary>
    public string? Problem(decimal qty)
    {
        if (qty <= 0) return "quantity must be more than 0";
        if (decimal.Truncate(qty) != qty) return "quantity must be a whole number";
        if (qty < Minimum) return string.Create(CultureInfo.InvariantCulture, $"the minimum order is {Minimum}");
        if (qty % Multiple != 0) return string.Create(CultureInfo.InvariantCulture, $"sold in packs of {Multiple}: order a multiple of {Multiple}");
        return null;
    }
}
