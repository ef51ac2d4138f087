namespace Stockbridge.Connectors.Sql.Validation;

/// <summary>
/// The cheap half of the read-only check: the first keyword of a query after comments and whitespace. Only SELECT and
/// WITH are read; the engine's read-only connection or transaction is the other half (it refuses what this cannot see,
/// such as a data-modifying CTE or a function that writes).
/// </summary>
public static class FirstKeyword
{
    /// <summary>The first word of <paramref name="sql"/>, upper case, skipping -- and /* */ comments; empty when there is none.</summary>
    public static string Of(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var i = 0;
        while (i < sql.Length)
        {
            if (char.IsWhiteSpace(sql[i]) || sql[i] == '(') i++;
            else if (sql.AsSpan(i).StartsWith("--")) i = sql.IndexOf('\n', i) is var n and >= 0 ? n + 1 : sql.Length;
            else if (sql.AsSpan(i).StartsWith("/*")) i = sql.IndexOf("*/", i + 2, StringComparison.Ordinal) is var e and >= 0 ? e + 2 : sql.Length;
            else break;
        }
        var start = i;
        while (i < sql.Length && char.IsAsciiLetter(sql[i])) i++;
        return sql[start..i].ToUpperInvariant();
    }

    /// <summary>What is wrong when <paramref name="sql"/> does not start as a read; null when it does.</summary>
    public static string? ReadProblem(string sql) => Of(sql) switch
    {
        "SELECT" or "WITH" => null,
        "" => "is empty; it must be a SELECT",
        var word => $"starts with {word}: only SELECT (or WITH … SELECT) queries are run on the read-only connection",
    };
}
