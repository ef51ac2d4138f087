namespace Stockbridge.Bench.Catalogue;

/// <summary>The bench client and its two connections.</summary>
internal static class BenchIds
{
    public const string Client = "catalogue-bench";
    public const string Syspro = "catalogue-syspro";
    public const string Shopify = "catalogue-shopify";
    /// <summary>The price tier the Shopify connection sells at (SYSPRO price code A, the list price).</summary>
    public const string PriceTier = "A";
}
