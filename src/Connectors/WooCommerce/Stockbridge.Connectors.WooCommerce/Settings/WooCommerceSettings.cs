using Stockbridge.Connectors.Manifest;
using Stockbridge.Connectors.WooCommerce.Manifest;
using K = Stockbridge.Connectors.WooCommerce.Settings.WooCommerceSettingKeys;

namespace Stockbridge.Connectors.WooCommerce.Settings;

/// <summary>
/// A connection's settings, bound once from the manifest by <see cref="ConnectorSettingsBinder"/>; the REST base and the
/// set of order statuses to raise are derived here.
/// </summary>
public sealed record WooCommerceSettings
{
    private static readonly ConnectorManifest Manifest = WooCommerceManifest.Create();

    [Setting(K.StoreUrl)] public required Uri StoreUrl { get; init; }
    [Setting(K.ConsumerKey)] public required string ConsumerKey { get; init; }
    [Setting(K.ConsumerSecret)] public required string ConsumerSecret { get; init; }
    public string? WebhookSecret { get; init; }
    [Setting(K.PriceTier)] public string? PriceTier { get; init; }
    [Setting(K.CompareAtPriceTier)] public string? CompareAtPriceTier { get; init; }
    /// <summary>Order statuses whose orders are raised in the ERP; orders in other statuses are read but not handed over.</summary>
    public required IReadOnlySet<string> OrderStatuses { get; init; }

    [Setting(K.OrderStatuses)] private string OrderStatusesSetting { get; init; } = WooCommerceConstants.DefaultOrderStatuses;

    /// <summary>The REST base: the store's root with <c>wp-json/wc/v3/</c>.</summary>
    public Uri RestBase => new(new Uri(StoreUrl.ToString().TrimEnd('/') + "/"), WooCommerceConstants.RestPath);

    /// <summary>Over https the keys go as HTTP Basic; over plain http every request is signed with OAuth 1.0a.</summary>
    public bool UsesBasicAuth => StoreUrl.Scheme == Uri.UriSchemeHttps;

    public static WooCommerceSettings From(ConnectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bound = ConnectorSettingsBinder.Bind<WooCommerceSettings>(context, Manifest);
        return bound with
        {
            // Not bound: the connector works without it (orders are also polled); the connection test reports it missing.
            WebhookSecret = context.Optional(K.WebhookSecret),
            OrderStatuses = ParseStatuses(bound.OrderStatusesSetting),
        };
    }

    /// <summary>Statuses separated by commas, spaces or new lines, lowercased, without a <c>wc-</c> prefix.</summary>
    public static IReadOnlySet<string> ParseStatuses(string text) =>
        (text ?? "").Split([',', ' ', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToLowerInvariant())
            .Select(s => s.StartsWith("wc-", StringComparison.Ordinal) ? s[3..] : s)
            .ToHashSet(StringComparer.Ordinal);
}
