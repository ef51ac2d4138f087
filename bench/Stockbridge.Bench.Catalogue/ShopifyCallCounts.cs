namespace Stockbridge.Bench.Catalogue;

/// <summary>The hub's Admin API calls so far (see <see cref="ShopifyCallMeter"/>); subtract two to get a step's.</summary>
internal sealed record ShopifyCallCounts(long Calls, long ProductSets, long StockSets, long LocationReads, long Throttled, long ActualPoints, long LocationPoints, TimeSpan Time)
{
    public static ShopifyCallCounts operator -(ShopifyCallCounts a, ShopifyCallCounts b) =>
        new(a.Calls - b.Calls, a.ProductSets - b.ProductSets, a.StockSets - b.StockSets, a.LocationReads - b.LocationReads, a.Throttled - b.Throttled, a.ActualPoints - b.ActualPoints, a.LocationPoints - b.LocationPoints, a.Time - b.Time);

    public static ShopifyCallCounts Subtract(ShopifyCallCounts a, ShopifyCallCounts b) => a - b;
}
