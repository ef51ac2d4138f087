using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.ISync.Orders;

/// <summary>
/// The unit SellingPrice iSync is sent for a line worth <c>net</c> (ex VAT, after discounts) over <c>units</c>: net ÷ units to
/// iSync's five decimals. iSync values a line at round(Units × SellingPrice, 2); the cents that unit price cannot carry (large
/// quantities at an odd net) are returned as the line's remainder, for the rounding service line.
/// </summary>
public static class OrderLinePrices
{
    /// <summary>The decimals iSync keeps on a unit price (assumed).</summary>
    public const int UnitPriceDecimals = 5;

    /// <summary>The unit price to send and the cents left over (net − what iSync will value the line at).</summary>
    public static (decimal UnitPrice, decimal Remainder) For(decimal net, decimal units)
    {
        if (units <= 0) throw new ArgumentOutOfRangeException(nameof(units), units, "a line's quantity must be more than 0");
        var unit = Math.Round(net / units, UnitPriceDecimals, MidpointRounding.AwayFromZero);
        var valued = OrderValue.Cents(units * unit);
        return (unit, net - valued);
    }
}
