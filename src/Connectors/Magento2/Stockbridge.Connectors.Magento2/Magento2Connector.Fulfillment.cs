using System.Text.Json.Nodes;
using Stockbridge.Connectors.Magento2.Api;

namespace Stockbridge.Connectors.Magento2;

/// <summary>
/// Fulfilments: <c>POST order/{id}/ship</c> with the fulfilled lines (a configurable's child ships through its parent
/// item) and the tracking number; when nothing is left to ship, the track goes on the order's last shipment. A tracking
/// number the order's shipments already carry is left alone (a retry).
/// </summary>
public sealed partial class Magento2Connector
{
    /// <inheritdoc />
    public async Task PushFulfillmentAsync(Domain.Orders.Order order, Domain.Orders.Fulfillment fulfillment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(fulfillment);
        var current = await FindOrderAsync(order, cancellationToken);
        var id = current["entity_id"]!.ToString();
        var shipments = new List<JsonObject>();
        await foreach (var s in Client.AllAsync("shipments", new SearchQuery().Where("order_id", id), 100, cancellationToken)) shipments.Add(s);
        var tracking = fulfillment.TrackingNumber;
        if (tracking is not null && shipments.Any(s => (s["tracks"] as JsonArray ?? []).Any(t => t?["track_number"]?.ToString() == tracking))) return;
        var track = new JsonObject
        {
            ["track_number"] = tracking,
            ["title"] = fulfillment.TrackingCompany ?? "Courier",
            ["carrier_code"] = "custom",
        };
        var items = ShipItems(current, fulfillment);
        if (items.Count == 0 && shipments.Count > 0)
        {
            if (tracking is null) return;
            track["parent_id"] = shipments[^1]["entity_id"]?.DeepClone();
            track["order_id"] = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture);
            await Client.SendAsync(HttpMethod.Post, "shipment/track", new JsonObject { ["entity"] = track }, cancellationToken);
            return;
        }
        var body = new JsonObject
        {
            ["items"] = new JsonArray([.. items.Select(i => (JsonNode)new JsonObject { ["order_item_id"] = i.Key, ["qty"] = i.Value })]),
            ["notify"] = false,
            ["appendComment"] = true,
            ["comment"] = new JsonObject
            {
                ["comment"] = $"Shipped{(fulfillment.TrackingCompany is null ? "" : " with " + fulfillment.TrackingCompany)}{(tracking is null ? "" : ", tracking number " + tracking)}{(fulfillment.TrackingUrl is null ? "" : " (" + fulfillment.TrackingUrl + ")")}",
                ["is_visible_on_front"] = 0,
            },
        };
        if (tracking is not null) body["tracks"] = new JsonArray(track);
        await Client.SendAsync(HttpMethod.Post, $"order/{id}/ship", body, cancellationToken);
    }

    /// <summary>Order item id to quantity for the fulfilled lines, at most what is left to ship (a parent item for a configurable's child).</summary>
    private static Dictionary<int, decimal> ShipItems(JsonObject order, Domain.Orders.Fulfillment fulfillment)
    {
        var items = (order["items"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var byId = items.ToDictionary(i => i["item_id"]!.ToString(), StringComparer.Ordinal);
        var result = new Dictionary<int, decimal>();
        foreach (var line in fulfillment.Lines)
        {
            var item = items.FirstOrDefault(i => i["sku"]?.ToString() == line.Sku && i["product_type"]?.ToString() != "configurable")
                ?? items.FirstOrDefault(i => i["sku"]?.ToString() == line.Sku);
            if (item is null) continue;
            var shipped = item["parent_item_id"] is { } parent && byId.TryGetValue(parent.ToString(), out var p) ? p : item;
            var left = shipped["qty_ordered"]!.GetValue<decimal>() - (shipped["qty_shipped"]?.GetValue<decimal>() ?? 0m);
            var key = shipped["item_id"]!.GetValue<int>();
            var qty = Math.Min(line.Qty, left - result.GetValueOrDefault(key));
            if (qty > 0) result[key] = result.GetValueOrDefault(key) + qty;
        }
        return result;
    }
}
