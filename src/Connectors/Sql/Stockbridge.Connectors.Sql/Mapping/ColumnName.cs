namespace Stockbridge.Connectors.Sql.Mapping;

/// <summary>Column names as the connector writes them into its wrapping SQL: plain identifiers only.</summary>
public static class ColumnName
{
    /// <summary>Whether <paramref name="name"/> is a letter or _ followed by letters, digits and _ (at most 63 characters).</summary>
    public static bool IsPlain(string name) =>
        name.Length is > 0 and <= 63 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
