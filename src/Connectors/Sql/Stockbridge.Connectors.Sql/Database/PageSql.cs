using System.Globalization;
using System.Text;

namespace Stockbridge.Connectors.Sql.Database;

/// <summary>
/// Wraps a merchant's query for keyset paging: <c>SELECT * FROM (query) q WHERE (keys) &gt; (@k0, @k1) ORDER BY keys</c> with
/// the engine's row limit (LIMIT, or TOP on SQL Server), and optionally only the products whose change column is at or
/// after @changed_since (every variant of a changed product, so a product is never read in part).
/// </summary>
public static class PageSql
{
    /// <summary>The parameter carrying the change column's lower bound.</summary>
    public const string ChangedSince = "@changed_since";

    /// <summary>The merchant's query without trailing semicolons or whitespace.</summary>
    public static string Trimmed(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Trim().TrimEnd(';').TrimEnd();
    }

    /// <summary>The SQL of one page.</summary>
    /// <param name="engine">The engine (row limit syntax).</param>
    /// <param name="query">The merchant's query.</param>
    /// <param name="keys">The key columns, in order.</param>
    /// <param name="afterKeys">Whether the page starts after @k0.. (false for the first page).</param>
    /// <param name="changeColumn">The change column to filter on, or null for every row.</param>
    /// <param name="groupColumn">The column whose groups are kept whole when filtering on change.</param>
    /// <param name="limit">Rows per page.</param>
    public static string Page(SqlEngine engine, string query, IReadOnlyList<string> keys, bool afterKeys, string? changeColumn, string groupColumn, int limit)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var inner = Trimmed(query);
        var sql = new StringBuilder("SELECT ");
        if (engine == SqlEngine.SqlServer) sql.Append(CultureInfo.InvariantCulture, $"TOP ({limit}) ");
        sql.Append("* FROM (\n").Append(inner).Append("\n) q WHERE 1 = 1");
        if (afterKeys) sql.Append(" AND ").Append(After(keys));
        if (changeColumn is not null)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND q.{groupColumn} IN (SELECT c.{groupColumn} FROM (\n").Append(inner)
                .Append(CultureInfo.InvariantCulture, $"\n) c WHERE c.{changeColumn} >= {ChangedSince})");
        }
        sql.Append(" ORDER BY ").Append(string.Join(", ", keys.Select(k => "q." + k)));
        if (engine != SqlEngine.SqlServer) sql.Append(CultureInfo.InvariantCulture, $" LIMIT {limit}");
        return sql.ToString();
    }

    /// <summary>The parameter name of the i-th key.</summary>
    public static string KeyParameter(int index) => "@k" + index.ToString(CultureInfo.InvariantCulture);

    // (k0 > @k0) OR (k0 = @k0 AND k1 > @k1) ...: portable, unlike row-value comparison (SQL Server has none).
    private static string After(IReadOnlyList<string> keys)
    {
        var terms = new List<string>();
        for (var i = 0; i < keys.Count; i++)
        {
            var equal = Enumerable.Range(0, i).Select(j => $"q.{keys[j]} = {KeyParameter(j)}");
            terms.Add("(" + string.Join(" AND ", equal.Append($"q.{keys[i]} > {KeyParameter(i)}")) + ")");
        }
        // The leading "k0 >= @k0" is implied by the OR, but an engine can seek an index with it (the OR alone it scans).
        return $"q.{keys[0]} >= {KeyParameter(0)} AND (" + string.Join(" OR ", terms) + ")";
    }
}
