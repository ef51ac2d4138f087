using System.Globalization;
using System.Text.Json;

namespace Stockbridge.Connectors.Wire;

/// <summary>
/// Small readers for a vendor's JSON, shared by the connectors: absent and null read as null; money may come as a decimal
/// string or a number.
/// </summary>
public static class JsonReaders
{
    /// <summary>The property, or null when it is absent, JSON null, or <paramref name="e"/> is not an object.</summary>
    public static JsonElement? Prop(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    /// <summary>A string (a number as its raw text), or null.</summary>
    public static string? Str(this JsonElement e, string name) => e.Prop(name) switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        _ => null,
    };

    /// <summary>A decimal from a number or a decimal string (invariant culture), or null.</summary>
    public static decimal? Dec(this JsonElement e, string name) => e.Prop(name) switch
    {
        { ValueKind: JsonValueKind.String } v => decimal.Parse(v.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture),
        { ValueKind: JsonValueKind.Number } v => v.GetDecimal(),
        _ => null,
    };

    /// <summary>An integer, or null when absent or not a number.</summary>
    public static int? Int(this JsonElement e, string name) => e.Prop(name) is { ValueKind: JsonValueKind.Number } v ? v.GetInt32() : null;

    /// <summary>A boolean, or null when absent or not true/false.</summary>
    public static bool? Bool(this JsonElement e, string name) => e.Prop(name) is { } v && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;

    /// <summary>The array's items, or none when absent or not an array.</summary>
    public static IEnumerable<JsonElement> Arr(this JsonElement e, string name) =>
        e.Prop(name) is { ValueKind: JsonValueKind.Array } v ? v.EnumerateArray() : [];
}
