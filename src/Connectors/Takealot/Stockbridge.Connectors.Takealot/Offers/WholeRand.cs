namespace Stockbridge.Connectors.Takealot.Offers;

/// <summary>
/// Takealot takes selling prices and RRPs as positive whole numbers of rand (VAT included). Both are rounded DOWN to the rand:
/// the shopper is never charged more than the ERP's price, the "was" price is never overstated, and because the RRP is sent
/// only when it is above the selling price (the projection's compare-at rule), the rounded selling price can never exceed the
/// rounded RRP (E23).
/// </summary>
public static class WholeRand
{
    /// <summary>The whole-rand price for an ERP price (rounded down).</summary>
    public static int Of(decimal price) => price <= 0 ? 0 : (int)Math.Min(int.MaxValue, decimal.Floor(price));

    /// <summary>A whole quantity for leadtime stock: fractions dropped, never below 0.</summary>
    public static int Quantity(decimal quantity) => quantity <= 0 ? 0 : (int)Math.Min(int.MaxValue, decimal.Floor(quantity));
}
