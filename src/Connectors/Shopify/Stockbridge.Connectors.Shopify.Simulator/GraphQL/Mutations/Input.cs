using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations;

/// <summary>Reads GraphQL input objects (parsed by GraphQL.NET into dictionaries).</summary>
public static class Input
{
    public static bool Has(IDictionary<string, object?> input, string key) => input.ContainsKey(key);

    public static string? Str(IDictionary<string, object?> input, string key) =>
        input.TryGetValue(key, out var v) ? v switch { null => null, string s => s, IFormattable f => f.ToString(null, CultureInfo.InvariantCulture), _ => v.ToString() } : null;

    public static int? Int(IDictionary<string, object?> input, string key) =>
        input.TryGetValue(key, out var v) && v is not null ? Convert.ToInt32(v, CultureInfo.InvariantCulture) : null;

    public static bool? Bool(IDictionary<string, object?> input, string key) =>
        input.TryGetValue(key, out var v) && v is bool b ? b : null;

    /// <summary>A decimal sent as a Money/Decimal string; null when absent or null; throws FormatException when malformed.</summary>
    public static decimal? Dec(IDictionary<string, object?> input, string key) =>
        Str(input, key) is { } s ? decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture) : null;

    public static IDictionary<string, object?>? Obj(IDictionary<string, object?> input, string key) =>
        input.TryGetValue(key, out var v) ? v as IDictionary<string, object?> : null;

    public static List<IDictionary<string, object?>> Objects(IDictionary<string, object?> input, string key) =>
        input.TryGetValue(key, out var v) && v is IEnumerable<object?> list
            ? list.OfType<IDictionary<string, object?>>().ToList()
            : [];

    public static List<string>? Strings(IDictionary<string, object?> input, string key) =>
        input.TryGetValue(key, out var v) && v is IEnumerable<object?> list ? list.Select(x => x?.ToString() ?? "").ToList() : null;

    /// <summary>A stable hash of an input value (for idempotency keys).</summary>
    public static string Hash(object? value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value))));
}
