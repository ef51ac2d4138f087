using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Serialization;
using Stockbridge.Storage;
using Stockbridge.Storage.Records;

namespace Stockbridge.Sync.Pull;

/// <summary>
/// After a full read: the hub products that came from this source but were not read this time, as inactive copies, so
/// they follow each channel's rule for inactive products (hide, archive or delete). Incremental reads cannot see drops;
/// such sources mark products inactive instead.
/// </summary>
public sealed class DroppedProducts(IStore store)
{
    private const int PageSize = 500;

    /// <summary>The inactive copies of products from <paramref name="origin"/> not in <paramref name="seen"/>.</summary>
    public async Task<IReadOnlyList<Product>> FindAsync(string clientId, string origin, IReadOnlySet<string> seen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seen);
        var dropped = new List<Product>();
        string? after = null;
        while (true)
        {
            var page = await store.Records.ListAsync(clientId, RecordEntity.Product, after, PageSize, cancellationToken);
            foreach (var record in page.Where(r => r.Origin == origin && !seen.Contains(r.Key)))
            {
                var product = WireJson.Deserialize<Product>(record.Json);
                if (product.Active) dropped.Add(product with { Active = false });
            }
            if (page.Count < PageSize) return dropped;
            after = page[^1].Key;
        }
    }
}
