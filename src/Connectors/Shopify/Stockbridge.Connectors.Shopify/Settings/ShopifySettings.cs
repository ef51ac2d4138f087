using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Manifest;
using Stockbridge.Connectors.Shopify.Manifest;
using K = Stockbridge.Connectors.Shopify.Settings.ShopifySettingKeys;

namespace Stockbridge.Connectors.Shopify.Settings;

/// <summary>
/// A connection's settings, bound once from the manifest (types, defaults, required settings and choices checked by
/// <see cref="ConnectorSettingsBinder"/>); the shop domain, Admin API URL, location map and write-back modes are then
/// derived here.
/// </summary>
public sealed record ShopifySettings
{
    private static readonly ConnectorManifest Manifest = ShopifyManifest.Create();

    public required string ShopDomain { get; init; }
    public required Uri AdminApiBaseUrl { get; init; }
    [Setting(K.ApiVersion)] public required string ApiVersion { get; init; }
    [Setting(K.AccessToken)] public required string AccessToken { get; init; }
    public string? WebhookSecret { get; init; }
    /// <summary>Warehouse code → Shopify location GID, in the order given.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> LocationMap { get; init; }
    [Setting(K.PriceTier)] public string? PriceTier { get; init; }
    [Setting(K.CompareAtPriceTier)] public string? CompareAtPriceTier { get; init; }
    /// <summary>DRAFT or ARCHIVED.</summary>
    public required string InactiveStatus { get; init; }
    public required IReadOnlySet<string> OrderWriteBack { get; init; }

    // Settings as entered, from which the public values above are derived.
    [Setting(K.ShopDomain)] private string ShopDomainSetting { get; init; } = "";
    [Setting(K.AdminApiBaseUrl)] private Uri? AdminApiBaseUrlSetting { get; init; }
    [Setting(K.LocationMap)] private string? LocationMapSetting { get; init; }
    [Setting(K.InactiveRule)] private string InactiveRule { get; init; } = "draft";
    [Setting(K.OrderWriteBack)] private string OrderWriteBackSetting { get; init; } = "tag,note";

    /// <summary>The GraphQL endpoint: {base}/{version}/graphql.json</summary>
    public Uri GraphqlUrl => new($"{AdminApiBaseUrl.ToString().TrimEnd('/')}/{ApiVersion}/graphql.json");

    /// <summary>
    /// 2026-01+: <c>changeFromQuantity</c> compare-and-swap and the <c>@idempotent</c> directive (introduced in 2026-01,
    /// both mandatory from 2026-04).
    /// </summary>
    public bool UsesChangeFromQuantity => string.CompareOrdinal(ApiVersion, "2026-01") >= 0;

    public static ShopifySettings From(ConnectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bound = ConnectorSettingsBinder.Bind<ShopifySettings>(context, Manifest);
        var shop = bound.ShopDomainSetting.TrimEnd('/');
        if (shop.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) shop = shop[8..];
        var baseUrl = bound.AdminApiBaseUrlSetting
            ?? (Uri.TryCreate($"https://{shop}/admin/api", UriKind.Absolute, out var derived) ? derived
                : throw new PermanentConnectorException($"The setting '{K.ShopDomain}' is not a domain an Admin API URL can be made from."));
        return bound with
        {
            ShopDomain = shop,
            AdminApiBaseUrl = baseUrl,
            // Not bound: the manifest asks the setup form for it, but the connector works without it (orders are also
            // polled) and its connection test reports it missing rather than failing.
            WebhookSecret = context.Optional(K.WebhookSecret),
            LocationMap = LocationMapParser.Parse(bound.LocationMapSetting),
            InactiveStatus = bound.InactiveRule.ToUpperInvariant(),
            OrderWriteBack = bound.OrderWriteBackSetting
                .Split([',', '+', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => s.ToLowerInvariant()).ToHashSet(),
        };
    }
}
