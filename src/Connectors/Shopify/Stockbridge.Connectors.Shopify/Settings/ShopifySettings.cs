using Stockbridge.Connectors.Errors;

namespace Stockbridge.Connectors.Shopify.Settings;

/// <summary>A connection's settings, parsed and checked once.</summary>
public sealed record ShopifySettings
{
    public required string ShopDomain { get; init; }
    public required Uri AdminApiBaseUrl { get; init; }
    public required string ApiVersion { get; init; }
    public required string AccessToken { get; init; }
    public string? WebhookSecret { get; init; }
    /// <summary>Warehouse code → Shopify location GID, in the order given.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> LocationMap { get; init; }
    public string? PriceTier { get; init; }
    public string? CompareAtPriceTier { get; init; }
    /// <summary>DRAFT or ARCHIVED.</summary>
    public required string InactiveStatus { get; init; }
    public required IReadOnlySet<string> OrderWriteBack { get; init; }

    /// <summary>The GraphQL endpoint: {base}/{version}/graphql.json</summary>
    public Uri GraphqlUrl => new($"{AdminApiBaseUrl.ToString().TrimEnd('/')}/{ApiVersion}/graphql.json");

    /// <summary>
    /// 2026-01+: <c>changeFromQuantity</c> compare-and-swap and the <c>@idempotent</c> directive (introduced in 2026-01,
    /// both mandatory from 2026-04).
    /// </summary>
    public bool UsesChangeFromQuantity => string.CompareOrdinal(ApiVersion, "2026-01") >= 0;

    public static ShopifySettings From(ConnectionContext context)
    {
        var shop = context.Required(ShopifySettingKeys.ShopDomain).Trim().TrimEnd('/');
        if (shop.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) shop = shop[8..];
        var baseUrl = context.Optional(ShopifySettingKeys.AdminApiBaseUrl, $"https://{shop}/admin/api")!;
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var parsed))
            throw new PermanentConnectorException($"The setting '{ShopifySettingKeys.AdminApiBaseUrl}' is not an absolute URL.");
        var inactive = context.Optional(ShopifySettingKeys.InactiveRule, "draft")!.Trim().ToUpperInvariant();
        if (inactive is not ("DRAFT" or "ARCHIVED"))
            throw new PermanentConnectorException($"The setting '{ShopifySettingKeys.InactiveRule}' must be draft or archived.");
        return new ShopifySettings
        {
            ShopDomain = shop,
            AdminApiBaseUrl = parsed,
            ApiVersion = context.Optional(ShopifySettingKeys.ApiVersion, ShopifyConstants.DefaultApiVersion)!.Trim(),
            AccessToken = context.Required(ShopifySettingKeys.AccessToken),
            WebhookSecret = context.Optional(ShopifySettingKeys.WebhookSecret),
            LocationMap = LocationMapParser.Parse(context.Optional(ShopifySettingKeys.LocationMap)),
            PriceTier = context.Optional(ShopifySettingKeys.PriceTier),
            CompareAtPriceTier = context.Optional(ShopifySettingKeys.CompareAtPriceTier),
            InactiveStatus = inactive,
            OrderWriteBack = context.Optional(ShopifySettingKeys.OrderWriteBack, "tag,note")!
                .Split([',', '+', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => s.ToLowerInvariant()).ToHashSet(),
        };
    }
}
