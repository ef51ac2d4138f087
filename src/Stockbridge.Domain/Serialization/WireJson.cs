using System.Text.Json;
using System.Text.Json.Serialization;

namespace Stockbridge.Domain.Serialization;

/// <summary>
/// The JSON shape of hub records on the wire, in exports and in the store:
/// snake_case names (<c>source_product_code</c>, <c>price_tiers</c>), enums as snake_case strings.
/// </summary>
public static class WireJson
{
    /// <summary>Options shared by every wire read and write.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Serializes a record to its wire JSON.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Serializes a record to UTF-8 wire JSON.</summary>
    public static byte[] SerializeToUtf8<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    /// <summary>Reads a record from wire JSON; throws <see cref="JsonException"/> with the path on bad input.</summary>
    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Expected a {typeof(T).Name}, got null.");

    /// <summary>Reads a record from UTF-8 wire JSON.</summary>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize<T>(utf8, Options) ?? throw new JsonException($"Expected a {typeof(T).Name}, got null.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            RespectRequiredConstructorParameters = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
