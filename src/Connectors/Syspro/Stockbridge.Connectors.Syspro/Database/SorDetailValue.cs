namespace Stockbridge.Connectors.Syspro.Database;

/// <summary>
/// A stocked SorDetail line's discount ex tax: MDiscValue for the line (MDiscValFlag V) or per unit (U), else MDiscPct1-3 compounded
/// on round(MOrderQty × MPrice, 2). [guess: SYSPRO's own rounding of a discounted line is not published; this rule is the one the
/// simulator uses.]
/// </summary>
internal static class SorDetailValue
{
    public static decimal Gross(decimal qty, decimal price) => Cents(qty * price);

    public static decimal Discount(decimal qty, decimal price, string flag, decimal value, decimal pct1, decimal pct2, decimal pct3)
    {
        var gross = Gross(qty, price);
        return flag.Trim().ToUpperInvariant() switch
        {
            "V" => value,
            "U" => Cents(value * qty),
            _ => gross - Cents(gross * (1 - pct1 / 100) * (1 - pct2 / 100) * (1 - pct3 / 100)),
        };
    }

    private static decimal Cents(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
