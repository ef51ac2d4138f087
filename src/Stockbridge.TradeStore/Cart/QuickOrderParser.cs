using System.Globalization;

namespace Stockbridge.TradeStore.Cart;

/// <summary>
/// Reads pasted or uploaded quick-order lines: <c>SKU,quantity</c> (comma, semicolon, tab or spaces between), one per line;
/// blank lines and a first line <c>sku,qty</c> (a CSV header) are skipped. At most <see cref="MaxLines"/> lines.
/// </summary>
public static class QuickOrderParser
{
    public const int MaxLines = 500;
    public const int MaxBytes = 64 * 1024;

    /// <summary>The lines read and every problem found (each naming its line and field).</summary>
    public static (IReadOnlyList<(int Line, CartLine Item)> Lines, IReadOnlyList<LineProblem> Problems) Parse(string text)
    {
        var lines = new List<(int, CartLine)>();
        var problems = new List<LineProblem>();
        var rows = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (rows.Length > MaxLines + 1) return ([], [new LineProblem(MaxLines + 1, "file", $"at most {MaxLines} lines at a time")]);
        for (var i = 0; i < rows.Length; i++)
        {
            var number = i + 1;
            var row = rows[i].Trim();
            if (row.Length == 0) continue;
            var parts = row.IndexOfAny([',', ';', '\t']) >= 0
                ? row.Split([',', ';', '\t'], StringSplitOptions.TrimEntries)
                : row.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (i == 0 && parts.Length >= 1 && parts[0].Trim('"').Equals("sku", StringComparison.OrdinalIgnoreCase)) continue;
            var sku = parts.Length > 0 ? parts[0].Trim('"') : "";
            if (sku.Length is 0 or > 64) { problems.Add(new LineProblem(number, "sku", sku.Length == 0 ? "missing" : "longer than 64 characters")); continue; }
            if (parts.Length < 2) { problems.Add(new LineProblem(number, "quantity", $"missing after '{sku}'")); continue; }
            if (parts.Length > 2) { problems.Add(new LineProblem(number, "line", $"expected 'SKU,quantity' but found {parts.Length} fields")); continue; }
            var qtyText = parts[1].Trim('"');
            if (!decimal.TryParse(qtyText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var qty) || qty <= 0 || qty > 1_000_000)
            {
                problems.Add(new LineProblem(number, "quantity", $"'{qtyText}' is not a quantity (a number above 0)"));
                continue;
            }
            lines.Add((number, new CartLine(sku, qty)));
        }
        if (lines.Count == 0 && problems.Count == 0) problems.Add(new LineProblem(1, "sku", "no lines given"));
        return (lines, problems);
    }
}
