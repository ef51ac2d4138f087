using System.Globalization;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Magento1.ServiceReference;
using Stockbridge.Connectors.Magento1.Soap;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Magento1;

public sealed partial class Magento1Connector
{
    /// <summary>
    /// Ships the fulfilled lines with <c>salesOrderShipmentCreate</c> (SKUs matched to the order's items, never more than is
    /// left to ship), then adds the tracking number with <c>salesOrderShipmentAddTrack</c> (carrier <c>custom</c>, the
    /// courier's name as title).
    /// </summary>
    public async Task PushFulfillmentAsync(Order order, Domain.Orders.Fulfillment fulfillment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(fulfillment);
        var info = await InfoAsync(order.ChannelOrderCode, cancellationToken)
            ?? throw new PermanentConnectorException($"Magento has no order {order.ChannelOrderCode} to ship.");
        var items = ItemsToShip(order.ChannelOrderCode, info, fulfillment);
        var shipment = await soap.CallAsync("salesOrderShipmentCreate", writes: true,
            (c, s) => c.SalesOrderShipmentCreateAsync(s, order.ChannelOrderCode, items, null, 0, 0), cancellationToken);
        if (string.IsNullOrWhiteSpace(fulfillment.TrackingNumber)) return;
        var title = string.IsNullOrWhiteSpace(fulfillment.TrackingCompany) ? "Courier" : fulfillment.TrackingCompany;
        await soap.CallAsync("salesOrderShipmentAddTrack", writes: true,
            (c, s) => c.SalesOrderShipmentAddTrackAsync(s, shipment, "custom", title, fulfillment.TrackingNumber), cancellationToken);
    }

    private static OrderItemIdQtyArray ItemsToShip(string code, SalesOrderEntity info, Domain.Orders.Fulfillment fulfillment)
    {
        var open = (info.Items ?? []).Where(i => string.IsNullOrEmpty(i.ParentItemId) || i.ParentItemId == "0")
            .Select(i => (Item: i, Left: MagentoValues.Amount(i.QtyOrdered, "qty_ordered") - MagentoValues.Amount(i.QtyShipped, "qty_shipped")))
            .ToList();
        var ship = new List<OrderItemIdQty>();
        foreach (var line in fulfillment.Lines)
        {
            var wanted = line.Qty;
            foreach (var (item, left) in open.Where(o => o.Item.Sku == line.Sku && o.Left > 0))
            {
                var qty = Math.Min(wanted, left - ship.Where(s => s.OrderItemId.ToString(CultureInfo.InvariantCulture) == item.ItemId).Sum(s => (decimal)s.Qty));
                if (qty <= 0) continue;
                ship.Add(new OrderItemIdQty { OrderItemId = int.Parse(item.ItemId ?? "0", CultureInfo.InvariantCulture), Qty = (double)qty });
                wanted -= qty;
                if (wanted == 0) break;
            }
            if (wanted > 0) throw new PermanentConnectorException($"Magento order {code} has {line.Qty - wanted} of {line.Sku} left to ship, not {line.Qty}.");
        }
        return ship.Count > 0 ? new OrderItemIdQtyArray { Item = [.. ship] } : throw new PermanentConnectorException($"Magento order {code}: the fulfilment names no line left to ship.");
    }
}
