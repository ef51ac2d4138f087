using System.Text.Json.Nodes;

namespace Stockbridge.Connectors.Magento2.Api;

/// <summary>Products by SKU through one store code, read with <c>sku in (…)</c> 100 a page.</summary>
public static class ProductLookup
{
    /// <summary>The products Magento holds for <paramref name="skus"/>, by SKU (a SKU it lacks is absent).</summary>
    public static async Task<Dictionary<string, JsonObject>> ReadProductsAsync(this MagentoRestClient api, IReadOnlyList<string> skus, string storeCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(skus);
        var found = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var chunk in skus.Chunk(100))
            await foreach (var p in api.AllAsync("products", new SearchQuery().Where("sku", string.Join(',', chunk), "in"), 100, ct, storeCode))
                if (p["sku"]?.ToString() is { } sku) found[sku] = p;
        return found;
    }
}
