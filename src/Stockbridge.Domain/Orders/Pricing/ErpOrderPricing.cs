namespace Stockbridge.Domain.Orders.Pricing;

/// <summary>
/// Turns a canonical order into ERP lines whose value ex tax equals what the customer was charged (<see cref="OrderValue.ExTax"/>),
/// to the cent, under a <see cref="DiscountMode"/>. Every source connector that raises orders prices them here, so every ERP
/// gets the same cents. An ERP line's value is taken as round(qty × unit price, 2) − line discount value; unit prices carry at
/// most five decimals (SYSPRO's MPrice is decimal(15,5)).
/// </summary>
public static class ErpOrderPricing
{
    /// <summary>Decimals of a unit price.</summary>
    public const int UnitDecimals = 5;

    /// <summary>Prices <paramref name="order"/>; shipping is included as charge lines when <paramref name="includeShipping"/>.</summary>
    public static PricedOrder Price(Order order, DiscountMode mode, bool includeShipping = true)
    {
        ArgumentNullException.ThrowIfNull(order);
        var nets = OrderValue.LineNets(order);
        var lines = new List<PricedLine>();
        var charges = new List<ChargeLine>();
        decimal discountTotal = 0, rounding = 0;
        for (var i = 0; i < order.LineItems.Length; i++)
        {
            var item = order.LineItems[i];
            var net = nets[i];
            if (item.Qty <= 0)
                throw new ArgumentException($"Line {i + 1} ({item.Sku}) has quantity {item.Qty}; an ERP line needs a positive quantity.", nameof(order));
            if (net < 0)
                throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"Line {i + 1} ({item.Sku}) is worth {net:0.00} after its discounts; a line's discounts cannot exceed its price."), nameof(order));
            switch (mode)
            {
                case DiscountMode.NetPrice:
                {
                    // A line without a discount keeps its own price when that already extends to the net.
                    var list = Math.Round(item.Price, UnitDecimals, MidpointRounding.AwayFromZero);
                    var unit = OrderValue.Cents(item.Qty * list) == net ? list : NetUnit(net, item.Qty);
                    var value = OrderValue.Cents(item.Qty * unit);
                    rounding += net - value;
                    lines.Add(new PricedLine(i, item.Sku, item.Qty, unit, 0m, value));
                    break;
                }
                case DiscountMode.LineDiscount:
                {
                    var (unit, gross) = ListUnit(item, net);
                    lines.Add(new PricedLine(i, item.Sku, item.Qty, unit, gross - net, net));
                    break;
                }
                default:
                {
                    var (unit, gross) = ListUnit(item, net);
                    discountTotal += gross - net;
                    lines.Add(new PricedLine(i, item.Sku, item.Qty, unit, 0m, gross));
                    break;
                }
            }
        }
        if (discountTotal != 0)
            charges.Add(new ChargeLine(ChargeKinds.Discount, DiscountDescription(order), -discountTotal));
        if (rounding != 0)
            charges.Add(new ChargeLine(ChargeKinds.Rounding, "Rounding", rounding));
        if (includeShipping)
            charges.AddRange(order.ShippingLines.Select(s => new ChargeLine(ChargeKinds.Shipping, s.Title, s.Net)));
        return new PricedOrder(lines, charges);
    }

    /// <summary>The five-decimal unit price whose extension is nearest the net (exact for quantities up to 1,000).</summary>
    private static decimal NetUnit(decimal net, decimal qty)
    {
        var unit = Math.Round(net / qty, UnitDecimals, MidpointRounding.AwayFromZero);
        if (OrderValue.Cents(qty * unit) == net) return unit;
        // The nearest unit extends to a neighbouring cent: step one unit of the last decimal towards the net while that helps.
        var step = (net > OrderValue.Cents(qty * unit) ? 1m : -1m) / 100_000m;
        for (var tries = 0; tries < 10 && OrderValue.Cents(qty * unit) != net; tries++)
        {
            var next = unit + step;
            if (Math.Abs(qty * next - net) > Math.Abs(qty * unit - net)) break;
            unit = next;
        }
        return unit;
    }

    /// <summary>The list unit price (five decimals) and its extension to the cent; a list extension below the net is lifted to the net.</summary>
    private static (decimal Unit, decimal Gross) ListUnit(LineItem item, decimal net)
    {
        var unit = Math.Round(item.Price, UnitDecimals, MidpointRounding.AwayFromZero);
        var gross = OrderValue.Cents(item.Qty * unit);
        return gross >= net ? (unit, gross) : (NetUnit(net, item.Qty), net);
    }

    private static string DiscountDescription(Order order)
    {
        var names = order.DiscountCodes.Concat(order.LineItems.SelectMany(l => l.Discounts).Select(d => d.Name))
            .OfType<string>().Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return names.Count == 0 ? "Discount" : $"Discount {string.Join(", ", names)}";
    }
}
