using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Orders;
using Stockbridge.TradeStore.Cart;
using Stockbridge.TradeStore.Catalogue;
using Stockbridge.TradeStore.Connector;

namespace Stockbridge.TradeStore.Checkout;

/// <summary>
/// The canonical order for a cart: each line at the customer's own unit price ex VAT, VAT per line to the cent, and totals
/// that add up (subtotal + tax = total). The account is the customer's own; with a customer meta <c>warehouse</c>
/// (customer_warehouse_override) that warehouse is the order's.
/// </summary>
public static class TradeOrderBuilder
{
    public static Order Build(string orderCode, Customer customer, IReadOnlyList<(CartLine Line, CatalogueItem Item)> lines, TradeStoreSettings settings,
        string? reference, DateTimeOffset placedAt)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(settings);
        var items = lines.Select((l, i) =>
        {
            var net = OrderValue.Cents(l.Line.Qty * l.Item.Price!.Value);
            return new LineItem
            {
                Sku = l.Item.Sku, Title = l.Item.Title, Qty = l.Line.Qty, Price = l.Item.Price.Value, ChannelLineId = $"{i + 1}",
                TaxLines = settings.VatRate == 0 ? [] : [new TaxLine("VAT", settings.VatRate, OrderValue.Cents(net * settings.VatRate))],
            };
        }).ToList();
        var subtotal = items.Sum(OrderValue.LineNet);
        var tax = items.Sum(i => i.TaxLines.Sum(t => t.Price));
        var warehouse = customer.Meta.FirstOrDefault(m => m.Key == "warehouse")?.Value;
        return new Order
        {
            Channel = TradeStoreManifest.Key, ChannelOrderCode = orderCode, ChannelOrderId = orderCode, SourceCustomerCode = customer.SourceCustomerCode,
            Customer = customer with { Addresses = [] }, BillingAddress = customer.Addresses.FirstOrDefault(a => a.Type == "billing"),
            ShippingAddress = customer.Addresses.FirstOrDefault(a => a.Type == "shipping"),
            LineItems = [.. items], Notes = string.IsNullOrWhiteSpace(reference) ? null : $"Customer reference: {reference.Trim()}",
            Totals = new OrderTotals(subtotal, tax, 0m, 0m, subtotal + tax), Warehouse = string.IsNullOrWhiteSpace(warehouse) ? null : warehouse, PlacedAt = placedAt,
        };
    }
}
