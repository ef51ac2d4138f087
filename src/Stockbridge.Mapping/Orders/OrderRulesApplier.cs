using Stockbridge.Domain.Orders;

namespace Stockbridge.Mapping.Orders;

/// <summary>
/// Turns a channel order into the order to raise: resolves the customer account (a customer tag like
/// <c>account:ACME01</c>, else the customer's email against hub customers, else the default cash account), sets sales rep,
/// order type and warehouse, and charges shipping either as a line of the rules' service stock code (the shipping lines
/// are then removed, so nothing is charged twice) or, without one, leaves the shipping lines for the source connector to
/// raise its own way (SYSPRO: a FreightLine). Validates first. Pure: no I/O.
/// </summary>
public static class OrderRulesApplier
{
    /// <summary>
    /// Applies <paramref name="rules"/> to <paramref name="order"/>; <paramref name="quantityDecimals"/> (by SKU) are the
    /// decimal places each SKU's quantities may have (see <see cref="OrderValidation.Check"/>).
    /// </summary>
    public static OrderRuleResult Apply(Order order, OrderRules rules, CustomerDirectory customers, IReadOnlyDictionary<string, int>? quantityDecimals = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(customers);
        var (account, match) = ResolveCustomer(order, rules, customers);
        var problems = OrderValidation.Check(order, account, rules, quantityDecimals);
        if (problems.Count > 0) return new OrderRuleResult(null, problems, match);

        var lines = order.LineItems;
        var shipping = order.ShippingLines;
        if (rules.ShippingServiceCode is { } service)
        {
            shipping = [];
            lines = lines.AddRange(order.ShippingLines.Where(s => s.Price != 0).Select(s => new LineItem
            {
                Sku = service, Title = s.Title, Qty = 1, Price = s.Price, ChannelLineId = $"shipping:{s.Code}",
            }));
        }
        var ready = order with
        {
            SourceCustomerCode = account!.Code,
            SalesRepId = rules.SalesRep ?? account.SalesRep,
            OrderType = rules.OrderType,
            Warehouse = rules.Warehouse ?? order.Warehouse,
            LineItems = lines,
            ShippingLines = shipping,
            State = OrderState.Validated,
        };
        return new OrderRuleResult(ready, [], match);
    }

    private static (CustomerAccount? Account, string? Match) ResolveCustomer(Order order, OrderRules rules, CustomerDirectory customers)
    {
        if (!string.IsNullOrWhiteSpace(order.SourceCustomerCode))
            return (customers.ByCode(order.SourceCustomerCode) ?? new CustomerAccount(order.SourceCustomerCode, null, null), "given");
        var tagged = order.Customer?.Meta
            .Where(m => m.Key is "tag" or "tags")
            .SelectMany(m => m.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .FirstOrDefault(t => t.StartsWith(rules.AccountTagPrefix, StringComparison.OrdinalIgnoreCase));
        if (tagged is not null)
        {
            var code = tagged[rules.AccountTagPrefix.Length..].Trim();
            return (customers.ByCode(code) ?? new CustomerAccount(code, null, null), $"tag {tagged}");
        }
        if (rules.MatchCustomerByEmail && customers.ByEmail(order.Customer?.Email) is { } byEmail)
            return (byEmail, $"email {order.Customer!.Email}");
        return rules.DefaultCustomerCode is { } cash ? (customers.ByCode(cash) ?? new CustomerAccount(cash, null, null), "default") : (null, null);
    }
}
