using System.Runtime.CompilerServices;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Magento1.Orders;
using Stockbridge.Connectors.Magento1.ServiceReference;
using Stockbridge.Connectors.Magento1.Soap;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Magento1;

public sealed partial class Magento1Connector
{
    /// <inheritdoc />
    public async IAsyncEnumerable<Order> ReadOrdersAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entry in ListOrdersAsync(since, cancellationToken))
            if (await ReadOrderAsync(entry, cancellationToken) is { } order) yield return order;
    }

    /// <summary>
    /// <c>salesOrderList</c> with <c>complex_filter</c> updated_at gteq (<paramref name="since"/> less the overlap), oldest change
    /// first. Magento's list has no paging; the window narrows each call. The hub keys orders by increment id, so an order seen
    /// again in the overlap is not raised twice.
    /// </summary>
    public async IAsyncEnumerable<ChannelOrderRef> ListOrdersAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var from = MagentoValues.Date(since - TimeSpan.FromMinutes(settings.OrderPollOverlapMinutes));
        var filters = new Filters
        {
            ComplexFilter = [new ComplexFilter { Key = "updated_at", Value = new AssociativeEntity { Key = "gteq", Value = from } }],
        };
        var orders = await soap.CallAsync("salesOrderList", writes: false, (c, s) => c.SalesOrderListAsync(s, filters), cancellationToken);
        foreach (var order in (orders ?? []).Where(o => !string.IsNullOrEmpty(o.IncrementId)).OrderBy(o => o.UpdatedAt, StringComparer.Ordinal).ThenBy(o => o.IncrementId, StringComparer.Ordinal))
            yield return new ChannelOrderRef(order.IncrementId!, order.IncrementId!);
    }

    /// <inheritdoc />
    public async Task<Order?> ReadOrderAsync(ChannelOrderRef order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var info = await InfoAsync(order.ChannelOrderId, cancellationToken);
        return info is null ? null : MagentoOrderMapper.Map(info);
    }

    /// <summary>
    /// Adds the comment <c>ERP order: {number}</c> to the order's history with <c>salesOrderAddComment</c>, keeping its status;
    /// nothing when the order already carries that comment (a retried job writes it once).
    /// </summary>
    public async Task MarkOrderRaisedAsync(Order order, string sourceOrderCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceOrderCode);
        var info = await InfoAsync(order.ChannelOrderCode, cancellationToken)
            ?? throw new PermanentConnectorException($"Magento has no order {order.ChannelOrderCode} to put ERP order {sourceOrderCode} on.");
        var comment = ErpOrderCommentPrefix + sourceOrderCode;
        if ((info.StatusHistory ?? []).Any(h => h.Comment == comment)) return;
        await soap.CallAsync("salesOrderAddComment", writes: true,
            (c, s) => c.SalesOrderAddCommentAsync(s, order.ChannelOrderCode, info.Status ?? "pending", comment, "0"), cancellationToken);
    }

    // salesOrderInfo, or null when Magento has no such order (fault 100).
    private async Task<SalesOrderEntity?> InfoAsync(string incrementId, CancellationToken cancellationToken)
    {
        try
        {
            return await soap.CallAsync("salesOrderInfo", writes: false, (c, s) => c.SalesOrderInfoAsync(s, incrementId), cancellationToken);
        }
        catch (PermanentConnectorException e) when (e.Code == "100")
        {
            return null;
        }
    }
}
