using Stockbridge.Domain.Orders;
using Stockbridge.Domain.Serialization;
using Stockbridge.Storage;
using Stockbridge.Storage.Records;
using Stockbridge.Sync.Orders;
using Stockbridge.TradeStore.Hosting;

namespace Stockbridge.TradeStore.Orders;

/// <summary>A customer's own store orders, read from the hub's order records (state and the ERP's order number included). Nobody else's.</summary>
public sealed class TradeOrders(IStore store)
{
    private const int Page = 500;
    private const int MaxOrders = 5_000;

    /// <summary>The customer's orders in this store, newest first.</summary>
    public async Task<IReadOnlyList<Order>> ListAsync(StoreContext shop, string customerCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(shop);
        var prefix = OrderRecords.Key(shop.StoreId, "");
        var mine = new List<Order>();
        var read = 0;
        for (var after = prefix; read < MaxOrders;)
        {
            var page = await store.Records.ListAsync(shop.ClientId, RecordEntity.Order, after, Page, ct);
            var ours = page.TakeWhile(r => r.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            mine.AddRange(ours.Select(r => WireJson.Deserialize<Order>(r.Json)).Where(o => o.SourceCustomerCode == customerCode));
            read += ours.Count;
            if (ours.Count < page.Count || page.Count < Page) break;
            after = page[^1].Key;
        }
        return [.. mine.OrderByDescending(o => o.PlacedAt)];
    }

    /// <summary>The customer's order with this code, or null when there is none or it is another customer's.</summary>
    public async Task<Order?> GetAsync(StoreContext shop, string customerCode, string orderCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(shop);
        if (orderCode.Length is 0 or > 64) return null;
        var record = await store.Records.GetAsync(shop.ClientId, RecordEntity.Order, OrderRecords.Key(shop.StoreId, orderCode), ct);
        var order = record is null ? null : WireJson.Deserialize<Order>(record.Json);
        return order?.SourceCustomerCode == customerCode ? order : null;
    }

    /// <summary>Value ex VAT of the customer's orders the ERP counts as open (not yet invoiced, paid or cancelled).</summary>
    public static decimal OpenValue(IEnumerable<Order> orders) =>
        orders.Where(o => o.State is OrderState.Received or OrderState.Validated or OrderState.Raised or OrderState.Fulfilling).Sum(OrderValue.ExTax);
}
