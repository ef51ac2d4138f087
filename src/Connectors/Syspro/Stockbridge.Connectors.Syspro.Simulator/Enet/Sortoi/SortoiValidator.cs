using System.Globalization;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using Stockbridge.Connectors.Syspro.Simulator.Database;

namespace Stockbridge.Connectors.Syspro.Simulator.Enet.Sortoi;

/// <summary>
/// SORTOI's checks on one order, answering with SYSPRO-style per-field errors (Value, ErrorNumber, ErrorDescription).
/// Error numbers other than 240004, 100028 and 100030 are the simulator's own [guess].
/// </summary>
internal sealed class SortoiValidator(SqliteConnection connection, SqliteTransaction transaction, SortoiParameters parameters)
{
    public async Task<(ValidatedOrder? Order, List<XElement> Errors)> ValidateAsync(SortoiOrder order, string today, CancellationToken ct)
    {
        var errors = new List<XElement>();
        void HeaderError(string field, string? value, int number, string text) => errors.Add(new XElement("OrderHeader", EnetReply.Error(field, value, number, text)));

        if (order.CustomerPoNumber.Length > 30) HeaderError("CustomerPoNumber", order.CustomerPoNumber, 100031, "Customer purchase order number is longer than 30 characters");
        var customer = await RowAsync("SELECT Name, PriceCode, CreditLimit, CustomerOnHold, Salesperson, OutstOrdVal FROM ArCustomer WHERE Customer = $k", order.Customer, ct);
        if (string.IsNullOrWhiteSpace(order.Customer)) HeaderError("Customer", order.Customer, 100030, "Customer cannot be spaces");
        else if (customer is null) HeaderError("Customer", order.Customer, 200004, $"Customer '{order.Customer}' not found");
        else if ((string)customer[3] == "Y") HeaderError("Customer", order.Customer, 200012, $"Customer '{order.Customer}' is on hold");

        var orderDate = order.OrderDate ?? today;
        if (!DateOnly.TryParseExact(orderDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            HeaderError("OrderDate", orderDate, 100028, $"Date '{orderDate}' is invalid - the format must be CCYY-MM-DD");

        if (parameters.CheckForCustomerPoNumbers && order.CustomerPoNumber.Length > 0 &&
            await RowAsync("SELECT SalesOrder FROM SorMaster WHERE CancelledFlag <> 'Y' AND CustomerPoNumber = $k", order.CustomerPoNumber, ct) is { } existing)
            HeaderError("CustomerPoNumber", order.CustomerPoNumber, 200150, $"Customer purchase order number '{order.CustomerPoNumber}' already exists on sales order '{existing[0]}'");

        var priceCode = customer is null ? "A" : ((string)customer[1]).Trim();
        var lines = new List<ResolvedLine>();
        foreach (var line in order.Lines)
        {
            var (resolved, error) = await ResolveLineAsync(line, order.Warehouse, priceCode, ct);
            if (error is not null) errors.Add(error);
            else if (resolved is not null) lines.Add(resolved);
        }
        if (order.Lines.Count == 0) errors.Add(new XElement("OrderDetails", EnetReply.Error("StockLine", "", 100030, "Order must have at least one line")));

        if (errors.Count == 0 && customer is not null)
        {
            var limit = Convert.ToDecimal(customer[2], CultureInfo.InvariantCulture);
            var outstanding = Convert.ToDecimal(customer[5], CultureInfo.InvariantCulture);
            var value = lines.Sum(l => l.Value);
            if (limit > 0 && outstanding + value > limit && !parameters.AcceptOrdersIfNoCredit)
                HeaderError("Customer", order.Customer, 200014, string.Create(CultureInfo.InvariantCulture,
                    $"Credit limit of {limit:0.00} exceeded for customer '{order.Customer}' (outstanding {outstanding:0.00}, order {value:0.00})"));
        }
        if (errors.Count > 0 || customer is null) return (null, errors);
        return (new ValidatedOrder(order, order.CustomerName ?? ((string)customer[0]).Trim(), order.Salesperson ?? (string)customer[4], orderDate, lines), errors);
    }

    private async Task<(ResolvedLine?, XElement?)> ResolveLineAsync(SortoiLine line, string? headerWarehouse, string priceCode, CancellationToken ct)
    {
        XElement Fail(string field, string? value, int number, string text) =>
            new(line.Kind + "Line", new XElement("CustomerPoLine", line.CustomerPoLine ?? ""), EnetReply.Error(field, value, number, text));
        switch (line.Kind)
        {
            case "Comment":
                return (new ResolvedLine("6", "", "", "", 0, 0, "", 0, line.Comment ?? "", ""), null);
            case "Misc" or "Freight":
                if (!TryNumber(line.ChargeValue, out var charge)) return (null, Fail(line.Kind + "Value", line.ChargeValue, 100029, $"Value '{line.ChargeValue}' is not numeric"));
                return (new ResolvedLine(line.Kind == "Misc" ? "5" : "4", "", line.Description ?? "", "", 1, 0, "", charge, line.Description ?? "", line.ProductClass ?? ""), null);
        }
        var master = await RowAsync("SELECT Description, WarehouseToUse, StockOnHold FROM InvMaster WHERE StockCode = $k", line.StockCode ?? "", ct);
        if (master is null) return (null, Fail("StockCode", line.StockCode, 240004, $"Stock code '{line.StockCode}' not found"));
        if (!TryNumber(line.OrderQty, out var qty) || qty <= 0) return (null, Fail("OrderQty", line.OrderQty, 100029, $"Order quantity '{line.OrderQty}' is not numeric or not positive"));
        var warehouse = line.Warehouse ?? headerWarehouse ?? (string)master[1];
        if (await RowAsync("SELECT 1 FROM InvWarehouse WHERE StockCode = $k AND Warehouse = $w", line.StockCode!, ct, ("$w", warehouse)) is null)
            return (null, Fail("Warehouse", warehouse, 240005, $"Stock code '{line.StockCode}' is not stocked in warehouse '{warehouse}'"));
        decimal price;
        if (line.Price is null)
            price = Convert.ToDecimal((await RowAsync("SELECT SellingPrice FROM InvPrice WHERE StockCode = $k AND PriceCode IN ($pc, 'A') ORDER BY PriceCode = 'A'", line.StockCode!, ct, ("$pc", priceCode)))?[0] ?? 0m, CultureInfo.InvariantCulture);
        else if (!TryNumber(line.Price, out price)) return (null, Fail("Price", line.Price, 100029, $"Price '{line.Price}' is not numeric"));
        var flag = (line.DiscValFlag ?? "").Trim().ToUpperInvariant();
        decimal discValue = 0;
        if (line.DiscValue is not null && (!TryNumber(line.DiscValue, out discValue) || discValue < 0))
            return (null, Fail("LineDiscValue", line.DiscValue, 100029, $"Discount value '{line.DiscValue}' is not numeric or is negative"));
        if (line.DiscValue is not null && flag is not ("V" or "U"))
            return (null, Fail("LineDiscValFlag", line.DiscValFlag, 100029, $"Discount value flag '{line.DiscValFlag}' must be V (value) or U (unit)"));
        var percents = new decimal[3];
        for (var i = 0; i < 3; i++)
        {
            var text = line.DiscPercents?.ElementAtOrDefault(i);
            if (text is not null && (!TryNumber(text, out percents[i]) || percents[i] is < 0 or > 100))
                return (null, Fail($"LineDiscPercent{i + 1}", text, 100029, $"Discount percentage '{text}' must be a number from 0 to 100"));
        }
        var resolved = new ResolvedLine("1", line.StockCode!, ((string)master[0]).Trim(), warehouse, qty, price, priceCode, 0, "", "",
            line.DiscValue is null ? 0 : discValue, line.DiscValue is null ? "" : flag, percents[0], percents[1], percents[2]);
        if (resolved.Discount > resolved.Gross)
            return (null, Fail("LineDiscValue", line.DiscValue, 100029, $"Discount exceeds the line value of {resolved.Gross.ToString("0.00", CultureInfo.InvariantCulture)}"));
        return (resolved, null);
    }

    private static bool TryNumber(string? text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out value);

    private async Task<object[]?> RowAsync(string sql, string key, CancellationToken ct, params (string Name, object? Value)[] more)
    {
        await using var command = CompanyDatabase.Command(connection, sql, [("$k", key), .. more]);
        command.Transaction = transaction;
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        var values = new object[reader.FieldCount];
        reader.GetValues(values);
        return values;
    }
}
