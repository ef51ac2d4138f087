using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using Stockbridge.Connectors.Syspro.Simulator.Database;

namespace Stockbridge.Connectors.Syspro.Simulator.Enet.Queries;

/// <summary>
/// COMFND, the generic table find: Query/TableName, Columns/Column*, Where/Expression* (OpenBracket, AndOr, Column,
/// Condition EQ|NE|GT|GE|LT|LE|LIKE, Value, CloseBracket), OrderBy/Column, ReturnRows. Reply root named after the table
/// with HeaderDetails, one Row per record and RowsReturned. Table and column names are checked against the schema and
/// values are bound as parameters.
/// </summary>
internal static class GenericFindQuery
{
    private static readonly Dictionary<string, string> Operators = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EQ"] = "=", ["NE"] = "<>", ["GT"] = ">", ["GE"] = ">=", ["LT"] = "<", ["LE"] = "<=", ["LIKE"] = "LIKE",
    };

    public static async Task<XElement> RunAsync(CompanyDatabase company, XElement request, CancellationToken cancellationToken)
    {
        var table = request.Text("TableName") ?? "";
        await using var connection = await company.OpenAsync(cancellationToken);
        var known = await ColumnsAsync(connection, table, cancellationToken);
        if (known.Count == 0) return EnetReply.Root("COMFND", EnetReply.Error("TableName", table, 100040, $"Table '{table}' is not available for COMFND"));
        string Name(string column) => column != "__table" && known.TryGetValue(column, out var exact) ? exact : throw new ArgumentException($"Column '{column}' is not in table '{table}'");

        try
        {
            var columns = (request.Child("Columns")?.Children("Column").Select(c => Name(c.Value.Trim())).ToList() is { Count: > 0 } listed) ? listed : known.Values.ToList();
            await using var command = connection.CreateCommand();
            var sql = new StringBuilder($"SELECT {string.Join(", ", columns)} FROM {known["__table"]}");
            var expressions = request.Child("Where")?.Children("Expression").ToList() ?? [];
            for (var i = 0; i < expressions.Count; i++)
            {
                var e = expressions[i];
                var op = Operators.TryGetValue(e.Text("Condition") ?? "EQ", out var o) ? o : throw new ArgumentException($"Condition '{e.Text("Condition")}' is not valid");
                var join = i == 0 ? " WHERE " : string.Equals(e.Text("AndOr"), "Or", StringComparison.OrdinalIgnoreCase) ? " OR " : " AND ";
                sql.Append(CultureInfo.InvariantCulture, $"{join}{Brackets(e.Text("OpenBracket"), '(')}{Name(e.Text("Column") ?? "")} {op} $v{i}{Brackets(e.Text("CloseBracket"), ')')}");
                command.Parameters.AddWithValue($"$v{i}", e.Child("Value")?.Value ?? "");
            }
            if (request.Child("OrderBy")?.Children("Column").Select(c => Name(c.Value.Trim())).ToList() is { Count: > 0 } order) sql.Append(" ORDER BY ").Append(string.Join(", ", order));
            var limit = int.TryParse(request.Text("ReturnRows"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 100;
            sql.Append(CultureInfo.InvariantCulture, $" LIMIT {limit}");
            command.CommandText = sql.ToString();
            var rows = new List<XElement>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                    rows.Add(new XElement("Row", columns.Select((c, i) => new XElement(c, Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)))));
            }
            return EnetReply.Root(known["__table"], new XElement("HeaderDetails", new XElement("TableName", known["__table"]),
                new XElement("Columns", columns.Select(c => new XElement("Column", c)))), rows, new XElement("RowsReturned", rows.Count.ToString("D6", CultureInfo.InvariantCulture)));
        }
        catch (ArgumentException e)
        {
            return EnetReply.Root(known["__table"], EnetReply.Error("Query", table, 100041, e.Message));
        }
    }

    private static string Brackets(string? text, char bracket) => new(bracket, text?.Count(c => c == bracket) ?? 0);

    /// <summary>The table's real name (key "__table") and its columns by case-insensitive name; empty when it is not a company table.</summary>
    private static async Task<Dictionary<string, string>> ColumnsAsync(SqliteConnection connection, string table, CancellationToken cancellationToken)
    {
        var columns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var exact = CompanySchema.VersionedTables.Append("InvWhControl").FirstOrDefault(t => string.Equals(t, table, StringComparison.OrdinalIgnoreCase));
        if (exact is null) return columns;
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{exact}')";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) columns[reader.GetString(0)] = reader.GetString(0);
        columns["__table"] = exact;
        return columns;
    }
}
