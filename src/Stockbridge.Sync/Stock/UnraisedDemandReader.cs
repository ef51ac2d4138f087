using Stockbridge.Domain.Orders;
using Stockbridge.Domain.Serialization;
using Stockbridge.Mapping.Projection;
using Stockbridge.Storage;
using Stockbridge.Storage.Records;

namespace Stockbridge.Sync.Stock;

/// <summary>
/// Sums the line quantities of every order the hub holds that is not yet in the source (received, validated or failed),
/// across all channels of the client: what the oversell guard holds back. Reads only open order records (an order is
/// written open while unraised), in pages, so its cost follows the orders waiting, not every order the client ever had.
/// </summary>
public sealed class UnraisedDemandReader(IStore store)
{
    private const int PageSize = 500;

    /// <summary>The client's unraised demand by SKU; with <paramref name="skus"/>, only orders that may hold one of them are read.</summary>
    public async Task<UnraisedDemand> ReadAsync(string clientId, CancellationToken cancellationToken, IReadOnlyCollection<string>? skus = null)
    {
        // Orders are stored as wire JSON, so a line of SKU x contains exactly "sku":<x as WireJson writes it>; orders without
        // any such token cannot hold the SKUs and are not deserialised.
        var tokens = skus?.Select(s => "\"sku\":" + WireJson.Serialize(s)).ToList();
        var totals = new Dictionary<string, decimal>(StringComparer.Ordinal);
        string? after = null;
        while (true)
        {
            var page = await store.Records.ListOpenAsync(clientId, RecordEntity.Order, after, PageSize, cancellationToken);
            foreach (var record in page)
            {
                if (tokens is not null && !tokens.Exists(t => record.Json.Contains(t, StringComparison.Ordinal))) continue;
                var order = WireJson.Deserialize<Order>(record.Json);
                if (!order.State.IsUnraised()) continue;
                foreach (var line in order.LineItems) totals[line.Sku] = totals.GetValueOrDefault(line.Sku) + line.Qty;
            }
            if (page.Count < PageSize) return new UnraisedDemand(totals);
            after = page[^1].Key;
        }
    }
}
