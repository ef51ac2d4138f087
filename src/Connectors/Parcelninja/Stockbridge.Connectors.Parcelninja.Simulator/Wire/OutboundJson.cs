using System.Text.Json.Nodes;
using Stockbridge.Connectors.Parcelninja.Simulator.State;

namespace Stockbridge.Connectors.Parcelninja.Simulator.Wire;

/// <summary>
/// Outbounds on the wire: the full read (<c>GET /outbounds/{id}</c>, unverified shape built from the create body, the webhook
/// sample and the fields a commercial hub maps), its events (newest first) and the status webhook (observed sample shape).
/// </summary>
public static class OutboundJson
{
    /// <summary>The order type's description.</summary>
    public static string TypeDescription(int typeId) => typeId switch
    {
        1 => "Inbound",
        2 => "Outbound",
        3 => "Return (RMA)",
        4 => "Return Stock",
        _ => "Unknown",
    };

    /// <summary>The full outbound.</summary>
    public static JsonObject Full(Outbound o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var d = o.Delivery;
        return new JsonObject
        {
            ["id"] = o.Id,
            ["clientId"] = o.ClientId,
            ["typeId"] = o.TypeId,
            ["type"] = new JsonObject { ["id"] = o.TypeId, ["description"] = TypeDescription(o.TypeId) },
            ["channelId"] = o.ChannelId,
            ["createDate"] = ParcelninjaDates.Timestamp(o.CreatedAt),
            ["status"] = Event(o.Latest),
            ["deliveryInfo"] = new JsonObject
            {
                ["customer"] = d.Customer,
                ["email"] = d.Email,
                ["contactNo"] = d.ContactNo,
                ["addressLine1"] = d.AddressLine1,
                ["addressLine2"] = d.AddressLine2,
                ["suburb"] = d.Suburb,
                ["postalCode"] = d.PostalCode,
                ["forCollection"] = d.ForCollection,
                ["deliveryQuoteId"] = d.DeliveryQuoteId,
                ["courierName"] = o.CourierName,
                ["trackingNo"] = o.WaybillNumber,
                ["waybillNumber"] = o.WaybillNumber,
                ["trackingURL"] = o.TrackingUrl,
            },
            ["items"] = new JsonArray([.. o.Items.Select(i => (JsonNode)new JsonObject
            {
                ["itemNo"] = i.ItemNo, ["name"] = i.Name, ["qty"] = i.Qty, ["fromReserve"] = i.FromReserve,
            })]),
            ["events"] = Events(o),
        };
    }

    /// <summary>The events, newest first.</summary>
    public static JsonArray Events(Outbound o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new JsonArray([.. Enumerable.Reverse(o.Events).Select(e => (JsonNode)Event(e))]);
    }

    /// <summary>The status webhook: <c>{id, clientId, type, timeStamp, events (newest first), deliveryInfo{trackingURL, waybillNumber}}</c>.</summary>
    public static JsonObject Webhook(Outbound o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new JsonObject
        {
            ["id"] = o.Id,
            ["clientId"] = o.ClientId,
            ["type"] = new JsonObject { ["id"] = o.TypeId, ["description"] = TypeDescription(o.TypeId) },
            ["timeStamp"] = ParcelninjaDates.Timestamp(o.Latest.At),
            ["events"] = Events(o),
            ["deliveryInfo"] = new JsonObject { ["trackingURL"] = o.TrackingUrl, ["waybillNumber"] = o.WaybillNumber },
        };
    }

    private static JsonObject Event(OutboundEvent e) => new()
    {
        ["code"] = e.Code, ["timeStamp"] = ParcelninjaDates.Timestamp(e.At), ["description"] = e.Description,
    };
}
