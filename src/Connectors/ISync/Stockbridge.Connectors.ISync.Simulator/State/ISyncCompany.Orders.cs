using System.Globalization;

namespace Stockbridge.Connectors.ISync.Simulator.State;

public sealed partial class ISyncCompany
{
    /// <summary>The longest <c>PONumber</c> iSync keeps (assumed).</summary>
    public const int PoNumberLength = 50;

    /// <summary>
    /// Raises a sales order: 409 DuplicatePONumber when an order with this PONumber exists, 422 for an unknown debtor or
    /// ProductStockID or a bad line; otherwise the order is stored and its stock lines reduce the items' available units.
    /// </summary>
    public SalesOrder CreateOrder(OrderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.PoNumber.Length > PoNumberLength)
            throw Refused(422, "InvalidPONumber", $"PONumber is longer than {PoNumberLength} characters.");
        lock (_gate)
        {
            if (_orders.Find(o => o.PoNumber == request.PoNumber) is { } existing)
                throw new Wire.ISyncRequestException(409, "DuplicatePONumber", $"PONumber '{request.PoNumber}' is already on sales order {existing.OrderNumber}.") { OrderNumber = existing.OrderNumber };
            if (!_customers.Contains(request.CustomerCode))
                throw Refused(422, "UnknownCustomer", $"Customer '{request.CustomerCode}' does not exist.");
            var lines = request.Lines.Select((line, i) => Line(i + 1, line.ProductStockId, line.Units, line.SellingPrice)).ToList();
            return Store(request, lines);
        }
    }

    /// <summary>An order an iSync user keyed in by hand (any PONumber, duplicates allowed: the duplicate-PONumber fault).</summary>
    public SalesOrder KeyInOrder(OrderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate) return Store(request, [.. request.Lines.Select((line, i) => Line(i + 1, line.ProductStockId, line.Units, line.SellingPrice))]);
    }

    /// <summary>Every sales order with this PONumber, oldest first.</summary>
    public IReadOnlyList<SalesOrder> FindOrders(string poNumber)
    {
        lock (_gate) return [.. _orders.Where(o => o.PoNumber == poNumber)];
    }

    /// <summary>The sales order with this number, or null.</summary>
    public SalesOrder? GetOrder(string orderNumber)
    {
        lock (_gate) return _orders.Find(o => o.OrderNumber == orderNumber);
    }

    private SalesOrder Store(OrderRequest request, List<SalesOrderLine> lines)
    {
        var number = "SO" + (++_nextOrder).ToString(CultureInfo.InvariantCulture);
        var order = new SalesOrder(number, request.PoNumber, request.CustomerCode, request.OrderDate, request.DeliveryDetail, lines);
        foreach (var line in lines.Where(l => !l.IsService))
        {
            var item = _items[line.ProductStockId];
            item.AvailableUnits -= line.Units;
            item.ModifiedDate = NextStamp();
        }
        _orders.Add(order);
        return order;
    }

    private SalesOrderLine Line(int number, string productStockId, decimal units, decimal sellingPrice)
    {
        if (units <= 0) throw Refused(422, "InvalidLine", $"Line {number}: Units must be more than 0.");
        if (decimal.Round(sellingPrice, 5) != sellingPrice) throw Refused(422, "InvalidLine", $"Line {number}: SellingPrice has more than 5 decimals.");
        if (_services.TryGetValue(productStockId, out var service))
            return new SalesOrderLine(number, productStockId, service.Description, units, sellingPrice, IsService: true);
        if (!_items.TryGetValue(productStockId, out var item))
            throw Refused(422, "UnknownProductStockID", $"Line {number}: ProductStockID '{productStockId}' does not exist.");
        if (sellingPrice < 0) throw Refused(422, "InvalidLine", $"Line {number}: a stock line's SellingPrice cannot be negative.");
        return new SalesOrderLine(number, productStockId, item.JobDescription, units, sellingPrice, IsService: false);
    }
}
