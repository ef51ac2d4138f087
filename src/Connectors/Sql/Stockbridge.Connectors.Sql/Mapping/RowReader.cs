using Stockbridge.Connectors.Sql.Database;

namespace Stockbridge.Connectors.Sql.Mapping;

/// <summary>Reads typed values out of a row, throwing <see cref="RowProblemException"/> naming the column when one is unusable.</summary>
public static class RowReader
{
    /// <summary>The longest text the mapping takes from one column (a description with its HTML fits many times over).</summary>
    public const int MaxTextLength = 1_000_000;

    public static string? Text(SqlRow row, string column) =>
        Checked(row, column, ColumnKind.Text) is { } v && ColumnValues.Text(v) is { } text
            ? text.Length <= MaxTextLength ? text : throw new RowProblemException(column, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"is {text.Length} characters long; at most {MaxTextLength} are taken"))
            : null;

    public static string RequiredText(SqlRow row, string column) =>
        Text(row, column) ?? throw new RowProblemException(column, "is NULL or empty; every row must have it");

    public static decimal? Number(SqlRow row, string column) => ColumnValues.Number(Checked(row, column, ColumnKind.Number));

    public static decimal RequiredNumber(SqlRow row, string column) =>
        Number(row, column) ?? throw new RowProblemException(column, "is NULL; every row must have it");

    public static int? Integer(SqlRow row, string column) =>
        Checked(row, column, ColumnKind.Integer) is { } v ? (int)Math.Clamp(Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture), int.MinValue, int.MaxValue) : null;

    public static FlagValue Flag(SqlRow row, string column, bool empty) => ColumnValues.Flag(Checked(row, column, ColumnKind.Flag), empty);

    public static object? Change(SqlRow row, string column) => ColumnValues.Change(Checked(row, column, ColumnKind.Change));

    private static object? Checked(SqlRow row, string column, ColumnKind kind)
    {
        var value = row[column];
        return ColumnValues.Problem(kind, value) is { } problem ? throw new RowProblemException(column, problem) : value;
    }
}
