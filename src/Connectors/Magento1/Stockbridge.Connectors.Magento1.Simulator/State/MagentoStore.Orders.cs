using System.Globalization;
using Stockbridge.Connectors.Magento1.Simulator.Soap;

namespace Stockbridge.Connectors.Magento1.Simulator.State;

public sealed partial class MagentoStore
{
    /// <summary>Runs <paramref name="read"/> over the orders under the lock.</summary>
    public T ReadOrders<T>(Func<IReadOnlyList<MagentoOrder>, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (_gate) return read(_orders);
    }

    /// <summary>An order by increment id, or fault 100.</summary>
    public MagentoOrder FindOrder(string? incrementId)
    {
        if (string.IsNullOrEmpty(incrementId)) throw MagentoFault.MissingParameter("orderIncrementId");
        lock (_gate) return _orders.Find(o => o.IncrementId == incrementId) ?? throw MagentoFault.OrderNotExists();
    }

    /// <summary><c>salesOrderAddComment</c>: adds the comment (the status may change it too); 1.</summary>
    public int AddComment(string? incrementId, string? status, string? comment, bool notify)
    {
        var order = FindOrder(incrementId);
        lock (_gate)
        {
            var now = Now();
            if (!string.IsNullOrEmpty(status)) order.Status = status;
            order.History.Add(new MagentoComment(now, order.Status, comment ?? "", notify));
            order.UpdatedAt = now;
        }
        return 1;
    }

    /// <summary>
    /// <c>salesOrderShipmentCreate</c>: ships the quantities given by order item id (every open quantity when none are
    /// given); the shipment's increment id. Fault 100 for an unknown order, 102 for nothing to ship or too much.
    /// </summary>
    public string CreateShipment(string? incrementId, IReadOnlyDictionary<int, decimal> quantities, string? comment)
    {
        ArgumentNullException.ThrowIfNull(quantities);
        var order = FindOrder(incrementId);
        lock (_gate)
        {
            var ship = quantities.Count > 0
                ? quantities.Where(q => q.Value > 0).ToDictionary()
                : order.Lines.Where(l => l.Qty > l.QtyShipped).ToDictionary(l => l.ItemId, l => l.Qty - l.QtyShipped);
            if (ship.Count == 0) throw MagentoFault.InvalidShipmentData("Cannot do shipment for order.");
            foreach (var (itemId, qty) in ship)
            {
                var line = order.Lines.FirstOrDefault(l => l.ItemId == itemId) ?? throw MagentoFault.InvalidShipmentData($"order item {itemId} is not on order {order.IncrementId}");
                if (line.QtyShipped + qty > line.Qty) throw MagentoFault.InvalidShipmentData($"order item {itemId}: {qty} is more than the {line.Qty - line.QtyShipped} left to ship");
            }
            foreach (var (itemId, qty) in ship) order.Lines.First(l => l.ItemId == itemId).QtyShipped += qty;
            var now = Now();
            var id = _nextShipmentId++;
            var shipment = new MagentoShipment { Id = id, IncrementId = (100000000 + id).ToString(CultureInfo.InvariantCulture), Order = order, Items = ship, CreatedAt = now };
            order.Shipments.Add(shipment);
            var complete = order.Lines.All(l => l.QtyShipped >= l.Qty);
            order.State = complete ? "complete" : "processing";
            order.Status = complete ? "complete" : "processing";
            if (!string.IsNullOrEmpty(comment)) order.History.Add(new MagentoComment(now, order.Status, comment, false));
            order.UpdatedAt = now;
            return shipment.IncrementId;
        }
    }

    /// <summary>A shipment by increment id, or fault 100.</summary>
    public MagentoShipment FindShipment(string? incrementId)
    {
        if (string.IsNullOrEmpty(incrementId)) throw MagentoFault.MissingParameter("shipmentIncrementId");
        lock (_gate) return _orders.SelectMany(o => o.Shipments).FirstOrDefault(s => s.IncrementId == incrementId) ?? throw MagentoFault.ShipmentNotExists();
    }

    /// <summary><c>salesOrderShipmentAddTrack</c>: the new track's id.</summary>
    public int AddTrack(string? shipmentIncrementId, string? carrier, string? title, string? number)
    {
        if (string.IsNullOrWhiteSpace(number)) throw MagentoFault.MissingParameter("trackNumber");
        var shipment = FindShipment(shipmentIncrementId);
        lock (_gate)
        {
            var track = new MagentoTrack(_nextTrackId++, string.IsNullOrEmpty(carrier) ? "custom" : carrier, title ?? "", number);
            shipment.Tracks.Add(track);
            shipment.Order.UpdatedAt = Now();
            return track.Id;
        }
    }
}
