using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Stockbridge.Connectors.Parcelninja.Simulator.Wire;

/// <summary>
/// Reads request fields the way a .NET Web API binds JSON: names case-insensitive, numbers also as numeric strings; a
/// mistyped field is a 400 naming it.
/// </summary>
public static class RequestFields
{
    /// <summary>The field, whatever the case of its name, or null.</summary>
    public static JsonNode? Field(JsonObject? o, string name) =>
        o?.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>A text field ("" when absent); numbers read as their text.</summary>
    public static string Text(JsonObject? o, string name) => Field(o, name) switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Trim(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString(),
        _ => throw new ParcelninjaRequestException(400, $"{name} must be text."),
    };

    /// <summary>An integer field, or <paramref name="fallback"/> when absent.</summary>
    public static int Int(JsonObject? o, string name, int fallback = 0) => Field(o, name) switch
    {
        null => fallback,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var n) => n,
        JsonValue v when v.GetValueKind() == JsonValueKind.String && int.TryParse(v.GetValue<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => throw new ParcelninjaRequestException(400, $"{name} must be a whole number."),
    };

    /// <summary>A boolean field, or false when absent.</summary>
    public static bool Bool(JsonObject? o, string name) => Field(o, name) switch
    {
        null => false,
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String && bool.TryParse(v.GetValue<string>(), out var b) => b,
        _ => throw new ParcelninjaRequestException(400, $"{name} must be true or false."),
    };

    /// <summary>An object field, or null.</summary>
    public static JsonObject? Object(JsonObject? o, string name) => Field(o, name) switch
    {
        null => null,
        JsonObject child => child,
        _ => throw new ParcelninjaRequestException(400, $"{name} must be an object."),
    };

    /// <summary>An array field's objects (none when absent).</summary>
    public static IReadOnlyList<JsonObject> Objects(JsonObject? o, string name) => Field(o, name) switch
    {
        null => [],
        JsonArray a => [.. a.Select(item => item as JsonObject ?? throw new ParcelninjaRequestException(400, $"every entry of {name} must be an object."))],
        _ => throw new ParcelninjaRequestException(400, $"{name} must be an array."),
    };

    /// <summary>The request body as a JSON object (at most 1 MB), or a 400.</summary>
    public static async Task<JsonObject> BodyAsync(Microsoft.AspNetCore.Http.HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) as JsonObject
                ?? throw new ParcelninjaRequestException(400, "The request body must be a JSON object.");
        }
        catch (JsonException)
        {
            throw new ParcelninjaRequestException(400, "The request body is not valid JSON.");
        }
    }
}
