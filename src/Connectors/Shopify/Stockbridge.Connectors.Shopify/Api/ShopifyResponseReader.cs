using System.Text.Json;
using Microsoft.Extensions.Logging;
using Stockbridge.Connectors.Errors;

namespace Stockbridge.Connectors.Shopify.Api;

/// <summary>Reads a GraphQL answer: records the bucket, raises top-level errors, returns <c>data</c>.</summary>
public static class ShopifyResponseReader
{
    public static JsonElement Read(string body, GraphRequest request, ThrottleState throttle, ILogger logger)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new TransientConnectorException("Shopify sent a malformed response.", e, outcomeUnknown: request.IsMutation);
        }
        var requested = ObserveCost(root, throttle);
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            Raise(errors, requested ?? request.EstimatedCost, throttle, request, logger);
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            throw new TransientConnectorException("Shopify's response had no data.", outcomeUnknown: request.IsMutation);
        return data;
    }

    private static int? ObserveCost(JsonElement root, ThrottleState throttle)
    {
        if (!root.TryGetProperty("extensions", out var ext) || !ext.TryGetProperty("cost", out var cost)) return null;
        if (cost.TryGetProperty("throttleStatus", out var status))
        {
            throttle.Observe(status.GetProperty("maximumAvailable").GetDouble(), status.GetProperty("currentlyAvailable").GetDouble(),
                status.GetProperty("restoreRate").GetDouble());
        }
        return cost.TryGetProperty("requestedQueryCost", out var r) && r.ValueKind == JsonValueKind.Number ? r.GetInt32() : null;
    }

    private static void Raise(JsonElement errors, int requested, ThrottleState throttle, GraphRequest request, ILogger logger)
    {
        var codes = errors.EnumerateArray()
            .Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null).ToList();
        var messages = string.Join("; ", errors.EnumerateArray().Select(e => e.TryGetProperty("message", out var m) ? m.GetString() : e.ToString()));
        if (codes.Contains("THROTTLED"))
        {
            var wait = throttle.WaitFor(requested);
            logger.LogInformation("Shopify throttled a call costing {Cost}; waiting {Wait}", requested, wait);
            throw new RateLimitedException("Shopify throttled the call (THROTTLED).", wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1));
        }
        if (codes.Contains("INTERNAL_SERVER_ERROR"))
            throw new TransientConnectorException($"Shopify failed internally: {messages}", outcomeUnknown: request.IsMutation);
        if (codes.Contains("MAX_COST_EXCEEDED"))
            throw new PermanentConnectorException($"The query costs more than Shopify allows: {messages}", "MAX_COST_EXCEEDED");
        throw new PermanentConnectorException($"Shopify rejected the call: {messages}", codes.FirstOrDefault(c => c is not null));
    }
}
