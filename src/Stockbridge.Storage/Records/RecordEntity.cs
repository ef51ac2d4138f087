namespace Stockbridge.Storage.Records;

/// <summary>The entity names used in the store.</summary>
public static class RecordEntity
{
    /// <summary>A product with its variants.</summary>
    public const string Product = "product";
    /// <summary>A customer.</summary>
    public const string Customer = "customer";
    /// <summary>A channel order.</summary>
    public const string Order = "order";
}
