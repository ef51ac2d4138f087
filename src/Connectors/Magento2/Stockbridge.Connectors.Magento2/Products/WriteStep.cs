namespace Stockbridge.Connectors.Magento2.Products;

/// <summary>
/// One kind of catalogue write, by its synchronous route (per SKU) and its bulk route (<c>by&lt;Param&gt;</c>, the SKU in
/// each body): product saves, configurable options, configurable children.
/// </summary>
/// <param name="Method">The HTTP method of both forms.</param>
/// <param name="SyncRoute">The route below <c>V1</c> for one SKU.</param>
/// <param name="BulkRoute">The route below <c>async/bulk/V1</c>.</param>
/// <param name="SkuInBody">Whether the bulk body carries the route's SKU as <c>sku</c> (not inside <c>product</c>).</param>
public sealed record WriteStep(HttpMethod Method, Func<string, string> SyncRoute, string BulkRoute, bool SkuInBody)
{
    /// <summary><c>PUT products/{sku}</c> / <c>PUT products/bySku</c>.</summary>
    public static WriteStep SaveProduct { get; } = new(HttpMethod.Put, sku => "products/" + Uri.EscapeDataString(sku), "products/bySku", false);

    /// <summary><c>POST configurable-products/{sku}/options</c> / <c>…/bySku/options</c>.</summary>
    public static WriteStep AddOption { get; } = new(HttpMethod.Post, sku => $"configurable-products/{Uri.EscapeDataString(sku)}/options", "configurable-products/bySku/options", true);

    /// <summary><c>POST configurable-products/{sku}/child</c> / <c>…/bySku/child</c>.</summary>
    public static WriteStep AddChild { get; } = new(HttpMethod.Post, sku => $"configurable-products/{Uri.EscapeDataString(sku)}/child", "configurable-products/bySku/child", true);
}
