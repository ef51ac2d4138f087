namespace Stockbridge.Connectors.Shopify.Settings;

/// <summary>The connection settings' keys (snake_case, as in config files and the store).</summary>
public static class ShopifySettingKeys
{
    public const string ShopDomain = "shop_domain";
    public const string AdminApiBaseUrl = "admin_api_base_url";
    public const string ApiVersion = "api_version";
    public const string AccessToken = "access_token";
    public const string WebhookSecret = "webhook_secret";
    public const string LocationMap = "location_map";
    public const string PriceTier = "price_tier";
    public const string CompareAtPriceTier = "compare_at_price_tier";
    public const string InactiveRule = "inactive_rule";
    public const string OrderWriteBack = "order_write_back";
}
