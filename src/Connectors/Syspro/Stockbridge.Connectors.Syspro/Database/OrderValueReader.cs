using System.Data.Common;
using System.Globalization;
using Stockbridge.Connectors.Source;

namespace Stockbridge.Connectors.Syspro.Database;

/// <summary>
/// Reads sales orders' lines from SorDetail (live orders only: SorMaster.CancelledFlag not Y) and values them ex tax: a stocked
/// line is round(MOrderQty × MPrice, 2) less its discount (<see cref="SorDetailValue"/>); freight and misc-charge lines are
/// NMscChargeValue; comment lines carry no value.
/// </summary>
internal sealed class OrderValueReader(SysproDatabase database)
{
    private const int Batch = 100;

    public async Task<IReadOnlyList<SourceOrderValue>> ReadAsync(IReadOnlyCollection<string> salesOrders, CancellationToken cancellationToken)
    {
        var values = new List<SourceOrderValue>();
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var chunk in salesOrders.Distinct(StringComparer.Ordinal).Chunk(Batch))
        {
            var names = chunk.Select((_, i) => $"@so{i}").ToList();
            await using var command = SysproDatabase.Command(connection,
                "SELECT d.SalesOrder, d.SalesOrderLine, d.LineType, d.MStockCode, d.MStockDes, d.MOrderQty, d.MPrice, d.MDiscValFlag, d.MDiscValue, " +
                "d.MDiscPct1, d.MDiscPct2, d.MDiscPct3, d.NMscChargeValue, d.NComment FROM SorDetail d JOIN SorMaster m ON m.SalesOrder = d.SalesOrder " +
                $"WHERE m.CancelledFlag <> 'Y' AND d.SalesOrder IN ({string.Join(", ", names)}) ORDER BY d.SalesOrder, d.SalesOrderLine",
                [.. chunk.Select((so, i) => (names[i], (object)so))]);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var byOrder = new Dictionary<string, List<SourceOrderLine>>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                var so = Text(reader, 0);
                if (!byOrder.TryGetValue(so, out var lines)) byOrder[so] = lines = [];
                if (Line(reader) is { } line) lines.Add(line);
            }
            values.AddRange(byOrder.Select(o => new SourceOrderValue(o.Key, o.Value)));
        }
        return values;
    }

    private static SourceOrderLine? Line(DbDataReader r)
    {
        var number = Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture);
        switch (Text(r, 2))
        {
            case "1":
            {
                var qty = r.GetDecimal(5);
                var discount = SorDetailValue.Discount(qty, r.GetDecimal(6), Text(r, 7), r.GetDecimal(8), r.GetDecimal(9), r.GetDecimal(10), r.GetDecimal(11));
                return new SourceOrderLine(number, Text(r, 3), Text(r, 4), qty, SorDetailValue.Gross(qty, r.GetDecimal(6)) - discount);
            }
            case "6":
                return null;
            default:
                return new SourceOrderLine(number, null, Text(r, 2) == "4" ? "Freight" : "Misc charge", 1, r.GetDecimal(12));
        }
    }

    private static string Text(DbDataReader r, int i) => r.IsDBNull(i) ? "" : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)!.Trim();
}
