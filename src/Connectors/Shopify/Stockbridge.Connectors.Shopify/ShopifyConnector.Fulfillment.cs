using System.Text.Json;
using Stockbridge.Connectors.Shopify.Api;
using Stockbridge.Connectors.Shopify.Fulfillment;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Shopify;

/// <summary>
/// Fulfilment push: reads the order's open fulfillment orders and ships the fulfilment's lines (all remaining lines
/// when it lists none) with tracking. Lines already shipped are skipped, so a repeated push ships nothing twice.
/// </summary>
public sealed partial class ShopifyConnector
{
    /// <inheritdoc />
    public async Task PushFulfillmentAsync(Order order, Domain.Orders.Fulfillment fulfillment, CancellationToken cancellationToken)
    {
        var id = await OrderGidAsync(order, cancellationToken);
        var data = await QueryAsync(FulfillmentQueries.OpenWork, new { id }, FulfillmentQueries.OpenWorkCost, cancellationToken);
        var open = (data.Prop("order") ?? throw new Errors.PermanentConnectorException($"Shopify order {order.ChannelOrderCode} no longer exists."))
            .Nodes("fulfillmentOrders").Where(f => f.Str("status") is "OPEN" or "IN_PROGRESS").ToList();
        var groups = fulfillment.Lines.IsDefaultOrEmpty ? AllRemaining(open) : Allocate(open, fulfillment.Lines);
        if (groups.Count == 0) return;
        var input = new Dictionary<string, object?>
        {
            ["lineItemsByFulfillmentOrder"] = groups,
            ["trackingInfo"] = new Dictionary<string, object?>
            {
                ["company"] = fulfillment.TrackingCompany, ["number"] = fulfillment.TrackingNumber, ["url"] = fulfillment.TrackingUrl,
            },
            ["notifyCustomer"] = true,
        };
        ThrowOnUserErrors(await MutateAsync(FulfillmentQueries.Create, new { f = input }, 10, cancellationToken), "fulfillmentCreate");
    }

    private static List<Dictionary<string, object?>> AllRemaining(List<JsonElement> open) =>
        open.Where(f => f.Nodes("lineItems").Any(l => l.Int("remainingQuantity") > 0))
            .Select(f => new Dictionary<string, object?> { ["fulfillmentOrderId"] = f.Str("id") }).ToList();

    private static List<Dictionary<string, object?>> Allocate(List<JsonElement> open, IEnumerable<FulfillmentLine> lines)
    {
        var wanted = lines.GroupBy(l => l.Sku).ToDictionary(g => g.Key, g => (int)g.Sum(l => l.Qty));
        var groups = new List<Dictionary<string, object?>>();
        foreach (var fo in open)
        {
            var picks = new List<Dictionary<string, object?>>();
            foreach (var line in fo.Nodes("lineItems"))
            {
                var sku = line.Str("sku") ?? "";
                var take = Math.Min(wanted.GetValueOrDefault(sku), line.Int("remainingQuantity") ?? 0);
                if (take <= 0) continue;
                wanted[sku] -= take;
                picks.Add(new Dictionary<string, object?> { ["id"] = line.Str("id"), ["quantity"] = take });
            }
            if (picks.Count > 0) groups.Add(new Dictionary<string, object?> { ["fulfillmentOrderId"] = fo.Str("id"), ["fulfillmentOrderLineItems"] = picks });
        }
        return groups;
    }
}
