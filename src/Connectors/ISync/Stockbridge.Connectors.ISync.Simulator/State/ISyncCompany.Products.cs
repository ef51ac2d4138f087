namespace Stockbridge.Connectors.ISync.Simulator.State;

public sealed partial class ISyncCompany
{
    /// <summary>
    /// Stock items after (<paramref name="modifiedAfter"/>, <paramref name="afterSku"/>) in (ModifiedDate, SKU) order, at most
    /// <paramref name="pageSize"/>, and whether more follow. No <paramref name="modifiedAfter"/>: from the start.
    /// </summary>
    public (IReadOnlyList<StockItem> Items, bool HasMore) ListChanged(DateTimeOffset? modifiedAfter, string? afterSku, int pageSize)
    {
        lock (_gate)
        {
            var rows = _items.Values
                .Where(i => modifiedAfter is not { } after || i.ModifiedDate > after
                    || (afterSku is not null && i.ModifiedDate == after && string.CompareOrdinal(i.Sku, afterSku) > 0))
                .OrderBy(i => i.ModifiedDate).ThenBy(i => i.Sku, StringComparer.Ordinal)
                .Take(pageSize + 1).Select(Copy).ToList();
            var more = rows.Count > pageSize;
            return (more ? rows[..pageSize] : rows, more);
        }
    }

    /// <summary>Every stock item of these <c>JobProductID</c>s, in (JobProductID, SKU) order.</summary>
    public IReadOnlyList<StockItem> ListGroups(IReadOnlyCollection<string> jobProductIds)
    {
        var wanted = new HashSet<string>(jobProductIds, StringComparer.Ordinal);
        lock (_gate)
        {
            return [.. _items.Values.Where(i => wanted.Contains(i.JobProductId))
                .OrderBy(i => i.JobProductId, StringComparer.Ordinal).ThenBy(i => i.Sku, StringComparer.Ordinal).Select(Copy)];
        }
    }

    /// <summary>Every SKU, in order.</summary>
    public IReadOnlyList<string> Skus
    {
        get { lock (_gate) return [.. _items.Keys.Order(StringComparer.Ordinal)]; }
    }
}
