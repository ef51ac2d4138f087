using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Stockbridge.Connectors.Magento2.Api;

/// <summary>
/// Renders Magento's error body <c>{message, parameters, errors?, trace?}</c> for a person: <c>%1</c> / <c>%name</c>
/// placeholders filled from <c>parameters</c> (a list or an object), nested <c>errors</c> appended, the trace left out.
/// </summary>
public static partial class MagentoErrorReader
{
    /// <summary>The readable message of an error body; the raw text (cut to 300 characters) when it is not Magento's shape.</summary>
    public static string Read(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            if (JsonNode.Parse(body) is JsonObject error && error["message"] is JsonValue) return Render(error);
        }
        catch (JsonException)
        {
        }
        var text = body.Trim();
        return text.Length == 0 ? "(no body)" : text.Length > 300 ? text[..300] + "…" : text;
    }

    /// <summary>One <c>{message, parameters}</c> rendered, with its nested <c>errors</c>.</summary>
    public static string Render(JsonObject error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var template = error["message"]?.ToString() ?? "";
        var parameters = error["parameters"];
        var message = Substitute(template, parameters);
        if (message == template && parameters is JsonArray list && list.Count > 0 && !Placeholder().IsMatch(template))
            message += ": " + string.Join("; ", list.Select(p => p?.ToString()));
        if (error["errors"] is JsonArray nested && nested.Count > 0)
            message += " (" + string.Join("; ", nested.OfType<JsonObject>().Select(Render)) + ")";
        return message;
    }

    /// <summary>Fills <c>%1</c>, <c>%2</c>… from a list and <c>%name</c> from an object, as Magento's <c>__()</c> does.</summary>
    public static string Substitute(string template, JsonNode? parameters)
    {
        ArgumentNullException.ThrowIfNull(template);
        return Placeholder().Replace(template, m =>
        {
            var key = m.Groups[1].Value;
            var value = parameters switch
            {
                JsonArray a when int.TryParse(key, out var n) && n >= 1 && n <= a.Count => a[n - 1],
                JsonObject o => o[key],
                _ => null,
            };
            return value is null ? m.Value : value.ToString();
        });
    }

    [GeneratedRegex(@"%(\w+)")]
    private static partial Regex Placeholder();
}
