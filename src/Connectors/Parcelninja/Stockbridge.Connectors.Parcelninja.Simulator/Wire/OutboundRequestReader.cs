using System.Text.Json.Nodes;
using Stockbridge.Connectors.Parcelninja.Simulator.State;
using static Stockbridge.Connectors.Parcelninja.Simulator.Wire.RequestFields;

namespace Stockbridge.Connectors.Parcelninja.Simulator.Wire;

/// <summary>
/// Validates a <c>POST /outbounds/</c> body as Parcelninja's field rules say: <c>clientId</c> required; text fields of at most
/// 50 characters; a 10-digit South African <c>contactNo</c>; a 4-digit postal code; at least one item with a SKU and a
/// positive quantity. Which delivery fields Parcelninja requires is not recorded, so none is required here (unverified). The wording
/// of the messages is the simulator's own (Parcelninja's are not recorded).
/// </summary>
public static class OutboundRequestReader
{
    /// <summary>The longest a text field may be.</summary>
    public const int MaxLength = 50;

    /// <summary>The validated request, or a 400 naming the first problem.</summary>
    public static CreateOutboundRequest Read(JsonObject body)
    {
        var clientId = Limited(body, "clientId");
        if (clientId.Length == 0) throw new ParcelninjaRequestException(400, "clientId is required.");
        var typeId = Int(body, "typeId", 2);
        if (typeId is not (2 or 4)) throw new ParcelninjaRequestException(400, $"typeId {typeId} is not an outbound type: use 2 (customer order) or 4 (return-stock order).");
        var info = Object(body, "deliveryInfo") ?? throw new ParcelninjaRequestException(400, "deliveryInfo is required.");
        var delivery = new DeliveryInfo
        {
            Customer = Limited(info, "customer"),
            Email = Limited(info, "email"),
            ContactNo = Text(info, "contactNo"),
            AddressLine1 = Limited(info, "addressLine1"),
            AddressLine2 = Limited(info, "addressLine2"),
            Suburb = Limited(info, "suburb"),
            PostalCode = Text(info, "postalCode"),
            ForCollection = Bool(info, "forCollection"),
            DeliveryQuoteId = Int(Object(info, "deliveryOption"), "deliveryQuoteId"),
        };
        Check(delivery);
        var items = Objects(body, "items").Select(Item).ToList();
        if (items.Count == 0) throw new ParcelninjaRequestException(400, "An outbound needs at least one item.");
        var channel = Text(body, "channelId");
        return new CreateOutboundRequest(clientId, typeId, channel.Length == 0 ? null : channel, delivery, items);
    }

    private static void Check(DeliveryInfo d)
    {
        if (d.ContactNo.Length > 0 && (d.ContactNo.Length != 10 || !d.ContactNo.All(char.IsAsciiDigit) || d.ContactNo[0] != '0'))
            throw new ParcelninjaRequestException(400, $"contactNo '{d.ContactNo}' is not a valid 10-digit South African number.");
        if (d.PostalCode.Length > 0 && (d.PostalCode.Length != 4 || !d.PostalCode.All(char.IsAsciiDigit)))
            throw new ParcelninjaRequestException(400, $"postalCode '{d.PostalCode}' is not a valid South African postal code.");
    }

    private static OutboundItem Item(JsonObject item)
    {
        var sku = Limited(item, "itemNo");
        if (sku.Length == 0) throw new ParcelninjaRequestException(400, "Every item needs an itemNo.");
        var qty = Int(item, "qty");
        if (qty <= 0) throw new ParcelninjaRequestException(400, $"Item '{sku}' has qty {qty}; it must be greater than 0.");
        var name = Text(item, "name");
        return new OutboundItem(sku, name.Length == 0 ? sku : name, qty, Bool(item, "fromReserve"));
    }

    private static string Limited(JsonObject? o, string name)
    {
        var value = Text(o, name);
        return value.Length <= MaxLength ? value
            : throw new ParcelninjaRequestException(400, $"{name} is {value.Length} characters long; the most allowed is {MaxLength}.");
    }
}
