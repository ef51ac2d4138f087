namespace Stockbridge.Connectors.Shopify.Settings;

/// <summary>Defaults and limits.</summary>
public static class ShopifyConstants
{
    /// <summary>The Admin API version pinned when none is set. <value>2026-04</value></summary>
    public const string DefaultApiVersion = "2026-04";
    /// <summary>productSet calls sent in one GraphQL document (10 points each). <value>10</value></summary>
    public const int ProductSetBatch = 10;
    /// <summary>Batches of at least this many products go through a bulk operation instead of productSet calls. <value>250</value></summary>
    public const int BulkThreshold = 250;
    /// <summary>Quantities per inventorySetQuantities call (Shopify's input-array limit). <value>250</value></summary>
    public const int StockBatch = 250;
    /// <summary>The namespace of metafields the connector writes. <value>stockbridge</value></summary>
    public const string MetafieldNamespace = "stockbridge";
    /// <summary>Longest proactive wait for the cost bucket before a call.</summary>
    public static readonly TimeSpan MaxThrottleWait = TimeSpan.FromSeconds(60);

    /// <summary>How long one call may wait, in all, re-sending after THROTTLED answers before it throws.</summary>
    /// <value>10 seconds.</value>
    public static readonly TimeSpan ThrottleResendBudget = TimeSpan.FromSeconds(10);

    /// <summary>How long the shop's default location is remembered per shop in this process. <value>5 minutes</value></summary>
    public static readonly TimeSpan DefaultLocationTtl = TimeSpan.FromMinutes(5);
}
