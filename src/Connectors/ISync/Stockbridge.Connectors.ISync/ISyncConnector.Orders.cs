using System.Text.Json;
using Microsoft.Extensions.Logging;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.ISync.Orders;
using Stockbridge.Connectors.Source;
using Stockbridge.Connectors.Wire;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.ISync;

public sealed partial class ISyncConnector
{
    /// <summary>The most orders one order-values call reads.</summary>
    public const int MaxOrderValues = 200;

    /// <summary>
    /// Raises the order once: an order iSync already holds with this PONumber (an earlier attempt whose answer was lost, or one
    /// keyed in by hand) is returned, not raised again; iSync's DuplicatePONumber refusal is answered the same way; a post whose
    /// outcome is unknown (timeout, dropped connection) is looked up at once, and if iSync does not hold it yet the unknown
    /// outcome is handed to the engine, which looks again before it ever posts again.
    /// </summary>
    public async Task<RaisedOrder> RaiseOrderAsync(Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var body = OrderBody.Build(order, Settings, _context.Time.GetUtcNow());
        if (await FindRaisedOrderAsync(order.ChannelOrderCode, cancellationToken) is { } already) return already;
        try
        {
            var answer = await Client.SendAsync(HttpMethod.Post, "orders", body, allowNotFound: false, cancellationToken)
                ?? throw new TransientConnectorException($"iSync answered the post of order '{order.ChannelOrderCode}' with no body.", outcomeUnknown: true);
            var number = answer.Str("OrderNumber");
            if (!string.IsNullOrEmpty(number)) return new RaisedOrder(number, order.ChannelOrderCode);
            return await FindRaisedOrderAsync(order.ChannelOrderCode, cancellationToken) ?? throw new TransientConnectorException(
                $"iSync accepted order '{order.ChannelOrderCode}' without an OrderNumber, and none is found by its PONumber yet.", outcomeUnknown: true);
        }
        catch (PermanentConnectorException e) when (e.Code == "DuplicatePONumber")
        {
            return await FindRaisedOrderAsync(order.ChannelOrderCode, cancellationToken)
                ?? throw new PermanentConnectorException($"{e.Message} (yet no order is found by PONumber '{order.ChannelOrderCode}')", e.Code);
        }
        catch (TransientConnectorException e) when (e.OutcomeUnknown)
        {
            RaisedOrder? found;
            try { found = await FindRaisedOrderAsync(order.ChannelOrderCode, cancellationToken); }
            catch (ConnectorException) { found = null; }
            if (found is not null) return found;
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<RaisedOrder?> FindRaisedOrderAsync(string channelOrderCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channelOrderCode);
        var answer = await Client.GetAsync("orders?poNumber=" + Uri.EscapeDataString(channelOrderCode), allowNotFound: false, cancellationToken)
            ?? throw new TransientConnectorException($"iSync answered the look-up of PONumber '{channelOrderCode}' with no body.");
        if (answer.Prop("Orders") is not { ValueKind: JsonValueKind.Array } orders)
            throw new TransientConnectorException($"iSync's answer to the look-up of PONumber '{channelOrderCode}' has no Orders array.");
        var numbers = orders.EnumerateArray().Where(o => o.Str("PONumber") == channelOrderCode)
            .Select(o => o.Str("OrderNumber")).OfType<string>().ToList();
        if (numbers.Count == 0) return null;
        if (numbers.Count > 1)
        {
            _context.Logger.LogWarning("iSync holds {Count} sales orders with PONumber {PoNumber} ({Orders}); Stockbridge keeps the first, {First}",
                numbers.Count, channelOrderCode, string.Join(", ", numbers), numbers[0]);
        }
        return new RaisedOrder(numbers[0], channelOrderCode);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SourceOrderValue>> ReadOrderValuesAsync(IReadOnlyCollection<string> sourceOrderCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceOrderCodes);
        if (sourceOrderCodes.Count > MaxOrderValues)
            throw new PermanentConnectorException($"{sourceOrderCodes.Count} order values asked for at once; at most {MaxOrderValues} are read per call.");
        var values = new List<SourceOrderValue>(sourceOrderCodes.Count);
        foreach (var code in sourceOrderCodes.Distinct(StringComparer.Ordinal))
        {
            if (await Client.GetAsync("orders/" + Uri.EscapeDataString(code), allowNotFound: true, cancellationToken) is { } order)
                values.Add(OrderValueReader.Read(order));
        }
        return values;
    }
}
