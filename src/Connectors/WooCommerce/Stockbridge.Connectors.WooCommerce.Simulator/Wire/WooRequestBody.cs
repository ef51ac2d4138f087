using System.Text.Json;
using System.Text.Json.Nodes;

namespace Stockbridge.Connectors.WooCommerce.Simulator.Wire;

/// <summary>Reads a request's JSON object body (or a form body, as WordPress also accepts), refusing bad JSON as WordPress does.</summary>
public static class WooRequestBody
{
    /// <summary>The body as an object; an empty body is an empty object.</summary>
    public static async Task<JsonObject> ReadAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return new JsonObject(form.Select(f => new KeyValuePair<string, JsonNode?>(f.Key, f.Value.ToString())));
        }
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(text)) return [];
        try
        {
            return JsonNode.Parse(text) as JsonObject ?? throw new WooRequestException(InvalidJson);
        }
        catch (JsonException)
        {
            throw new WooRequestException(InvalidJson);
        }
    }

    private static WooError InvalidJson => new(400, "rest_invalid_json", "Invalid JSON body passed.");
}
