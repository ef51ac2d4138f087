namespace Stockbridge.Connectors.Magento2.Settings;

/// <summary>The manifest keys of a Magento 2 connection's settings.</summary>
public static class Magento2SettingKeys
{
    public const string BaseUrl = "base_url";
    public const string StoreCode = "store_code";
    public const string StoreViewCode = "storefront_store_code";
    public const string AuthMethod = "auth_method";
    public const string ConsumerKey = "consumer_key";
    public const string ConsumerSecret = "consumer_secret";
    public const string AccessToken = "access_token";
    public const string AccessTokenSecret = "access_token_secret";
    public const string AdminUsername = "admin_username";
    public const string AdminPassword = "admin_password";
    public const string WebsitePriceTiers = "website_price_tiers";
    public const string StockApi = "stock_api";
    public const string SourceMapping = "source_mapping";
    public const string DefaultSource = "default_source";
    public const string AttributeSetId = "attribute_set_id";
    public const string BulkThreshold = "bulk_threshold";
    public const string BulkWaitSeconds = "bulk_wait_seconds";
    public const string OrderStatuses = "order_statuses";
    public const string PollOverlapSeconds = "poll_overlap_seconds";
}
