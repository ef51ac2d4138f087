using System.Globalization;
using Stockbridge.Connectors.Magento1.Simulator.Soap.Types;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap;

/// <summary>
/// Magento's <c>filters</c> argument: every <c>filter</c> is field = value, every <c>complex_filter</c> is field
/// &lt;operator&gt; value (eq, neq, like, nlike, in, nin, gt, lt, gteq, lteq, from, to, null, notnull); all are ANDed, as
/// the collection's <c>addFieldToFilter</c> does. Numbers compare as numbers, everything else (dates included, in
/// <c>yyyy-MM-dd HH:mm:ss</c>) as text.
/// </summary>
public static class MagentoFilters
{
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "eq", "neq", "like", "nlike", "in", "nin", "gt", "lt", "gteq", "lteq", "from", "to", "null", "notnull" };

    /// <summary>The conditions of <paramref name="filters"/>; an unknown operator or field is refused with <paramref name="refuse"/>.</summary>
    public static IReadOnlyList<(string Field, string Operator, string Value)> Parse(Filters? filters, IReadOnlySet<string> fields, Func<string, Exception> refuse)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(refuse);
        var conditions = new List<(string, string, string)>();
        foreach (var f in filters?.Filter ?? [])
            conditions.Add((Field(f.Key, fields, refuse), "eq", f.Value ?? ""));
        foreach (var c in filters?.ComplexFilter ?? [])
        {
            var op = c.Value?.Key ?? "eq";
            if (!Operators.Contains(op)) throw refuse($"unknown operator '{op}' on '{c.Key}'");
            conditions.Add((Field(c.Key, fields, refuse), op, c.Value?.Value ?? ""));
        }
        return conditions;
    }

    /// <summary>True when the record (its fields read by <paramref name="field"/>) meets every condition.</summary>
    public static bool Matches(IReadOnlyList<(string Field, string Operator, string Value)> conditions, Func<string, string?> field)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        ArgumentNullException.ThrowIfNull(field);
        return conditions.All(c => Holds(field(c.Field), c.Operator, c.Value));
    }

    private static string Field(string? key, IReadOnlySet<string> fields, Func<string, Exception> refuse) =>
        key is not null && fields.Contains(key) ? key : throw refuse($"unknown field '{key}'");

    private static bool Holds(string? actual, string op, string value) => op switch
    {
        "null" => actual is null,
        "notnull" => actual is not null,
        _ when actual is null => false,
        "eq" => Compare(actual, value) == 0,
        "neq" => Compare(actual, value) != 0,
        "like" => Like(actual, value),
        "nlike" => !Like(actual, value),
        "in" => value.Split(',', StringSplitOptions.TrimEntries).Any(v => Compare(actual, v) == 0),
        "nin" => !value.Split(',', StringSplitOptions.TrimEntries).Any(v => Compare(actual, v) == 0),
        "gt" => Compare(actual, value) > 0,
        "lt" => Compare(actual, value) < 0,
        "gteq" or "from" => Compare(actual, value) >= 0,
        "lteq" or "to" => Compare(actual, value) <= 0,
        _ => false,
    };

    private static int Compare(string actual, string value) =>
        decimal.TryParse(actual, NumberStyles.Number, CultureInfo.InvariantCulture, out var a) && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var b)
            ? a.CompareTo(b)
            : string.CompareOrdinal(actual, value);

    // SQL LIKE: % any run, _ one character, case-insensitive (MySQL's default collation).
    private static bool Like(string actual, string pattern)
    {
        var regex = "^" + string.Concat(pattern.Select(ch => ch switch { '%' => ".*", '_' => ".", _ => System.Text.RegularExpressions.Regex.Escape(ch.ToString()) })) + "$";
        return System.Text.RegularExpressions.Regex.IsMatch(actual, regex, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }
}
