using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Takealot;

/// <summary>A connection's settings, bound from its manifest keys (a missing or malformed one is a permanent error naming its key).</summary>
public sealed record TakealotSettings
{
    /// <summary>The Seller API's root URL.</summary>
    public const string BaseUrlKey = "base_url";
    /// <summary>The Marketplace API's root URL (seller shipments).</summary>
    public const string MarketplaceUrlKey = "marketplace_url";
    /// <summary>The API key.</summary>
    public const string ApiKeyKey = "api_key";
    /// <summary>The webhooks' secret.</summary>
    public const string WebhookSecretKey = "webhook_secret";
    /// <summary>The merchant warehouse leadtime stock is written to.</summary>
    public const string MerchantWarehouseKey = "merchant_warehouse_id";
    /// <summary>Leadtime days sent with each offer.</summary>
    public const string LeadtimeDaysKey = "leadtime_days";

    /// <summary>The Seller API's root URL (https://seller-api.takealot.com/).</summary>
    [Setting(BaseUrlKey)]
    public required Uri BaseUrl { get; init; }

    /// <summary>The Marketplace API's root URL; null: the Seller API's.</summary>
    [Setting(MarketplaceUrlKey)]
    public Uri? MarketplaceUrl { get; init; }

    /// <summary>The API key (a secret: never log it).</summary>
    [Setting(ApiKeyKey)]
    public required string ApiKey { get; init; }

    /// <summary>The merchant warehouse id the hub's stock is written to as leadtime stock.</summary>
    [Setting(MerchantWarehouseKey)]
    public required int MerchantWarehouseId { get; init; }

    /// <summary>Leadtime days sent with each offer pushed; null: left as set in the Seller Portal.</summary>
    [Setting(LeadtimeDaysKey)]
    public int? LeadtimeDays { get; init; }

    /// <summary>The webhooks' secret (not bound: orders are also polled without it).</summary>
    public string? WebhookSecret { get; init; }

    /// <summary>Binds the connection's settings.</summary>
    public static TakealotSettings From(ConnectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ConnectorSettingsBinder.Bind<TakealotSettings>(context, TakealotManifest.Manifest) with { WebhookSecret = context.Optional(WebhookSecretKey) };
    }
}
