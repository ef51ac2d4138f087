namespace Stockbridge.Connectors.Shopify.Orders;

/// <summary>Shopify amounts include tax when the shop says so; the hub keeps prices ex tax.</summary>
public static class TaxedAmounts
{
    /// <summary>The amount ex tax, given the sum of the tax rates that apply to it.</summary>
    public static decimal ExTax(decimal amount, bool taxesIncluded, decimal totalRate) =>
        taxesIncluded && totalRate > 0 ? Math.Round(amount / (1 + totalRate), 4, MidpointRounding.AwayFromZero) : amount;
}
