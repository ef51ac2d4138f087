using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Stockbridge.Connectors.Magento2.Simulator.Wire;

/// <summary>Reads request fields as Magento's service input processor does: a wrong type is a 400 naming the field.</summary>
public static class RequestBody
{
    /// <summary>The object under <paramref name="name"/>; a 400 when it is missing.</summary>
    public static JsonObject Object(JsonNode? body, string name) =>
        (body as JsonObject)?[name] as JsonObject ?? throw MagentoError.Required(name);

    /// <summary>The array under <paramref name="name"/>; a 400 when it is missing.</summary>
    public static JsonArray Array(JsonNode? body, string name) =>
        (body as JsonObject)?[name] as JsonArray ?? throw MagentoError.Required(name);

    /// <summary>A text field, or null.</summary>
    public static string? Text(JsonNode? body, string name) => (body as JsonObject)?[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        _ => throw Invalid(name),
    };

    /// <summary>A number field (number or numeric string), or null.</summary>
    public static decimal? Number(JsonNode? body, string name)
    {
        var node = (body as JsonObject)?[name];
        if (node is null) return null;
        if (node is JsonValue v && v.TryGetValue<decimal>(out var d)) return d;
        if (node is JsonValue s && s.TryGetValue<string>(out var text) && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed)) return parsed;
        if (node is JsonValue b && b.TryGetValue<bool>(out var flag)) return flag ? 1 : 0;
        throw Invalid(name);
    }

    /// <summary>A whole-number field, or null.</summary>
    public static int? Int(JsonNode? body, string name) => Number(body, name) is { } n ? (int)n : null;

    private static MagentoError Invalid(string name) =>
        new(400, "The \"%1\" value's type is invalid. The \"%2\" type was expected. Verify and try again.", new JsonArray(name, "string"));

    /// <summary>Parses a request body; a 400 when it is not JSON.</summary>
    public static JsonNode? Parse(string text)
    {
        try { return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text); }
        catch (JsonException) { throw new MagentoError(400, "Decoding error: %1", new JsonArray("Syntax error")); }
    }
}
