using System.Text.Json;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Source;
using Stockbridge.Connectors.Wire;

namespace Stockbridge.Connectors.ISync.Orders;

/// <summary>Reads a sales order's lines as iSync values them (each line's LineTotal; service lines have no stock code).</summary>
public static class OrderValueReader
{
    /// <summary>The order's value, from <c>GET orders/{OrderNumber}</c>'s answer.</summary>
    public static SourceOrderValue Read(JsonElement order)
    {
        var number = order.Str("OrderNumber") ?? throw new TransientConnectorException("iSync's sales order has no OrderNumber.");
        var lines = order.Arr("Lines").Select((line, i) =>
        {
            var isService = line.Bool("IsService") ?? false;
            var code = line.Str("ProductStockID");
            var units = line.Dec("Units") ?? 0;
            var value = line.Dec("LineTotal") ?? throw new TransientConnectorException($"iSync's sales order {number} line {i + 1} has no LineTotal.");
            return new SourceOrderLine(line.Int("LineNumber") ?? i + 1, isService ? null : code, line.Str("Description") ?? code ?? "", isService ? 1 : units, value);
        }).ToList();
        return new SourceOrderValue(number, lines);
    }
}
