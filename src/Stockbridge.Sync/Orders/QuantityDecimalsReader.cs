using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Serialization;
using Stockbridge.Storage;
using Stockbridge.Storage.Records;
using Stockbridge.Sync.Stock;

namespace Stockbridge.Sync.Orders;

/// <summary>
/// The decimal places each SKU's quantities may have, from the hub's products (as the source gave them, e.g. SYSPRO's
/// InvMaster.Decimals), for the order rules to refuse a fractional quantity of a unit sold whole before it is raised.
/// </summary>
public sealed class QuantityDecimalsReader(IStore store, SkuIndex skus)
{
    /// <summary>By SKU, for those of <paramref name="orderSkus"/> whose product says (others are left out).</summary>
    public async Task<IReadOnlyDictionary<string, int>> ReadAsync(string clientId, IEnumerable<string> orderSkus, CancellationToken cancellationToken)
    {
        var wanted = orderSkus.Where(s => !string.IsNullOrEmpty(s)).ToHashSet(StringComparer.Ordinal);
        var decimals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var code in await skus.ProductCodesAsync(clientId, wanted, cancellationToken))
        {
            if (await store.Records.GetAsync(clientId, RecordEntity.Product, code, cancellationToken) is not { } record) continue;
            foreach (var variant in WireJson.Deserialize<Product>(record.Json).Variants)
                if (wanted.Contains(variant.Sku) && variant.QuantityDecimals is { } places) decimals[variant.Sku] = places;
        }
        return decimals;
    }
}
