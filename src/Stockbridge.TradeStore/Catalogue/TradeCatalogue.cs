using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Serialization;
using Stockbridge.Storage;
using Stockbridge.Storage.Records;
using Stockbridge.TradeStore.Hosting;

namespace Stockbridge.TradeStore.Catalogue;

/// <summary>
/// The store's catalogue for one customer, read live from the hub's products (the ERP's latest pull): active products and
/// variants only, at most <see cref="MaxProducts"/> products read per request.
/// </summary>
public sealed class TradeCatalogue(IStore store)
{
    public const int MaxProducts = 20_000;
    private const int Page = 500;

    /// <summary>The customer's ERP record, or null when the hub has none (then it cannot use the store).</summary>
    public async Task<Customer?> CustomerAsync(string clientId, string customerCode, CancellationToken ct) =>
        await store.Records.GetAsync(clientId, RecordEntity.Customer, customerCode, ct) is { } r ? WireJson.Deserialize<Customer>(r.Json) : null;

    /// <summary>Every orderable SKU as the customer sees it, in product order.</summary>
    public async Task<IReadOnlyList<CatalogueItem>> ItemsAsync(StoreContext shop, Customer customer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(shop);
        var items = new List<CatalogueItem>();
        string? after = null;
        for (var read = 0; read < MaxProducts;)
        {
            var page = await store.Records.ListAsync(shop.ClientId, RecordEntity.Product, after, Page, ct);
            foreach (var record in page)
            {
                var product = WireJson.Deserialize<Product>(record.Json);
                if (!product.Active) continue;
                items.AddRange(product.Variants.Where(v => v.Active).OrderBy(v => v.Sku, StringComparer.Ordinal)
                    .Select(v => CustomerPricing.Item(product, v, customer, shop.Settings)));
            }
            read += page.Count;
            if (page.Count < Page) break;
            after = page[^1].Key;
        }
        return items;
    }

    /// <summary>The SKUs by code (case-insensitive).</summary>
    public async Task<IReadOnlyDictionary<string, CatalogueItem>> BySkuAsync(StoreContext shop, Customer customer, CancellationToken ct)
    {
        var bySku = new Dictionary<string, CatalogueItem>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in await ItemsAsync(shop, customer, ct)) bySku.TryAdd(item.Sku, item);
        return bySku;
    }
}
