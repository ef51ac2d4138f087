using System.Globalization;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Magento2.Simulator.State;
using Stockbridge.Connectors.Magento2.Simulator.Wire;

namespace Stockbridge.Connectors.Magento2.Simulator.Operations;

/// <summary>Order comments, shipments with tracks and invoices, as Sales' service contracts do them.</summary>
public static class OrderOperations
{
    /// <summary>The order; 404 when there is none. The caller holds the lock.</summary>
    public static SalesOrder Find(MagentoStore s, int id)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Orders.TryGetValue(id, out var o) ? o : throw MagentoError.NoEntity();
    }

    /// <summary>OrderManagementInterface::addComment (<c>statusHistory</c>): true.</summary>
    public static bool AddComment(MagentoStore store, int id, JsonNode? body)
    {
        ArgumentNullException.ThrowIfNull(store);
        var history = RequestBody.Object(body, "statusHistory");
        var comment = RequestBody.Text(history, "comment");
        if (string.IsNullOrWhiteSpace(comment)) throw MagentoError.Required("comment");
        return store.Read(s =>
        {
            var order = Find(s, id);
            var now = s.Now();
            order.Comments.Add(new StatusHistory(s.NextId(), comment, RequestBody.Text(history, "status") ?? order.Status,
                RequestBody.Int(history, "is_customer_notified") == 1, RequestBody.Int(history, "is_visible_on_front") == 1, now));
            order.UpdatedAt = now;
            return true;
        });
    }

    /// <summary>ShipOrderInterface::execute: ships the items given (all that is left when none), with tracks; the shipment id.</summary>
    public static int Ship(MagentoStore store, int id, JsonNode? body)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Read(s =>
        {
            var order = Find(s, id);
            var shippable = order.Items.Where(i => i.ParentItemId is null).ToDictionary(i => i.ItemId, i => i.QtyOrdered - i.QtyShipped);
            var requested = (body?["items"] as JsonArray ?? []).OfType<JsonObject>()
                .Select(i => (Id: RequestBody.Int(i, "order_item_id") ?? throw MagentoError.Required("order_item_id"), Qty: RequestBody.Number(i, "qty") ?? 0m)).ToList();
            if (requested.Count == 0) requested = [.. shippable.Where(p => p.Value > 0).Select(p => (p.Key, p.Value))];
            if (requested.Count == 0 || requested.Any(r => !shippable.TryGetValue(r.Id, out var left) || r.Qty <= 0 || r.Qty > left))
                throw new MagentoError(400, "Shipment Document Validation Error(s):\nThe order does not allow a shipment to be created.");
            var now = s.Now();
            var shipment = new Shipment
            {
                EntityId = s.NextId(),
                IncrementId = (order.EntityId * 100).ToString("000000000", CultureInfo.InvariantCulture),
                OrderId = order.EntityId,
                Items = requested.ToDictionary(r => r.Id, r => r.Qty),
                CreatedAt = now,
            };
            foreach (var track in (body?["tracks"] as JsonArray ?? []).OfType<JsonObject>())
                shipment.Tracks.Add(Track(s, track));
            foreach (var (itemId, qty) in requested)
            {
                var index = order.Items.FindIndex(i => i.ItemId == itemId);
                order.Items[index].QtyShipped += qty;
                foreach (var child in order.Items.Where(i => i.ParentItemId == itemId)) child.QtyShipped += qty;
            }
            if (body?["comment"] is JsonObject comment && RequestBody.Text(comment, "comment") is { Length: > 0 } text)
                order.Comments.Add(new StatusHistory(s.NextId(), text, order.Status, false, RequestBody.Int(comment, "is_visible_on_front") == 1, now));
            s.Shipments.Add(shipment);
            if (order.Items.All(i => i.QtyShipped >= i.QtyOrdered) && order.Invoices.Count > 0) (order.State, order.Status) = ("complete", "complete");
            order.UpdatedAt = now;
            return shipment.EntityId;
        });
    }

    /// <summary>ShipmentTrackRepositoryInterface::save: a track on an existing shipment; the track's JSON.</summary>
    public static JsonObject AddTrack(MagentoStore store, JsonNode? body)
    {
        ArgumentNullException.ThrowIfNull(store);
        var input = RequestBody.Object(body, "entity");
        return store.Read(s =>
        {
            var parentId = RequestBody.Int(input, "parent_id") ?? throw MagentoError.Required("parent_id");
            var shipment = s.Shipments.Find(x => x.EntityId == parentId) ?? throw MagentoError.NoEntity();
            var track = Track(s, input);
            shipment.Tracks.Add(track);
            Find(s, shipment.OrderId).UpdatedAt = s.Now();
            return new JsonObject { ["entity_id"] = track.EntityId, ["parent_id"] = parentId, ["order_id"] = shipment.OrderId, ["track_number"] = track.TrackNumber, ["title"] = track.Title, ["carrier_code"] = track.CarrierCode };
        });
    }

    /// <summary>InvoiceOrderInterface::execute: invoices the order in full once; the invoice id.</summary>
    public static int Invoice(MagentoStore store, int id) => store.Read(s =>
    {
        var order = Find(s, id);
        if (order.Invoices.Count > 0) throw new MagentoError(400, "Invoice Document Validation Error(s):\nThe order does not allow an invoice to be created.");
        var invoiceId = s.NextId();
        order.Invoices.Add(invoiceId);
        if (order.Items.All(i => i.QtyShipped >= i.QtyOrdered)) (order.State, order.Status) = ("complete", "complete");
        order.UpdatedAt = s.Now();
        return invoiceId;
    });

    /// <summary>Shipments as <c>GET /V1/shipments</c> lists them.</summary>
    public static IEnumerable<JsonObject> ShipmentsJson(MagentoStore s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Shipments.Select(x => new JsonObject
        {
            ["entity_id"] = x.EntityId,
            ["increment_id"] = x.IncrementId,
            ["order_id"] = x.OrderId,
            ["created_at"] = WireDates.Format(x.CreatedAt),
            ["items"] = new JsonArray([.. x.Items.Select(i => (JsonNode)new JsonObject { ["order_item_id"] = i.Key, ["qty"] = i.Value })]),
            ["tracks"] = new JsonArray([.. x.Tracks.Select(t => (JsonNode)new JsonObject { ["entity_id"] = t.EntityId, ["track_number"] = t.TrackNumber, ["title"] = t.Title, ["carrier_code"] = t.CarrierCode })]),
        });
    }

    private static ShipmentTrack Track(MagentoStore s, JsonObject track) => new(s.NextId(),
        RequestBody.Text(track, "track_number") is { Length: > 0 } number ? number : throw MagentoError.Required("track_number"),
        RequestBody.Text(track, "title") ?? "", RequestBody.Text(track, "carrier_code") ?? "custom");
}
