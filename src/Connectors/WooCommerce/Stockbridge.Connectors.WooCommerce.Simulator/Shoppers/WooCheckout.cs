using Stockbridge.Connectors.Simulation;
using Stockbridge.Connectors.WooCommerce.Simulator.State;
using Stockbridge.Connectors.WooCommerce.Simulator.Wire;

namespace Stockbridge.Connectors.WooCommerce.Simulator.Shoppers;

/// <summary>
/// The storefront's checkout: prices ex tax, a flat 15 % VAT, any coupon code taking 10 % off each line (to the cent),
/// optional flat-rate shipping; managed stock is reduced. The order is <c>processing</c> (paid). Callers hold the gate.
/// </summary>
public static class WooCheckout
{
    /// <summary>The share a coupon takes off each line's total.</summary>
    public const decimal CouponShare = 0.10m;

    /// <summary>Places the order, or throws <see cref="ShopperRefusedException"/> and changes nothing.</summary>
    public static WooOrder Place(WooStore store, WooShopperOrder request)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Lines.Count == 0) throw new ShopperRefusedException("The cart is empty.");
        var wanted = request.Lines.GroupBy(l => l.Sku, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity), StringComparer.Ordinal);
        foreach (var (sku, quantity) in wanted)
        {
            var item = store.BySku(sku) ?? throw new ShopperRefusedException($"No product has the SKU {sku}.");
            if (quantity <= 0) throw new ShopperRefusedException($"The quantity of {sku} must be at least 1.");
            var parent = item.ParentId == 0 ? null : store.Products.GetValueOrDefault(item.ParentId);
            if (item.Type == "variable") throw new ShopperRefusedException($"{sku} is a variable product: choose one of its variations.");
            if (item.Status != "publish" || parent is { Status: not "publish" }) throw new ShopperRefusedException($"{sku} is not for sale (status {parent?.Status ?? item.Status}).");
            if (item.Price is null) throw new ShopperRefusedException($"{sku} has no price and cannot be purchased.");
            if (item.ManageStock ? item.StockQuantity < quantity : item.StockStatus == "outofstock")
                throw new ShopperRefusedException($"Not enough stock of {sku}: {item.StockQuantity ?? 0} left, {quantity} wanted.");
        }

        var now = store.Now();
        var order = new WooOrder { Id = store.NextPostId(), Email = request.Email, DateCreated = now, DateModified = now };
        var discount = 0m;
        foreach (var line in request.Lines)
        {
            var item = store.BySku(line.Sku)!;
            var subtotal = WooMoney.Cents(item.Price!.Value * line.Quantity);
            var off = request.CouponCode is null ? 0m : WooMoney.Cents(subtotal * CouponShare);
            discount += off;
            var total = subtotal - off;
            order.Lines.Add(new WooOrderLine(store.NextItemId(), item.Name, item.ParentId == 0 ? item.Id : item.ParentId, item.ParentId == 0 ? 0 : item.Id,
                line.Quantity, item.Sku, item.Price.Value, subtotal, total, WooMoney.Cents(total * WooTax.Rate)));
            if (item.ManageStock)
            {
                item.StockQuantity -= line.Quantity;
                item.DateModified = now;
            }
        }
        if (request.CouponCode is { } code) order.CouponLines.Add(new WooCouponLine(store.NextItemId(), code.ToLowerInvariant(), discount, WooMoney.Cents(discount * WooTax.Rate)));
        if (request.ShippingTotal is { } shipping and > 0)
            order.ShippingLines.Add(new WooShippingLine(store.NextItemId(), "flat_rate", "Flat rate", WooMoney.Cents(shipping), WooMoney.Cents(shipping * WooTax.Rate)));
        store.Orders[order.Id] = order;
        return order;
    }

    /// <summary>What the shopper paid ex tax: line totals after the coupon, shipping and fees.</summary>
    public static decimal PaidExTax(WooOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.Lines.Sum(l => l.Total) + order.ShippingLines.Sum(s => s.Total);
    }
}
