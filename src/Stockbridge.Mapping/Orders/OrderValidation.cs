using System.Globalization;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Mapping.Orders;

/// <summary>The checks an order must pass before it is raised; each problem is a sentence for the merchant.</summary>
public static class OrderValidation
{
    /// <summary>
    /// Every problem with raising <paramref name="order"/> against <paramref name="account"/>. <paramref name="quantityDecimals"/>
    /// gives, by SKU, the decimal places its quantities may have (a SKU it does not name is not checked).
    /// </summary>
    public static IReadOnlyList<string> Check(Order order, CustomerAccount? account, OrderRules rules, IReadOnlyDictionary<string, int>? quantityDecimals = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(rules);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(order.ChannelOrderCode)) problems.Add("The order has no channel order code.");
        if (order.LineItems.IsDefaultOrEmpty) problems.Add("The order has no line items.");
        foreach (var line in order.LineItems.IsDefault ? [] : order.LineItems)
        {
            if (string.IsNullOrWhiteSpace(line.Sku)) problems.Add($"A line item ('{line.Title}') has no SKU.");
            if (line.Qty <= 0) problems.Add(string.Create(CultureInfo.InvariantCulture, $"Line item {line.Sku} has quantity {line.Qty}; it must be more than 0."));
            else if (!string.IsNullOrEmpty(line.Sku) && quantityDecimals is not null && quantityDecimals.TryGetValue(line.Sku, out var places)
                && places is >= 0 and < 28 && decimal.Round(line.Qty, places) != line.Qty)
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"Line item {line.Sku} has quantity {line.Qty}; {line.Sku} is sold in {Units(places)}."));
            if (line.Price < 0) problems.Add(string.Create(CultureInfo.InvariantCulture, $"Line item {line.Sku} has a negative price {line.Price}."));
        }
        if (account is null)
            problems.Add("No customer account: the customer matches no account by tag or email and the rules name no default_customer_code.");
        else if (!account.Active)
            problems.Add($"Customer account {account.Code} is inactive or on hold.");
        return problems;
    }

    private static string Units(int places) => places == 0 ? "whole units"
        : string.Create(CultureInfo.InvariantCulture, $"steps of {new decimal(1, 0, 0, false, (byte)places)} (at most {places} decimal places)");
}
