using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;
using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Views;

/// <summary>
/// Discount applications (the <c>DiscountApplication</c> interface: code, manual, automatic) and their allocations as
/// GraphQL objects. Objects of an interface's or union's member types carry <c>__typename</c>, which the schema reads to
/// resolve the concrete type.
/// </summary>
public static class DiscountViews
{
    public static List<GraphObject> Applications(SimOrder o) => o.DiscountApplications.Select((a, i) => Application(a, i, o.Currency)).ToList();

    public static List<GraphObject> Allocations(IEnumerable<SimDiscountAllocation> allocations, SimOrder o) => allocations.Select(a => new GraphObject
    {
        ["allocatedAmountSet"] = MoneyViews.Bag(a.Amount, o.Currency),
    }.Lazy("discountApplication", () => Application(o.DiscountApplications[a.ApplicationIndex], a.ApplicationIndex, o.Currency))).ToList();

    private static GraphObject Application(SimDiscountApplication a, int index, string currency)
    {
        return new GraphObject
        {
            ["id"] = index, // not a schema field: the connection's cursor is made from it
            ["__typename"] = a.Type switch { "discount_code" => "DiscountCodeApplication", "automatic" => "AutomaticDiscountApplication", _ => "ManualDiscountApplication" },
            ["allocationMethod"] = a.AllocationMethod.ToUpperInvariant(),
            ["index"] = index,
            ["targetSelection"] = a.TargetSelection.ToUpperInvariant(),
            ["targetType"] = a.TargetType.ToUpperInvariant(),
            ["value"] = a.ValueType == "percentage"
                ? new GraphObject { ["__typename"] = "PricingPercentageValue", ["percentage"] = (double)a.Value }
                : new GraphObject { ["__typename"] = "MoneyV2", ["amount"] = a.Value, ["currencyCode"] = currency },
            ["code"] = a.Code,
            ["title"] = a.Title,
            ["description"] = a.Title,
        };
    }
}
