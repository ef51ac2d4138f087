namespace Stockbridge.Sync.Jobs;

/// <summary>Hub record entities the sync pipeline adds to the store's product/customer/order.</summary>
public static class SyncEntities
{
    /// <summary>SKU → product code index (key: SKU, JSON <c>{"product_code": ...}</c>), written by pulls.</summary>
    public const string Sku = "sku";
}
