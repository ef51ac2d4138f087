using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.WooCommerce.Api;
using Stockbridge.Connectors.WooCommerce.Orders;
using Stockbridge.Connectors.WooCommerce.Settings;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.WooCommerce;

/// <summary>
/// Orders in: the reconciling poll on <c>modified_after</c> (GMT, 100 a page, oldest change first), the order index, and the
/// write-back of the ERP's order number (a note, then the meta field that marks it done).
/// </summary>
public sealed partial class WooCommerceConnector
{
    /// <inheritdoc />
    public async IAsyncEnumerable<Order> ReadOrdersAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var o in OrdersSinceAsync(since, cancellationToken))
            if (IsToRaise(o)) yield return WooOrderMapper.Map(o);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChannelOrderRef> ListOrdersAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var o in OrdersSinceAsync(since, cancellationToken))
            if (IsToRaise(o) && o.Str("id") is { } id) yield return new ChannelOrderRef(o.Str("number") ?? id, id);
    }

    /// <inheritdoc />
    public async Task<Order?> ReadOrderAsync(ChannelOrderRef order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var o = await Client.GetOrNullAsync($"orders/{Uri.EscapeDataString(order.ChannelOrderId)}", cancellationToken);
        return o is { } found && IsToRaise(found) ? WooOrderMapper.Map(found) : null;
    }

    /// <inheritdoc />
    public async Task MarkOrderRaisedAsync(Order order, string sourceOrderCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var path = OrderPath(order);
        var current = await Client.GetOrNullAsync(path, cancellationToken)
            ?? throw new Errors.PermanentConnectorException($"WooCommerce order {order.ChannelOrderCode} no longer exists.");
        if (MetaValue(current, WooCommerceConstants.SourceOrderCodeMeta) == sourceOrderCode) return;
        await Client.WriteAsync(HttpMethod.Post, path + "/notes",
            new Dictionary<string, object?> { ["note"] = $"Raised in the ERP as order {sourceOrderCode}", ["customer_note"] = false }, cancellationToken);
        await Client.WriteAsync(HttpMethod.Put, path, new Dictionary<string, object?>
        {
            ["meta_data"] = new[] { new Dictionary<string, object?> { ["key"] = WooCommerceConstants.SourceOrderCodeMeta, ["value"] = sourceOrderCode } },
        }, cancellationToken);
    }

    /// <summary>Whether the order's status is one the connection raises in the ERP.</summary>
    private bool IsToRaise(JsonElement o) => WooOrderMapper.Status(o) is { } status && Settings.OrderStatuses.Contains(status);

    private async IAsyncEnumerable<JsonElement> OrdersSinceAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken ct)
    {
        List<KeyValuePair<string, string>> query =
        [
            new("modified_after", since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)),
            new("dates_are_gmt", "true"),
            new("orderby", "modified"),
            new("order", "asc"),
        ];
        for (var page = 1; ; page++)
        {
            var answer = await Client.GetPageAsync("orders", query, page, ct);
            if (answer.Items.ValueKind != JsonValueKind.Array) yield break;
            foreach (var o in answer.Items.EnumerateArray()) yield return o;
            if (!answer.HasNext || answer.Items.GetArrayLength() == 0) yield break;
        }
    }

    /// <summary>The order's REST path, by its id (its number when the id is unknown).</summary>
    private static string OrderPath(Order order) => $"orders/{Uri.EscapeDataString(order.ChannelOrderId ?? order.ChannelOrderCode)}";

    private static string? MetaValue(JsonElement o, string key) =>
        o.Arr("meta_data").Where(m => m.Str("key") == key).Select(m => m.Str("value")).LastOrDefault();
}
