using System.Globalization;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Search;

/// <summary>One <c>field:value</c> term of a Shopify search query; <see cref="Op"/> is one of : &gt; &gt;= &lt; &lt;=.</summary>
public sealed record SearchTerm(string? Field, string Op, string Value)
{
    /// <summary>Whether any of the record's values for the field satisfies the term.</summary>
    public bool Matches(IEnumerable<string?> values) => values.Any(Matches);

    private bool Matches(string? actual)
    {
        if (actual is null) return false;
        if (Op == ":")
        {
            return Value.EndsWith('*')
                ? actual.StartsWith(Value[..^1], StringComparison.OrdinalIgnoreCase)
                : string.Equals(actual, Value, StringComparison.OrdinalIgnoreCase);
        }
        var order = Compare(actual, Value);
        return Op switch
        {
            ">" => order > 0,
            ">=" => order >= 0,
            "<" => order < 0,
            "<=" => order <= 0,
            _ => false,
        };
    }

    private static int Compare(string actual, string wanted)
    {
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTimeOffset.TryParse(actual, CultureInfo.InvariantCulture, styles, out var a)
            && DateTimeOffset.TryParse(wanted, CultureInfo.InvariantCulture, styles, out var w))
            return a.CompareTo(w);
        if (decimal.TryParse(actual, CultureInfo.InvariantCulture, out var x) && decimal.TryParse(wanted, CultureInfo.InvariantCulture, out var y))
            return x.CompareTo(y);
        return string.Compare(actual, wanted, StringComparison.OrdinalIgnoreCase);
    }
}
