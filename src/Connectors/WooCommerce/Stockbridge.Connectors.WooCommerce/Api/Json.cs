using System.Globalization;
using System.Text.Json;

namespace Stockbridge.Connectors.WooCommerce.Api;

/// <summary>Small readers for WooCommerce JSON: absent and null read as null; money is a decimal string.</summary>
public static class Json
{
    public static JsonElement? Prop(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    public static string? Str(this JsonElement e, string name) => e.Prop(name) switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        _ => null,
    };

    public static decimal? Dec(this JsonElement e, string name) => e.Prop(name) switch
    {
        { ValueKind: JsonValueKind.String } v => decimal.Parse(v.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture),
        { ValueKind: JsonValueKind.Number } v => v.GetDecimal(),
        _ => null,
    };

    public static int? Int(this JsonElement e, string name) => e.Prop(name) is { ValueKind: JsonValueKind.Number } v ? v.GetInt32() : null;

    public static bool? Bool(this JsonElement e, string name) => e.Prop(name) is { } v && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;

    public static IEnumerable<JsonElement> Arr(this JsonElement e, string name) =>
        e.Prop(name) is { ValueKind: JsonValueKind.Array } v ? v.EnumerateArray() : [];
}
