namespace Stockbridge.Connectors.Sql.Mapping;

/// <summary>What a query column must hold for the mapping to use it.</summary>
public enum ColumnKind
{
    /// <summary>Character data (trimmed; padded char columns are fine).</summary>
    Text,
    /// <summary>A number: decimal, integer or floating point (never text).</summary>
    Number,
    /// <summary>A whole number.</summary>
    Integer,
    /// <summary>A boolean, 0/1, or text true/false, yes/no, y/n, active/inactive, and the three-state Active/Ignore/Delete.</summary>
    Flag,
    /// <summary>A change marker: a date/time, or a whole number that only grows.</summary>
    Change,
}
