using System.Text.Json;
using System.Text.Json.Serialization;

namespace Stockbridge.Mapping.Rules;

/// <summary>
/// Reads a connection's rules (its <c>RulesJson</c>): snake_case keys, enums as snake_case strings, unknown keys rejected so
/// a typo never silently falls back to a default. Errors are <see cref="RulesException"/>s naming the field.
/// </summary>
public static class RulesJson
{
    private static readonly JsonSerializerOptions Options = Create();

    /// <summary>Reads and validates a rules document; null or blank means all defaults.</summary>
    public static T Read<T>(string? json)
        where T : IValidatedRules, new()
    {
        T rules;
        if (string.IsNullOrWhiteSpace(json))
        {
            rules = new T();
        }
        else
        {
            try
            {
                rules = JsonSerializer.Deserialize<T>(json, Options) ?? new T();
            }
            catch (JsonException ex)
            {
                var field = ex.Path ?? "$";
                throw new RulesException($"Rules field '{field}' is not valid: {FirstSentence(ex.Message)}", field, ex);
            }
        }
        rules.Validate();
        return rules;
    }

    /// <summary>The rules written back as JSON (for editors and the docs).</summary>
    public static string Write<T>(T rules) => JsonSerializer.Serialize(rules, Options);

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
