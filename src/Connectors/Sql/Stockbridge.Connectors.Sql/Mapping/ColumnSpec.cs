namespace Stockbridge.Connectors.Sql.Mapping;

/// <summary>One column a query returns: its name, what it must hold, whether the mapping needs it, and where it goes.</summary>
/// <param name="Name">The column's name in the query's result (case-insensitive).</param>
/// <param name="Kind">What it must hold.</param>
/// <param name="Required">Whether the query must return it.</param>
/// <param name="Target">The canonical field it fills.</param>
/// <param name="Description">What it is, for the getting-started page.</param>
public sealed record ColumnSpec(string Name, ColumnKind Kind, bool Required, string Target, string Description);
