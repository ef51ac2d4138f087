using System.Globalization;
using System.Text.Json.Nodes;

namespace Stockbridge.Connectors.Shopify.Simulator.Shoppers;

/// <summary>
/// What a shopper paid ex tax, read from the order body Shopify sends (not from any mapping of the hub's): the subtotal after
/// discounts (<c>current_subtotal_price</c>, else <c>subtotal_price</c>) plus each shipping line's <c>discounted_price</c>, less
/// their taxes where the shop's prices include tax. The demo's verdict and the tests compare an ERP order's value with it.
/// </summary>
public static class ShopperPayment
{
    /// <summary>The amount, to the cent.</summary>
    public static decimal ExTax(JsonObject order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var included = order["taxes_included"]?.GetValue<bool>() == true;
        var lines = order["line_items"]!.AsArray();
        var shipping = order["shipping_lines"]!.AsArray();
        var subtotal = Money(order["current_subtotal_price"] ?? order["subtotal_price"]) - (included ? lines.Sum(Taxes) : 0);
        return subtotal + shipping.Sum(l => Money(l?["discounted_price"] ?? l?["price"]) - (included ? Taxes(l) : 0));
    }

    private static decimal Money(JsonNode? node) => node is null ? 0 : decimal.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture);

    private static decimal Taxes(JsonNode? line) => line?["tax_lines"]?.AsArray().Sum(t => Money(t?["price"])) ?? 0;
}
