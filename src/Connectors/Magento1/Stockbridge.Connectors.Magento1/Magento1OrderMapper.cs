using System.Text.Json.Nodes;
using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Magento1;

/// <summary>Maps an Magento1 order (the wire JSON) to the hub's order: every line's net total and the shipping carried to the cent.</summary>
public static class Magento1OrderMapper
{
    /// <summary>The hub's order for one Magento1 order.</summary>
    public static Order Map(JsonNode order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var code = Text(order, "code");
        var lines = (order["lines"]?.AsArray() ?? []).Select(line => new LineItem
        {
            Sku = Text(line!, "sku"),
            Title = line!["title"]?.GetValue<string>(),
            Qty = line["quantity"]!.GetValue<decimal>(),
            Price = line["unit_price"]!.GetValue<decimal>(),
            NetTotal = line["net_total"]?.GetValue<decimal>(),
        });
        var shipping = order["shipping"]?.GetValue<decimal>() ?? 0m;
        return new Order
        {
            Channel = Magento1Manifest.Key,
            ChannelOrderCode = code,
            ChannelOrderId = order["id"]?.GetValue<string>(),
            Customer = order["email"]?.GetValue<string>() is { } email ? new Customer { SourceCustomerCode = email, Email = email } : null,
            LineItems = [.. lines],
            ShippingLines = shipping == 0 ? [] : [new ShippingLine("shipping", "Shipping", shipping)],
            Currency = order["currency"]?.GetValue<string>() ?? "ZAR",
            PlacedAt = order["created_at"]?.GetValue<DateTimeOffset>(),
        };
    }

    private static string Text(JsonNode node, string name) =>
        node[name]?.GetValue<string>() ?? throw new Errors.PermanentConnectorException($"Magento1 order field '{name}' is missing");
}
