using System.Text.Json;
using System.Text.Json.Nodes;

namespace Stockbridge.Connectors.Acme.Simulator.Wire;

/// <summary>Reads request fields, refusing a missing or mistyped one with a 400 naming the field.</summary>
public static class AcmeJson
{
    /// <summary>A required text field.</summary>
    public static string Text(JsonNode? body, string name) =>
        Value<string>(body, name) is { Length: > 0 } text ? text : throw new AcmeRequestException(400, $"field '{name}' is required");

    /// <summary>A required number field, zero or more.</summary>
    public static decimal Number(JsonNode? body, string name) =>
        Value<decimal?>(body, name) is { } number && number >= 0 ? number : throw new AcmeRequestException(400, $"field '{name}' must be a number of 0 or more");

    /// <summary>An optional field.</summary>
    public static T? Value<T>(JsonNode? body, string name)
    {
        try { return body is JsonObject o && o[name] is { } node ? node.GetValue<T>() : default; }
        catch (Exception e) when (e is FormatException or InvalidOperationException or JsonException)
        {
            throw new AcmeRequestException(400, $"field '{name}' has the wrong type");
        }
    }

    /// <summary>The lines of an order body: <c>lines[].sku</c>, <c>lines[].quantity</c> (more than 0).</summary>
    public static IReadOnlyList<(string Sku, decimal Quantity, JsonNode Line)> Lines(JsonNode? body)
    {
        var lines = (body as JsonObject)?["lines"] as JsonArray;
        if (lines is null || lines.Count == 0) throw new AcmeRequestException(400, "field 'lines' must hold at least one line");
        return [.. lines.Select((line, i) =>
        {
            var quantity = Number(line, "quantity");
            if (quantity == 0) throw new AcmeRequestException(400, $"lines[{i}].quantity must be more than 0");
            return (Text(line, "sku"), quantity, line!);
        })];
    }
}
