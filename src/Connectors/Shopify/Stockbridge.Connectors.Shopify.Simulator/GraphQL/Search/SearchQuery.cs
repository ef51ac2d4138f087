using System.Text;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Search;

/// <summary>
/// Shopify's search syntax, the part clients use: terms joined by spaces (AND) and <c>OR</c>,
/// <c>field:value</c>, <c>field:&gt;=value</c>, quoted values, trailing <c>*</c> prefix match, bare words.
/// </summary>
public sealed class SearchQuery
{
    private readonly List<List<SearchTerm>> _groups;

    private SearchQuery(List<List<SearchTerm>> groups) => _groups = groups;

    /// <summary>Parses a query (null or blank matches everything).</summary>
    public static SearchQuery Parse(string? query)
    {
        var groups = new List<List<SearchTerm>> { new() };
        foreach (var token in Tokens(query ?? ""))
        {
            if (token == "OR") { groups.Add([]); continue; }
            if (token == "AND") continue;
            groups[^1].Add(Term(token));
        }
        return new SearchQuery(groups.Where(g => g.Count > 0).ToList());
    }

    /// <summary>Whether a record matches; <paramref name="valuesOf"/> gives the record's values for a field (null field = any text).</summary>
    public bool Matches(Func<string?, IEnumerable<string?>> valuesOf) =>
        _groups.Count == 0 || _groups.Any(g => g.All(t => t.Matches(valuesOf(t.Field))));

    private static SearchTerm Term(string token)
    {
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) return new SearchTerm(null, ":", token);
        var field = token[..colon];
        var rest = token[(colon + 1)..];
        foreach (var op in new[] { ">=", "<=", ">", "<" })
        {
            if (rest.StartsWith(op, StringComparison.Ordinal)) return new SearchTerm(field, op, Unquote(rest[op.Length..]));
        }
        return new SearchTerm(field, ":", Unquote(rest));
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] is '\'' or '"') && value[^1] == value[0] ? value[1..^1] : value;

    private static IEnumerable<string> Tokens(string query)
    {
        var current = new StringBuilder();
        char? quote = null;
        foreach (var ch in query)
        {
            if (quote is null && char.IsWhiteSpace(ch))
            {
                if (current.Length > 0) yield return current.ToString();
                current.Clear();
                continue;
            }
            if (ch is '\'' or '"') quote = quote == ch ? null : quote ?? ch;
            current.Append(ch);
        }
        if (current.Length > 0) yield return current.ToString();
    }
}
