using System.Text.Json;
using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Hashing;
using Stockbridge.Storage;
using Stockbridge.Storage.Records;
using Stockbridge.Sync.Jobs;

namespace Stockbridge.Sync.Stock;

/// <summary>
/// Which product a SKU belongs to, kept as hub records of entity <c>sku</c> (written by pulls, unchanged ones not
/// rewritten), so an order line can find the product whose stock it reduces without scanning the catalogue.
/// </summary>
public sealed class SkuIndex(IStore store)
{
    /// <summary>The index writes for the variants of <paramref name="products"/>.</summary>
    public static IEnumerable<RecordWrite> WritesFor(IEnumerable<Product> products, string origin) =>
        products.SelectMany(p => p.Variants.Select(v =>
        {
            var entry = new SkuEntry(p.SourceProductCode);
            return new RecordWrite(SyncEntities.Sku, v.Sku, ContentHash.Of(entry), JsonSerializer.Serialize(entry, SkuEntry.Json), origin);
        }));

    /// <summary>The product codes of these SKUs (unknown SKUs are left out).</summary>
    public async Task<IReadOnlyCollection<string>> ProductCodesAsync(string clientId, IEnumerable<string> skus, CancellationToken cancellationToken)
    {
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var sku in skus.Distinct(StringComparer.Ordinal))
        {
            var record = await store.Records.GetAsync(clientId, SyncEntities.Sku, sku, cancellationToken);
            if (record is not null && JsonSerializer.Deserialize<SkuEntry>(record.Json, SkuEntry.Json) is { } entry) codes.Add(entry.ProductCode);
        }
        return codes;
    }

    private sealed record SkuEntry(string ProductCode)
    {
        public static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    }
}
