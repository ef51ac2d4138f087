using System.Globalization;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Simulator.Webhooks;

/// <summary>Discounts in REST bodies: <c>discount_applications</c>, <c>discount_codes</c> and per-line <c>discount_allocations</c>.</summary>
public static partial class RestPayloads
{
    public static JsonArray DiscountApplications(SimOrder o) => new(o.DiscountApplications.Select(a =>
    {
        var node = new JsonObject
        {
            ["target_type"] = a.TargetType, ["type"] = a.Type, ["value"] = a.Value.ToString("0.0#", CultureInfo.InvariantCulture),
            ["value_type"] = a.ValueType, ["allocation_method"] = a.AllocationMethod, ["target_selection"] = a.TargetSelection,
        };
        if (a.Code is not null) node["code"] = a.Code;
        else
        {
            node["title"] = a.Title;
            node["description"] = a.Title;
        }
        return (JsonNode)node;
    }).ToArray());

    /// <summary>One entry per code: the money it took off in all, and its type (<c>shipping</c> for a shipping code).</summary>
    public static JsonArray DiscountCodes(SimOrder o) => new(o.DiscountApplications
        .Select((a, index) => (Application: a, Index: index))
        .Where(x => x.Application.Code is not null)
        .Select(x => (JsonNode)new JsonObject
        {
            ["code"] = x.Application.Code,
            ["amount"] = Money(o.LineItems.SelectMany(l => l.DiscountAllocations).Concat(o.ShippingLines.SelectMany(sl => sl.DiscountAllocations))
                .Where(al => al.ApplicationIndex == x.Index).Sum(al => al.Amount)),
            ["type"] = x.Application.TargetType == "shipping_line" ? "shipping" : x.Application.ValueType,
        }).ToArray());

    public static JsonArray DiscountAllocations(IEnumerable<SimDiscountAllocation> allocations, string currency) =>
        new(allocations.Select(a => (JsonNode)new JsonObject
        {
            ["amount"] = Money(a.Amount), ["amount_set"] = MoneySet(a.Amount, currency), ["discount_application_index"] = a.ApplicationIndex,
        }).ToArray());
}
