namespace Stockbridge.Connectors.Sql.Mapping;

/// <summary>A row the mapping cannot use: which column and what is wrong.</summary>
public sealed class RowProblemException(string column, string problem) : Exception($"column '{column}' {problem}")
{
    /// <summary>The column.</summary>
    public string Column { get; } = column;
}
