namespace Stockbridge.Connectors.WooCommerce.Settings;

/// <summary>The connection settings' keys (snake_case, as in config files and the store).</summary>
public static class WooCommerceSettingKeys
{
    public const string StoreUrl = "store_url";
    public const string ConsumerKey = "consumer_key";
    public const string ConsumerSecret = "consumer_secret";
    public const string WebhookSecret = "webhook_secret";
    public const string PriceTier = "price_tier";
    public const string CompareAtPriceTier = "compare_at_price_tier";
    public const string OrderStatuses = "order_statuses";
}
