namespace Stockbridge.Bench.Peers.Hub;

/// <summary>The bench client and its two connections; the webhook URL is <c>/webhooks/shopify-bench</c>.</summary>
internal static class BenchIds
{
    public const string Client = "peers-bench";
    public const string Shopify = "shopify-bench";
    public const string Sink = "erp-sink";
    public const string ShopDomain = "bench-shop.myshopify.com";
}
