using System.Globalization;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Manifest;
using K = Stockbridge.Connectors.Magento2.Settings.Magento2SettingKeys;

namespace Stockbridge.Connectors.Magento2.Settings;

/// <summary>
/// A connection's settings, bound from the manifest (a missing or malformed value is a permanent error naming its key,
/// never its value); the secrets the chosen auth method needs are checked here.
/// </summary>
public sealed record Magento2Settings
{
    [Setting(K.BaseUrl)] public required Uri BaseUrl { get; init; }
    [Setting(K.StoreCode)] public string StoreCode { get; init; } = "all";
    [Setting(K.StoreViewCode)] public string StoreViewCode { get; init; } = "default";
    [Setting(K.AuthMethod)] public string AuthMethod { get; init; } = "integration_oauth";
    [Setting(K.ConsumerKey)] public string? ConsumerKey { get; init; }
    [Setting(K.ConsumerSecret)] public string? ConsumerSecret { get; init; }
    [Setting(K.AccessToken)] public string? AccessToken { get; init; }
    [Setting(K.AccessTokenSecret)] public string? AccessTokenSecret { get; init; }
    [Setting(K.AdminUsername)] public string? AdminUsername { get; init; }
    [Setting(K.AdminPassword)] public string? AdminPassword { get; init; }
    [Setting(K.StockApi)] public string StockApi { get; init; } = "msi";
    [Setting(K.DefaultSource)] public string DefaultSource { get; init; } = "default";
    [Setting(K.AttributeSetId)] public int AttributeSetId { get; init; } = 4;
    [Setting(K.BulkThreshold)] public int BulkThreshold { get; init; } = 200;
    [Setting(K.BulkWaitSeconds)] public int BulkWaitSeconds { get; init; } = 300;
    [Setting(K.PollOverlapSeconds)] public int PollOverlapSeconds { get; init; } = 120;

    /// <summary>Store id to ERP price tier; empty: the projected price as the global (store 0) price.</summary>
    public IReadOnlyDictionary<int, string> PriceTiersByStore { get; init; } = new Dictionary<int, string>();

    /// <summary>ERP warehouse code to MSI source code.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();

    /// <summary>Order statuses raised in the ERP.</summary>
    public IReadOnlySet<string> OrderStatuses { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    [Setting(K.WebsitePriceTiers)] private string? PriceTiersSetting { get; init; }
    [Setting(K.SourceMapping)] private string? SourceMappingSetting { get; init; }
    [Setting(K.OrderStatuses)] private string OrderStatusesSetting { get; init; } = "processing";

    /// <summary>The REST base for a store code and API form (<c>V1</c>, <c>async/bulk/V1</c>).</summary>
    public Uri RestBase(string storeCode, string form = "V1") =>
        new(new Uri(BaseUrl.ToString().TrimEnd('/') + "/"), $"rest/{Uri.EscapeDataString(storeCode)}/{form}/");

    /// <summary>Binds and checks a connection's settings.</summary>
    public static Magento2Settings From(ConnectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bound = ConnectorSettingsBinder.Bind<Magento2Settings>(context, Magento2Manifest.Manifest);
        string[] needed = bound.AuthMethod switch
        {
            "integration_oauth" => [K.ConsumerKey, K.ConsumerSecret, K.AccessToken, K.AccessTokenSecret],
            "integration_bearer" => [K.AccessToken],
            _ => [K.AdminUsername, K.AdminPassword],
        };
        var missing = needed.Where(k => string.IsNullOrWhiteSpace(context.Optional(k))).ToList();
        if (missing.Count > 0)
            throw new PermanentConnectorException($"Authentication '{bound.AuthMethod}' needs the setting(s) {string.Join(", ", missing)}, which are missing.");
        return bound with
        {
            PriceTiersByStore = Pairs(bound.PriceTiersSetting, K.WebsitePriceTiers).ToDictionary(
                p => int.TryParse(p.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id
                    : throw new PermanentConnectorException($"The setting '{K.WebsitePriceTiers}' names store '{p.Key}', which is not a store id."),
                p => p.Value),
            Sources = Pairs(bound.SourceMappingSetting, K.SourceMapping).ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase),
            OrderStatuses = bound.OrderStatusesSetting.Split([',', ' ', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => s.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
        };
    }

    private static List<KeyValuePair<string, string>> Pairs(string? text, string key) =>
        [.. (text ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(pair =>
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            return parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0
                ? KeyValuePair.Create(parts[0], parts[1])
                : throw new PermanentConnectorException($"The setting '{key}' has '{pair}', which is not name=value.");
        })];
}
