using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Stockbridge.Domain.Serialization;

namespace Stockbridge.Domain.Hashing;

/// <summary>
/// The canonical form of a record: wire JSON with object keys in ordinal order, numbers in their
/// shortest exact decimal form (10.50 → 10.5, 1e2 → 100), and lists marked <see cref="UnorderedAttribute"/>
/// sorted by their own canonical text. Two records that mean the same have the same canonical form.
/// </summary>
public static class CanonicalJson
{
    private static readonly HashSet<string> UnorderedNames = FindUnorderedNames();

    /// <summary>The canonical UTF-8 bytes of a typed record.</summary>
    public static byte[] Of<T>(T record) => Of(JsonSerializer.SerializeToNode(record, WireJson.Options));

    /// <summary>The canonical UTF-8 bytes of a JSON tree (e.g. a record read from the wire).</summary>
    public static byte[] Of(JsonNode? node)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, node, propertyName: null);
        }
        return buffer.ToArray();
    }

    private static void Write(Utf8JsonWriter writer, JsonNode? node, string? propertyName)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (value is null) continue; // absent and null mean the same
                    writer.WritePropertyName(key);
                    Write(writer, value, key);
                }
                writer.WriteEndObject();
                break;
            case JsonArray array:
                WriteArray(writer, array, propertyName is not null && UnorderedNames.Contains(propertyName));
                break;
            case JsonValue value:
                WriteValue(writer, value);
                break;
        }
    }

    private static void WriteArray(Utf8JsonWriter writer, JsonArray array, bool unordered)
    {
        IEnumerable<byte[]> items = array.Select(Of);
        if (unordered) items = items.OrderBy(b => b, ByteComparer.Instance);
        writer.WriteStartArray();
        foreach (var item in items) writer.WriteRawValue(item, skipInputValidation: true);
        writer.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter writer, JsonValue value)
    {
        var element = value.GetValue<JsonElement>();
        if (element.ValueKind == JsonValueKind.Number)
        {
            writer.WriteRawValue(NormaliseNumber(element.GetRawText()), skipInputValidation: true);
            return;
        }
        element.WriteTo(writer);
    }

    /// <summary>The shortest exact decimal text of a JSON number: no exponent, no trailing zeros.</summary>
    public static string NormaliseNumber(string raw)
    {
        if (decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            var text = d.ToString("0.############################", CultureInfo.InvariantCulture);
            return text == "-0" ? "0" : text;
        }
        // Outside decimal's range: keep the double's round-trip form.
        return double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
    }

    private static HashSet<string> FindUnorderedNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in typeof(CanonicalJson).Assembly.GetTypes())
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetCustomAttribute<UnorderedAttribute>() is not null)
                    names.Add(JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name));
            }
        }
        return names;
    }

    private sealed class ByteComparer : IComparer<byte[]>
    {
        public static readonly ByteComparer Instance = new();
        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }

    /// <summary>Canonical text, for diagnostics and the audit history.</summary>
    public static string Text<T>(T record) => Encoding.UTF8.GetString(Of(record));
}
