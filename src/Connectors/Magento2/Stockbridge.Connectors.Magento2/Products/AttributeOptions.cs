using System.Globalization;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Magento2.Api;

namespace Stockbridge.Connectors.Magento2.Products;

/// <summary>
/// The select attributes configurable products vary on (the canonical option names, e.g. Size → <c>size</c>): their ids
/// and option value ids by label, read once per push and with missing labels added
/// (<c>POST products/attributes/{code}/options</c>).
/// </summary>
public sealed class AttributeOptions(MagentoRestClient api)
{
    private readonly Dictionary<string, (int Id, Dictionary<string, int> Values)?> _attributes = new(StringComparer.Ordinal);

    /// <summary>The attribute code of a canonical option name: lower case, other characters as underscores.</summary>
    public static string Code(string optionName)
    {
        ArgumentNullException.ThrowIfNull(optionName);
        return new string([.. optionName.Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
    }

    /// <summary>The attribute's id; a permanent error when the store has no such attribute.</summary>
    public async Task<int> IdAsync(string code, CancellationToken ct) => (await LoadAsync(code, ct)).Id;

    /// <summary>The option value id of <paramref name="label"/>, added to the attribute when missing.</summary>
    public async Task<int> ValueAsync(string code, string label, CancellationToken ct)
    {
        var attribute = await LoadAsync(code, ct);
        if (attribute.Values.TryGetValue(label, out var id)) return id;
        var answer = await api.SendAsync(HttpMethod.Post, $"products/attributes/{Uri.EscapeDataString(code)}/options",
            new JsonObject { ["option"] = new JsonObject { ["label"] = label, ["sort_order"] = attribute.Values.Count + 1 } }, ct);
        var text = answer?.ToString() ?? "";
        if (!int.TryParse(text.StartsWith("id_", StringComparison.Ordinal) ? text[3..] : text, NumberStyles.None, CultureInfo.InvariantCulture, out id))
            throw new PermanentConnectorException($"Magento added option '{label}' to attribute '{code}' but answered '{text}', not its id.");
        attribute.Values[label] = id;
        return id;
    }

    private async Task<(int Id, Dictionary<string, int> Values)> LoadAsync(string code, CancellationToken ct)
    {
        if (_attributes.TryGetValue(code, out var known) && known is { } cached) return cached;
        var json = await api.GetOrNullAsync($"products/attributes/{Uri.EscapeDataString(code)}", null, ct)
            ?? throw new PermanentConnectorException($"Magento has no product attribute '{code}': create it (catalog input type dropdown, global scope) and add it to the attribute set.");
        var values = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var option in (json["options"] as JsonArray ?? []).OfType<JsonObject>())
            if (int.TryParse(option["value"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && option["label"]?.ToString() is { Length: > 0 } label)
                values.TryAdd(label.Trim(), id);
        var attribute = (json["attribute_id"]!.GetValue<int>(), values);
        _attributes[code] = attribute;
        return attribute;
    }
}
