using System.Globalization;
using Stockbridge.Sync.Orders;
using Stockbridge.TradeStore.Cart;
using Stockbridge.TradeStore.Catalogue;
using Stockbridge.TradeStore.Hosting;
using Stockbridge.TradeStore.Orders;

namespace Stockbridge.TradeStore.Checkout;

/// <summary>
/// Places a cart as an order on the customer's own ERP account, through <see cref="OrderIntake"/> (the path every channel's
/// orders take: one record per order code, one <c>order.raise</c> with its idempotency key, raised exactly once). Refused, with
/// the reason and nothing placed, as the ERP would refuse it: an account on hold or inactive, a line no longer orderable
/// (price, pack, stock), or an order whose value ex VAT with the account's open store orders exceeds its credit limit
/// (a limit of 0 means no credit check, as in SYSPRO).
/// </summary>
public sealed class TradeCheckout(TradeCatalogue catalogue, TradeCarts carts, TradeOrders orders, OrderIntake intake, TimeProvider time)
{
    public async Task<CheckoutOutcome> PlaceAsync(StoreContext shop, string customerCode, string? reference, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(shop);
        var customer = await catalogue.CustomerAsync(shop.ClientId, customerCode, ct);
        if (customer is null) return CheckoutOutcome.Refused($"Account {customerCode} is not in the ERP's customer list any more.");
        if (customer.OnHold) return CheckoutOutcome.Refused($"Account {customerCode} is on hold in the ERP, so it cannot place orders. Please contact our accounts department.");
        if (!customer.Active) return CheckoutOutcome.Refused($"Account {customerCode} is inactive in the ERP, so it cannot place orders.");
        var cart = await carts.GetAsync(shop, customerCode, ct);
        if (cart.IsEmpty) return CheckoutOutcome.Refused("Your cart is empty.");

        var bySku = await catalogue.BySkuAsync(shop, customer, ct);
        var problems = new List<string>();
        var lines = new List<(CartLine, CatalogueItem)>();
        foreach (var line in cart.Lines)
        {
            if (!bySku.TryGetValue(line.Sku, out var item) || item.Price is null) problems.Add($"{line.Sku} can no longer be ordered.");
            else if (item.Pack.Problem(line.Qty) is { } pack) problems.Add($"{line.Sku}: {pack}.");
            else if (!shop.Settings.OverOrderEnabled && line.Qty > item.Available) problems.Add(Text($"{line.Sku}: only {item.Available} available now."));
            else lines.Add((line, item));
        }
        if (problems.Count > 0) return CheckoutOutcome.Refused([.. problems]);

        var order = TradeOrderBuilder.Build(cart.CheckoutKey, customer, lines, shop.Settings, reference, time.GetUtcNow());
        if (customer.CreditLimit is > 0 and var limit)
        {
            var open = TradeOrders.OpenValue(await orders.ListAsync(shop, customerCode, ct));
            var value = Stockbridge.Domain.Orders.OrderValue.ExTax(order);
            if (open + value > limit)
                return CheckoutOutcome.Refused(Text($"This order (R {value:N2} ex VAT) is over the available credit of account {customerCode}: credit limit R {limit:N2}, open orders R {open:N2}, available R {Math.Max(0, limit - open):N2}."));
        }
        await intake.TakeInAsync(shop.Connection, [order], $"trade store checkout by {customer.SourceCustomerCode}", null, ct);
        await carts.ClearAsync(shop, customerCode, ct);
        return new CheckoutOutcome(order.ChannelOrderCode, []);
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
