using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Shopify.Api;
using Stockbridge.Connectors.Shopify.Orders;
using Stockbridge.Connectors.Shopify.Settings;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Shopify;

/// <summary>Orders: the reconciling poll on updated_at, and writing the ERP's order number back.</summary>
public sealed partial class ShopifyConnector
{
    /// <inheritdoc />
    public async IAsyncEnumerable<ChannelOrderRef> ListOrdersAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? after = null;
        do
        {
            var data = await QueryAsync(OrderQueries.Index, new { q = UpdatedSince(since), after }, OrderQueries.IndexCost, cancellationToken);
            foreach (var node in data.Nodes("orders")) yield return new ChannelOrderRef(node.Str("name")!, node.Str("id")!);
            after = data.NextCursor("orders");
        }
        while (after is not null);
    }

    /// <inheritdoc />
    public async Task<Order?> ReadOrderAsync(ChannelOrderRef order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var id = order.ChannelOrderId.StartsWith("gid://", StringComparison.Ordinal) ? order.ChannelOrderId : $"gid://shopify/Order/{order.ChannelOrderId}";
        if ((await QueryAsync(OrderQueries.One, new { id }, OrderQueries.OneCost, cancellationToken)).Prop("order") is not { ValueKind: JsonValueKind.Object } node)
            return null;
        var lines = node.Nodes("lineItems").ToList();
        if (node.NextCursor("lineItems") is { } more) lines.AddRange(await MoreLinesAsync(id, more, cancellationToken));
        return GraphOrderMapper.Map(node, lines);
    }

    private static string UpdatedSince(DateTimeOffset since) =>
        $"updated_at:>='{since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}'";

    /// <inheritdoc />
    public async IAsyncEnumerable<Order> ReadOrdersAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = UpdatedSince(since);
        string? after = null;
        do
        {
            var data = await QueryAsync(OrderQueries.Since, new { q = filter, after }, OrderQueries.SinceCost, cancellationToken);
            foreach (var node in data.Nodes("orders"))
            {
                var lines = node.Nodes("lineItems").ToList();
                if (node.NextCursor("lineItems") is { } more) lines.AddRange(await MoreLinesAsync(node.Str("id")!, more, cancellationToken));
                yield return GraphOrderMapper.Map(node, lines);
            }
            after = data.NextCursor("orders");
        }
        while (after is not null);
    }

    private async Task<List<JsonElement>> MoreLinesAsync(string orderId, string after, CancellationToken ct)
    {
        var lines = new List<JsonElement>();
        for (string? cursor = after; cursor is not null;)
        {
            var data = await QueryAsync(OrderQueries.MoreLines, new { id = orderId, after = cursor }, OrderQueries.MoreLinesCost, ct);
            var order = data.Prop("order") ?? throw new TransientConnectorException($"Order {orderId} vanished while its lines were read.");
            lines.AddRange(order.Nodes("lineItems"));
            cursor = order.NextCursor("lineItems");
        }
        return lines;
    }

    /// <inheritdoc />
    public async Task MarkOrderRaisedAsync(Order order, string sourceOrderCode, CancellationToken cancellationToken)
    {
        var id = await OrderGidAsync(order, cancellationToken);
        var current = (await QueryAsync(OrderQueries.TagsAndNote, new { id }, 1, cancellationToken)).Prop("order")
            ?? throw new PermanentConnectorException($"Shopify order {order.ChannelOrderCode} no longer exists.");
        var tag = $"SO:{sourceOrderCode}";
        var noteLine = $"Stockbridge: raised as order {sourceOrderCode}";
        var tags = current.Arr("tags").Select(t => t.GetString()!).ToList();
        var note = current.Str("note");
        var input = new Dictionary<string, object?> { ["id"] = id };
        if (Settings.OrderWriteBack.Contains("tag") && !tags.Contains(tag)) input["tags"] = tags.Append(tag).ToList();
        if (Settings.OrderWriteBack.Contains("note") && note?.Contains(noteLine, StringComparison.Ordinal) != true)
            input["note"] = string.IsNullOrEmpty(note) ? noteLine : $"{note}\n{noteLine}";
        if (input.Count > 1) ThrowOnUserErrors(await MutateAsync(OrderQueries.Update, new { input }, 10, cancellationToken), "orderUpdate");
        if (Settings.OrderWriteBack.Contains("metafield"))
        {
            var m = new[] { new { ownerId = id, @namespace = ShopifyConstants.MetafieldNamespace, key = "source_order_code", type = "single_line_text_field", value = sourceOrderCode } };
            ThrowOnUserErrors(await MutateAsync(OrderQueries.SetMetafield, new { m }, 10, cancellationToken), "metafieldsSet");
        }
    }

    private async Task<string> OrderGidAsync(Order order, CancellationToken ct)
    {
        if (order.ChannelOrderId is { Length: > 0 } id)
            return id.StartsWith("gid://", StringComparison.Ordinal) ? id : $"gid://shopify/Order/{id}";
        var data = await QueryAsync(OrderQueries.ByName, new { q = $"name:{order.ChannelOrderCode}" }, 3, ct);
        return data.Nodes("orders").Select(o => o.Str("id")).FirstOrDefault()
            ?? throw new PermanentConnectorException($"No Shopify order is named {order.ChannelOrderCode}.");
    }

    private static void ThrowOnUserErrors(JsonElement data, string mutation)
    {
        var errors = data.GetProperty(mutation).Arr("userErrors").ToList();
        if (errors.Count > 0)
            throw new PermanentConnectorException($"Shopify {mutation} failed: " + string.Join("; ", errors.Select(e => $"{e.Str("code")}: {e.Str("message")}".TrimStart(':', ' '))), errors[0].Str("code"));
    }
}
