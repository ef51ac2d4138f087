using System.Text.Json;
using Stockbridge.Storage.Records;

namespace Stockbridge.Web.Operations;

/// <summary>The order-to-cash facts of an order record, read from its wire JSON.</summary>
/// <param name="Key">The record key (connection id : channel order code).</param>
/// <param name="Channel">The channel.</param>
/// <param name="ChannelOrderCode">The channel's order number.</param>
/// <param name="State">received, validated, raised, ... (order-to-cash state).</param>
/// <param name="SourceOrderCode">The ERP's order number once raised.</param>
/// <param name="Customer">Who placed it (email, or the source customer code).</param>
/// <param name="Total">The order total as given, if any.</param>
/// <param name="UpdatedAt">When the record last changed.</param>
public sealed record OrderFacts(
    string Key, string Channel, string ChannelOrderCode, string State, string? SourceOrderCode, string? Customer, string? Total, DateTimeOffset UpdatedAt)
{
    /// <summary>Reads the facts from the record.</summary>
    public static OrderFacts From(HubRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var document = JsonDocument.Parse(record.Json);
        var root = document.RootElement;
        var customer = Text(root, "customer", "email") ?? Text(root, "source_customer_code");
        var total = Text(root, "totals", "total") ?? Text(root, "totals", "grand_total");
        return new OrderFacts(
            record.Key,
            Text(root, "channel") ?? "",
            Text(root, "channel_order_code") ?? record.Key,
            Text(root, "state") ?? "received",
            Text(root, "source_order_code"),
            customer,
            total,
            record.UpdatedAt);
    }

    private static string? Text(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element)) return null;
        }
        return element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.GetRawText(),
            _ => null,
        };
    }
}
