using System.Text.Json.Nodes;
using Stockbridge.Connectors.Shopify.Simulator.Cost;
using Stockbridge.Simulators.RateLimits;

namespace Stockbridge.Connectors.Shopify.Simulator.Endpoints;

/// <summary>The <c>extensions.cost</c> block and the THROTTLED / MAX_COST_EXCEEDED answers.</summary>
public static class CostResponses
{
    public static JsonObject Extensions(int requested, int? actual, double available, LeakyBucket bucket) => new()
    {
        ["cost"] = new JsonObject
        {
            ["requestedQueryCost"] = requested,
            ["actualQueryCost"] = actual,
            ["throttleStatus"] = new JsonObject
            {
                ["maximumAvailable"] = bucket.Capacity,
                ["currentlyAvailable"] = Math.Floor(available),
                ["restoreRate"] = bucket.RestoreRate,
            },
        },
    };

    public static IResult Throttled(int requested, double available, LeakyBucket bucket, bool with429)
    {
        var body = new JsonObject
        {
            ["errors"] = new JsonArray(new JsonObject
            {
                ["message"] = "Throttled",
                ["extensions"] = new JsonObject { ["code"] = "THROTTLED", ["documentation"] = "https://shopify.dev/api/usage/rate-limits" },
            }),
            ["extensions"] = Extensions(requested, null, available, bucket),
        };
        return Results.Text(body.ToJsonString(), "application/json", statusCode: with429 ? 429 : 200);
    }

    public static IResult MaxCostExceeded(int requested, LeakyBucket bucket)
    {
        var body = new JsonObject
        {
            ["errors"] = new JsonArray(new JsonObject
            {
                ["message"] = $"Query cost is {requested}, which exceeds the single query max cost limit ({QueryCostCalculator.MaxQueryCost}). See https://shopify.dev/concepts/about-apis/rate-limits for more information on how the cost of a query is calculated.",
                ["extensions"] = new JsonObject { ["code"] = "MAX_COST_EXCEEDED", ["cost"] = requested, ["maxCost"] = QueryCostCalculator.MaxQueryCost },
            }),
            ["extensions"] = Extensions(requested, null, bucket.Available, bucket),
        };
        return Results.Text(body.ToJsonString(), "application/json");
    }
}
