namespace Stockbridge.Connectors.WooCommerce.Simulator.Wire;

/// <summary>The store's one tax: a flat 15 % VAT on prices entered ex tax.</summary>
public static class WooTax
{
    /// <summary>0.15.</summary>
    public const decimal Rate = 0.15m;
}
