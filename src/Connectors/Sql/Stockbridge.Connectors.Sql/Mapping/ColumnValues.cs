using System.Globalization;

namespace Stockbridge.Connectors.Sql.Mapping;

/// <summary>
/// Reads a column's value as the mapping needs it, or says what is wrong with it. Numbers are never parsed from text and
/// never with the machine's culture: a text price is a wrong type, not a guess.
/// </summary>
public static class ColumnValues
{
    /// <summary>What is wrong with <paramref name="value"/> for a column of <paramref name="kind"/>; null when it is usable (NULL is usable here).</summary>
    public static string? Problem(ColumnKind kind, object? value) => value is null ? null : kind switch
    {
        ColumnKind.Text => value is string || IsInteger(value) ? null : $"is {TypeName(value)}; it must be text",
        ColumnKind.Number => IsNumber(value) ? null : $"is {TypeName(value)}; it must be a number (decimal, integer or floating point)",
        ColumnKind.Integer => IsInteger(value) ? null : $"is {TypeName(value)}; it must be a whole number",
        ColumnKind.Flag => FlagProblem(value),
        ColumnKind.Change => Change(value) is null ? $"is {TypeName(value)} '{value}'; it must be a date/time or a whole number" : null,
        _ => null,
    };

    /// <summary>Text, trimmed (padded char columns); integers as invariant text; null for NULL or empty.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s.Trim() is { Length: > 0 } t ? t : null,
        IFormattable f when IsInteger(value) => f.ToString(null, CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>A number; null for NULL.</summary>
    public static decimal? Number(object? value) => value switch
    {
        null => null,
        decimal d => d,
        double d => (decimal)d,
        float f => (decimal)f,
        _ when IsInteger(value) => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>The flag's meaning: true (active), false (inactive or Delete), or null (Ignore: never sent); <paramref name="empty"/> for NULL.</summary>
    public static FlagValue Flag(object? value, bool empty) => value switch
    {
        null => empty ? FlagValue.True : FlagValue.False,
        bool b => b ? FlagValue.True : FlagValue.False,
        _ when IsInteger(value) => Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0 ? FlagValue.True : FlagValue.False,
        string s => s.Trim().ToLowerInvariant() switch
        {
            "" => empty ? FlagValue.True : FlagValue.False,
            "true" or "1" or "yes" or "y" or "active" => FlagValue.True,
            "false" or "0" or "no" or "n" or "inactive" or "delete" => FlagValue.False,
            "ignore" => FlagValue.Ignore,
            _ => FlagValue.Unknown,
        },
        _ => FlagValue.Unknown,
    };

    /// <summary>A change marker as a comparable, round-trippable value (DateTime or long); null when unusable.</summary>
    public static object? Change(object? value) => value switch
    {
        DateTime d => d,
        DateTimeOffset o => o.UtcDateTime,
        string s when DateTime.TryParse(s.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) => parsed,
        not null when IsInteger(value) => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        _ => null,
    };

    private static string? FlagProblem(object value) =>
        Flag(value, empty: true) == FlagValue.Unknown
            ? $"is '{value}'; it must be true/false, 1/0, yes/no, y/n, or Active/Ignore/Delete"
            : null;

    private static bool IsInteger(object value) => value is long or int or short or byte or sbyte or ushort or uint or ulong;

    private static bool IsNumber(object value) => value is decimal or double or float || IsInteger(value);

    private static string TypeName(object value) => value switch
    {
        string => "text",
        DateTime or DateTimeOffset => "a date/time",
        bool => "a boolean",
        byte[] => "binary",
        _ => value.GetType().Name,
    };
}
