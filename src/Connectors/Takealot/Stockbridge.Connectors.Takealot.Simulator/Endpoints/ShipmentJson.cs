using System.Globalization;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Takealot.Simulator.State;

namespace Stockbridge.Connectors.Takealot.Simulator.Endpoints;

/// <summary>A seller shipment as the Marketplace API answers it [assumed shape: Takealot publishes none].</summary>
public static class ShipmentJson
{
    /// <summary>The shipment's JSON.</summary>
    public static JsonObject Of(TakealotShipment shipment)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        return new JsonObject
        {
            ["shipment_id"] = shipment.ShipmentId,
            ["order_id"] = shipment.OrderId,
            ["order_item_ids"] = new JsonArray([.. shipment.OrderItemIds.Select(i => (JsonNode)i)]),
            ["tracking_number"] = shipment.TrackingNumber,
            ["courier"] = shipment.Courier,
            ["tracking_url"] = shipment.TrackingUrl,
            ["created_at"] = shipment.CreatedAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        };
    }
}
