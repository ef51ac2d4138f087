namespace Stockbridge.Connectors.Sql.Database;

/// <summary>One row of a query's result, copied out of the reader (NULL as null).</summary>
public sealed class SqlRow(QueryShape shape, object?[] values)
{
    /// <summary>The result's columns.</summary>
    public QueryShape Shape { get; } = shape;

    /// <summary>A column's value, or null when it is NULL or the result has no such column.</summary>
    public object? this[string name] => Shape.Ordinal(name) is >= 0 and var i ? values[i] : null;
}
