namespace Stockbridge.Connectors.Syspro.Simulator.Enet.Sortoi;

/// <summary>
/// A validated order line ready for SorDetail. LineType: 1 stocked, 4 freight, 5 misc charge, 6 comment. A stocked line's value is
/// its extension to the cent less its discount: the value (MDiscValFlag V), the value per unit (U), or the three percentages
/// compounded (MDiscPct1-3) [guess: how SYSPRO rounds a discounted line is not published; this is the simulator's rule].
/// </summary>
internal sealed record ResolvedLine(
    string LineType, string StockCode, string Description, string Warehouse, decimal Qty, decimal Price, string PriceCode,
    decimal ChargeValue, string Comment, string ProductClass,
    decimal DiscValue = 0, string DiscValFlag = "", decimal DiscPct1 = 0, decimal DiscPct2 = 0, decimal DiscPct3 = 0)
{
    public decimal Gross => Math.Round(Qty * Price, 2, MidpointRounding.AwayFromZero);

    public decimal Discount => DiscValFlag switch
    {
        "V" => DiscValue,
        "U" => Math.Round(DiscValue * Qty, 2, MidpointRounding.AwayFromZero),
        _ => Gross - Math.Round(Gross * (1 - DiscPct1 / 100) * (1 - DiscPct2 / 100) * (1 - DiscPct3 / 100), 2, MidpointRounding.AwayFromZero),
    };

    public decimal Value => LineType == "1" ? Gross - Discount : ChargeValue;
}
