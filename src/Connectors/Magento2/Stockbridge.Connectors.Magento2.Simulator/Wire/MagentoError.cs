using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Stockbridge.Connectors.Magento2.Simulator.Wire;

/// <summary>
/// A refusal in Magento's shape: <c>{"message": "…%1…", "parameters": [..]}</c> (or named <c>%name</c> parameters), with
/// its HTTP status (400 validation, 401 authorization, 404 no such entity).
/// </summary>
public sealed partial class MagentoError(int status, string template, JsonNode? parameters = null) : Exception(Substitute(template, parameters))
{
    /// <summary>The HTTP status.</summary>
    public int Status { get; } = status;
    /// <summary>The message with its placeholders.</summary>
    public string Template { get; } = template;
    /// <summary>The parameters (array or object), or null.</summary>
    public JsonNode? Parameters { get; } = parameters;

    /// <summary>The wire body.</summary>
    public JsonObject Body()
    {
        var body = new JsonObject { ["message"] = Template };
        if (Parameters is not null) body["parameters"] = Parameters.DeepClone();
        return body;
    }

    /// <summary>400 <c>The value of attribute "%1" must be set.</c></summary>
    public static MagentoError MustBeSet(string attribute) => new(400, "The value of attribute \"%1\" must be set.", new JsonArray(attribute));
    /// <summary>400 <c>"%fieldName" is required. Enter and try again.</c></summary>
    public static MagentoError Required(string field) => new(400, "\"%fieldName\" is required. Enter and try again.", new JsonObject { ["fieldName"] = field });
    /// <summary>404 for a product.</summary>
    public static MagentoError NoProduct() => new(404, "The product that was requested doesn't exist. Verify the product and try again.");
    /// <summary>404 for an order or another entity.</summary>
    public static MagentoError NoEntity() => new(404, "The entity that was requested doesn't exist. Verify the entity and try again.");
    /// <summary>401 as Magento answers a missing, wrong or expired token.</summary>
    public static MagentoError Unauthorized(string resources) => new(401, "The consumer isn't authorized to access %resources.", new JsonObject { ["resources"] = resources });

    /// <summary>The message with <c>%1</c> / <c>%name</c> replaced, as Magento's own <c>__()</c> renders it.</summary>
    public static string Substitute(string template, JsonNode? parameters)
    {
        ArgumentNullException.ThrowIfNull(template);
        return Placeholder().Replace(template, m =>
        {
            var key = m.Groups[1].Value;
            JsonNode? value = parameters switch
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
