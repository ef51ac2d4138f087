using System.Globalization;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.ISync.Settings;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.ISync.Orders;

/// <summary>
/// The body of <c>POST orders</c>: PONumber = channel_order_code, CustomerCode, OrderDate, DeliveryDetail, a stock line per
/// line item (ProductStockID = SKU, Units, SellingPrice = unit price ex VAT after discounts), shipping after its discounts as
/// one line of the pre-defined shipping service item, and the cents unit prices cannot carry on the rounding service item, so
/// iSync's total is what the shopper paid ex VAT (<see cref="OrderValue.ExTax"/>) to the cent.
/// </summary>
public static class OrderBody
{
    /// <summary>The longest PONumber iSync keeps (assumed).</summary>
    public const int MaxPoNumberLength = 50;

    /// <summary>The body; refuses (permanently, before posting) what iSync could not hold.</summary>
    public static JsonObject Build(Order order, ISyncSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(settings);
        if (string.IsNullOrWhiteSpace(order.ChannelOrderCode)) throw new PermanentConnectorException("The order has no channel order code for iSync's PONumber.");
        if (order.ChannelOrderCode.Length > MaxPoNumberLength)
            throw new PermanentConnectorException($"The channel order code '{order.ChannelOrderCode}' is longer than iSync's {MaxPoNumberLength}-character PONumber.");
        if (order.LineItems.IsEmpty) throw new PermanentConnectorException($"Order '{order.ChannelOrderCode}' has no lines to raise in iSync.");

        var nets = OrderValue.LineNets(order);
        var lines = new JsonArray();
        var remainder = 0m;
        for (var i = 0; i < order.LineItems.Length; i++)
        {
            var item = order.LineItems[i];
            if (string.IsNullOrWhiteSpace(item.Sku)) throw new PermanentConnectorException($"Order '{order.ChannelOrderCode}' line {i + 1} has no SKU.");
            if (item.Qty <= 0) throw new PermanentConnectorException($"Order '{order.ChannelOrderCode}' line {i + 1} ({item.Sku}) has quantity {item.Qty}.");
            var (unit, left) = OrderLinePrices.For(nets[i], item.Qty);
            remainder += left;
            lines.Add(Line(item.Sku, item.Qty, unit));
        }
        if (!order.ShippingLines.IsEmpty) lines.Add(Line(settings.ShippingServiceCode, 1, OrderValue.Shipping(order)));
        if (remainder != 0) lines.Add(Line(settings.AdjustmentServiceCode, 1, remainder));
        return new JsonObject
        {
            ["PONumber"] = order.ChannelOrderCode,
            ["CustomerCode"] = string.IsNullOrWhiteSpace(order.SourceCustomerCode) ? settings.CustomerCode : order.SourceCustomerCode,
            ["OrderDate"] = (order.PlacedAt ?? now).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["DeliveryDetail"] = DeliveryDetailText.Of(order.ShippingAddress ?? order.BillingAddress),
            ["Lines"] = lines,
        };
    }

    private static JsonObject Line(string productStockId, decimal units, decimal sellingPrice) => new()
    {
        ["ProductStockID"] = productStockId,
        ["Units"] = units,
        ["SellingPrice"] = sellingPrice,
    };
}
