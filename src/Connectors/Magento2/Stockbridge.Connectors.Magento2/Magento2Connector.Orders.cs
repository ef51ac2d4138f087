using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Magento2.Api;
using Stockbridge.Connectors.Magento2.Orders;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Magento2;

/// <summary>
/// Orders in: a poll on <c>updated_at gteq</c> (the hub's time less the connection's overlap, in Magento's zone-less UTC),
/// filtered to the statuses to raise, oldest change first, 100 a page; an order seen twice in one poll (it changed while
/// the poll paged) is yielded once. The hub raises each order once. The ERP order number goes back as an order comment.
/// </summary>
public sealed partial class Magento2Connector
{
    /// <summary>How the comment naming the ERP order begins (the simulator's probe reads the same words).</summary>
    public const string ErpCommentPrefix = "Raised in the ERP as sales order ";

    /// <inheritdoc />
    public async IAsyncEnumerable<Order> ReadOrdersAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var o in OrdersSinceAsync(since, cancellationToken)) yield return MagentoOrderMapper.Map(o);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChannelOrderRef> ListOrdersAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var o in OrdersSinceAsync(since, cancellationToken))
            yield return new ChannelOrderRef(o["increment_id"]!.ToString(), o["entity_id"]!.ToString());
    }

    /// <inheritdoc />
    public async Task<Order?> ReadOrderAsync(ChannelOrderRef order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        return await Client.GetOrNullAsync("orders/" + Uri.EscapeDataString(order.ChannelOrderId), null, cancellationToken) is JsonObject o && IsToRaise(o)
            ? MagentoOrderMapper.Map(o)
            : null;
    }

    /// <inheritdoc />
    public async Task MarkOrderRaisedAsync(Order order, string sourceOrderCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var current = await FindOrderAsync(order, cancellationToken);
        var comment = ErpCommentPrefix + sourceOrderCode;
        var histories = (current["status_histories"] as JsonArray ?? []).OfType<JsonObject>();
        if (histories.Any(h => h["comment"]?.ToString() == comment)) return;
        await Client.SendAsync(HttpMethod.Post, $"orders/{current["entity_id"]}/comments", new JsonObject
        {
            ["statusHistory"] = new JsonObject
            {
                ["comment"] = comment,
                ["is_customer_notified"] = 0,
                ["is_visible_on_front"] = 0,
                ["parent_id"] = current["entity_id"]?.DeepClone(),
                ["status"] = current["status"]?.DeepClone(),
            },
        }, cancellationToken);
    }

    /// <summary>The order by its entity id, else by its increment id; a permanent error when Magento has neither.</summary>
    private async Task<JsonObject> FindOrderAsync(Order order, CancellationToken ct)
    {
        if (order.ChannelOrderId is { Length: > 0 } id && await Client.GetOrNullAsync("orders/" + Uri.EscapeDataString(id), null, ct) is JsonObject byId) return byId;
        await foreach (var o in Client.AllAsync("orders", new SearchQuery().Where("increment_id", order.ChannelOrderCode), 1, ct)) return o;
        throw new PermanentConnectorException($"Magento has no order {order.ChannelOrderCode}.");
    }

    private bool IsToRaise(JsonObject o) => o["status"]?.ToString() is { } status && Settings.OrderStatuses.Contains(status);

    private async IAsyncEnumerable<JsonObject> OrdersSinceAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken ct)
    {
        var from = since.ToUniversalTime().AddSeconds(-Settings.PollOverlapSeconds);
        var query = new SearchQuery()
            .Where("updated_at", from.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), "gteq")
            .Where("status", string.Join(',', Settings.OrderStatuses), "in")
            .OrderBy("updated_at")
            .OrderBy("entity_id");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var o in Client.AllAsync("orders", query, 100, ct))
            if (o["entity_id"]?.ToString() is { } id && seen.Add(id) && IsToRaise(o)) yield return o;
    }
}
