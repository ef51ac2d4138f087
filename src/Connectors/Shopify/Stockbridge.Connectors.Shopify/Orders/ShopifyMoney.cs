using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Shopify.Orders;

/// <summary>
/// The money of a Shopify line or shipping line in the hub's terms (ex tax, after discounts, to the cent), the same for the
/// webhook's REST body and the poll's GraphQL node. Shopify allocates every discount (codes, automatic, manual, and order-level
/// discounts spread across lines) to the lines it applies to, as <c>discount_allocations</c>; the line's legacy
/// <c>total_discount</c> is "0.00" for code discounts and is read only when a line has no allocations. Where the shop's prices
/// include tax, the net ex tax is the discounted amount less the line's taxes (which Shopify computes on the discounted amount).
/// </summary>
public static class ShopifyMoney
{
    /// <summary>A line item: unit price, discounts and net, ex tax.</summary>
    public static (decimal Price, decimal TotalDiscount, decimal Net, IReadOnlyList<DiscountAllocation> Discounts) Line(
        decimal unitPrice, decimal qty, IReadOnlyList<ShopifyDiscount> allocations, decimal legacyDiscount, decimal tax, decimal taxRate, bool taxesIncluded)
    {
        ArgumentNullException.ThrowIfNull(allocations);
        var discount = allocations.Count > 0 ? allocations.Sum(a => a.Amount) : legacyDiscount;
        var price = TaxedAmounts.ExTax(unitPrice, taxesIncluded, taxRate);
        var net = OrderValue.Cents(qty * unitPrice - discount - (taxesIncluded ? tax : 0));
        var totalDiscount = taxesIncluded ? qty * price - net : discount;
        return (price, totalDiscount, net, ExTax(allocations, discount, totalDiscount));
    }

    /// <summary>A shipping line: price and discount, ex tax.</summary>
    public static (decimal Price, decimal Discount) Shipping(decimal price, IReadOnlyList<ShopifyDiscount> allocations, decimal tax, decimal taxRate, bool taxesIncluded)
    {
        ArgumentNullException.ThrowIfNull(allocations);
        var discount = allocations.Sum(a => a.Amount);
        var priceEx = TaxedAmounts.ExTax(price, taxesIncluded, taxRate);
        var net = OrderValue.Cents(price - discount - (taxesIncluded ? tax : 0));
        return (priceEx, taxesIncluded ? priceEx - net : discount);
    }

    /// <summary>
    /// The channel's totals in the hub's terms: Shopify's subtotal (after discounts) and shipping, less their taxes where the
    /// shop's prices include tax; tax, discounts and total as Shopify reports them.
    /// </summary>
    public static OrderTotals Totals(
        decimal subtotal, decimal tax, decimal shipping, decimal discounts, decimal total, decimal lineTax, decimal shippingTax, bool taxesIncluded) =>
        new(subtotal - (taxesIncluded ? lineTax : 0), tax, shipping - (taxesIncluded ? shippingTax : 0), discounts, total);

    /// <summary>Each allocation's share of the discount ex tax (the shares add up to it to the cent).</summary>
    private static IReadOnlyList<DiscountAllocation> ExTax(IReadOnlyList<ShopifyDiscount> allocations, decimal reported, decimal exTax)
    {
        if (allocations.Count == 0 || reported == 0) return [];
        var shares = reported == exTax ? [.. allocations.Select(a => a.Amount)] : OrderValue.Allocate(OrderValue.Cents(exTax), [.. allocations.Select(a => a.Amount)]);
        return [.. allocations.Select((a, i) => new DiscountAllocation(a.Kind, a.Name, shares[i]))];
    }
}
