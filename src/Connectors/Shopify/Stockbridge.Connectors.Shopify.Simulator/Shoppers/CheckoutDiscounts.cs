using System.Globalization;
using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Simulator.Shoppers;

/// <summary>
/// Works out a checkout's discounts in Shopify's order: manual line discounts first (on their line), then the
/// automatic discount and the code, each on what the lines still cost (percentages of that, fixed amounts spread with
/// <see cref="CentAllocation"/>), then the shipping discount on the shipping line. Throws
/// <see cref="ArgumentException"/> naming the discount for a value that is negative, over 100% or more than it can take.
/// </summary>
public static class CheckoutDiscounts
{
    public static DiscountedCheckout Apply(PlaceOrderRequest request, IReadOnlyList<decimal> lineTotals, decimal? shippingPrice)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(lineTotals);
        var applications = new List<SimDiscountApplication>();
        var lines = lineTotals.Select(_ => new List<SimDiscountAllocation>()).ToArray();
        var remaining = lineTotals.ToArray();

        for (var i = 0; i < request.LineItems.Count; i++)
        {
            var line = request.LineItems[i];
            if (line.ManualDiscount == 0) continue;
            var what = $"The manual discount on line {i + 1} ({line.Sku})";
            Check(what, "fixed_amount", line.ManualDiscount, remaining[i]);
            lines[i].Add(new SimDiscountAllocation(line.ManualDiscount, applications.Count));
            remaining[i] -= line.ManualDiscount;
            applications.Add(new SimDiscountApplication("manual", "fixed_amount", line.ManualDiscount, "one", "explicit", "line_item",
                Title: line.ManualDiscountTitle ?? "Manual discount"));
        }
        if (request.AutomaticDiscount is { } automatic)
            Across("The automatic discount", automatic, new SimDiscountApplication("automatic", automatic.ValueType, automatic.Value, "across", "all", "line_item",
                Title: automatic.Title ?? "Automatic discount"), applications, lines, remaining);
        if (CodeDiscount(request) is { } code)
            Across($"The discount code {code.Code}", code, new SimDiscountApplication(code.Code is null ? "manual" : "discount_code", code.ValueType, code.Value, "across", "all", "line_item",
                code.Code, code.Code is null ? "Discount" : null), applications, lines, remaining);

        var shipping = new List<SimDiscountAllocation>();
        if (request.ShippingDiscount is { } s)
        {
            if (shippingPrice is not { } price) throw new ArgumentException("The shipping discount needs a shipping line.");
            var amount = Amount("The shipping discount", s, price);
            shipping.Add(new SimDiscountAllocation(amount, applications.Count));
            applications.Add(new SimDiscountApplication(s.Code is null ? "automatic" : "discount_code", s.ValueType, s.Value, "each", "all", "shipping_line",
                s.Code, s.Code is null ? s.Title ?? "Shipping discount" : null));
        }
        return new DiscountedCheckout(applications, lines, shipping);
    }

    // The request's code discount: DiscountCode with DiscountPercentage or DiscountAmount; an amount without a code is
    // an order-level manual discount.
    private static PlaceOrderDiscount? CodeDiscount(PlaceOrderRequest r) =>
        r.DiscountPercentage is { } percent ? new PlaceOrderDiscount("percentage", percent, r.DiscountCode)
        : r.DiscountCode is not null || r.DiscountAmount != 0 ? new PlaceOrderDiscount("fixed_amount", r.DiscountAmount, r.DiscountCode)
        : null;

    private static void Across(string what, PlaceOrderDiscount discount, SimDiscountApplication application,
        List<SimDiscountApplication> applications, List<SimDiscountAllocation>[] lines, decimal[] remaining)
    {
        var shares = CentAllocation.Across(Amount(what, discount, remaining.Sum()), remaining);
        for (var i = 0; i < shares.Length; i++)
        {
            if (shares[i] == 0) continue;
            lines[i].Add(new SimDiscountAllocation(shares[i], applications.Count));
            remaining[i] -= shares[i];
        }
        applications.Add(application);
    }

    private static decimal Amount(string what, PlaceOrderDiscount discount, decimal applicableTo)
    {
        if (discount.ValueType == "percentage")
        {
            if (discount.Value is < 0 or > 100) throw new ArgumentException($"{what} is {Text(discount.Value)}%: a percentage must be 0 to 100.");
            return Math.Round(applicableTo * discount.Value / 100m, 2, MidpointRounding.AwayFromZero);
        }
        if (discount.ValueType != "fixed_amount") throw new ArgumentException($"{what} has value_type '{discount.ValueType}': use fixed_amount or percentage.");
        Check(what, discount.ValueType, discount.Value, applicableTo);
        return discount.Value;
    }

    private static void Check(string what, string valueType, decimal value, decimal applicableTo)
    {
        if (value < 0) throw new ArgumentException($"{what} is {Text(value)}: a discount cannot be negative.");
        if (value != Math.Round(value, 2)) throw new ArgumentException($"{what} is {Text(value)}: money has at most two decimals.");
        if (valueType == "fixed_amount" && value > applicableTo)
            throw new ArgumentException($"{what} is {Text(value)}, more than the {Text(applicableTo)} it applies to.");
    }

    private static string Text(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
