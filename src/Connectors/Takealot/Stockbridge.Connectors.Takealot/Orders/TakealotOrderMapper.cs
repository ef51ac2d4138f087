using System.Globalization;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Errors;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Takealot.Orders;

/// <summary>
/// Maps the sales (order items) of one Takealot order to the hub's order. Takealot's <c>selling_price</c> is the line total the
/// shopper paid, VAT (15 %) included; each line's net is that total less its VAT, to the cent, and the VAT is its tax line, so
/// the order's total is exactly what the shopper paid. Takealot's success and fulfilment fees are charged to the seller
/// separately and are not part of the order. A sale with a <c>po_number</c> is a leadtime sale, shipped by the merchant
/// [guess: Takealot raises a purchase order on the seller only for leadtime stock]; an order all of whose sales came from
/// Takealot's DC stock is marked shipped by Takealot (a fulfilment without a fulfilment connection), so the hub never hands it
/// to the merchant's warehouse, and is raised as an invoice.
/// </summary>
public static class TakealotOrderMapper
{
    /// <summary>South African VAT.</summary>
    public const decimal VatRate = 0.15m;

    /// <summary>The company the hub shows as the carrier of a Takealot-fulfilled order.</summary>
    public const string TakealotCarrier = "Takealot";

    /// <summary>The hub's order for the sales of one order id.</summary>
    public static Order Map(IReadOnlyList<JsonNode> sales)
    {
        ArgumentNullException.ThrowIfNull(sales);
        if (sales.Count == 0) throw new PermanentConnectorException("A Takealot order needs at least one sale");
        var orderId = Id(sales[0], "order_id");
        var lines = sales.OrderBy(s => Id(s, "order_item_id"), StringComparer.Ordinal).Select(Line).ToList();
        var total = sales.Sum(s => Money(s, "selling_price"));
        var net = lines.Sum(l => l.NetTotal!.Value);
        var leadtime = sales.Any(IsLeadtime);
        var placedAt = sales.Select(s => TakealotDates.Parse(s["order_date"]?.GetValue<string>())).Min();
        return new Order
        {
            Channel = TakealotManifest.Key,
            ChannelOrderCode = orderId,
            ChannelOrderId = orderId,
            LineItems = [.. lines],
            Currency = "ZAR",
            Totals = new OrderTotals(net, total - net, 0m, 0m, total),
            PlacedAt = placedAt,
            OrderType = leadtime ? OrderType.Order : OrderType.Invoice,
            Notes = Notes(sales, leadtime),
            Fulfillments = leadtime ? null : [new Domain.Orders.Fulfillment
            {
                ChannelOrderCode = orderId,
                Status = "shipped",
                TrackingCompany = TakealotCarrier,
                Lines = [.. lines.Select(l => new FulfillmentLine(l.Sku, l.Qty))],
            }],
        };
    }

    /// <summary>Whether a sale is a leadtime sale (the merchant ships it).</summary>
    public static bool IsLeadtime(JsonNode sale) => sale?["po_number"] is JsonValue v && v.TryGetValue<long>(out _);

    private static LineItem Line(JsonNode sale)
    {
        var quantity = sale["quantity"] is JsonValue q && q.TryGetValue<decimal>(out var qty) && qty > 0 ? qty
            : throw new PermanentConnectorException($"Takealot sale {Id(sale, "order_item_id")} has no quantity");
        var gross = Money(sale, "selling_price");
        var net = Math.Round(gross / (1 + VatRate), 2, MidpointRounding.AwayFromZero);
        return new LineItem
        {
            Sku = sale["sku"]?.GetValue<string>() is { Length: > 0 } sku ? sku : throw new PermanentConnectorException($"Takealot sale {Id(sale, "order_item_id")} has no sku"),
            Title = sale["product_title"]?.GetValue<string>(),
            Qty = quantity,
            Price = Math.Round(net / quantity, 4, MidpointRounding.AwayFromZero),
            NetTotal = net,
            TaxLines = [new TaxLine("VAT", VatRate, gross - net)],
            ChannelLineId = Id(sale, "order_item_id"),
        };
    }

    private static string Notes(IReadOnlyList<JsonNode> sales, bool leadtime)
    {
        var first = sales[0];
        var customer = first["customer"]?.GetValue<string>();
        var dc = first["dc"]?.GetValue<string>();
        var po = sales.Select(s => s["po_number"]?.ToString()).FirstOrDefault(p => !string.IsNullOrEmpty(p));
        return leadtime
            ? $"Takealot leadtime order for {customer}: the merchant ships to Takealot's {dc} DC (purchase order {po})."
            : $"Takealot order for {customer} shipped from Takealot's {dc} DC stock: nothing to ship.";
    }

    private static decimal Money(JsonNode sale, string name) =>
        sale[name] is JsonValue v && v.TryGetValue<decimal>(out var amount) && amount >= 0 ? amount
            : throw new PermanentConnectorException($"Takealot sale {Id(sale, "order_item_id")}: '{name}' is missing or not an amount");

    private static string Id(JsonNode sale, string name) => sale[name] switch
    {
        JsonValue v when v.TryGetValue<long>(out var n) => n.ToString(CultureInfo.InvariantCulture),
        JsonValue v when v.TryGetValue<string>(out var s) && s.Length > 0 => s,
        _ => throw new PermanentConnectorException($"A Takealot sale has no '{name}'"),
    };
}
