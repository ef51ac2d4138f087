using System.Data.Common;

namespace Stockbridge.Connectors.Sql.Database;

/// <summary>The columns a query returned: names (compared without case, as the engines do) and their ordinals.</summary>
public sealed class QueryShape
{
    private readonly Dictionary<string, int> _ordinals;

    private QueryShape(IReadOnlyList<string> names)
    {
        Names = names;
        _ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++) _ordinals.TryAdd(names[i], i);
    }

    /// <summary>The column names in result order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The shape of an open reader's result.</summary>
    public static QueryShape Of(DbDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new QueryShape([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)]);
    }

    /// <summary>The ordinal of a column, or -1.</summary>
    public int Ordinal(string name) => _ordinals.GetValueOrDefault(name, -1);

    /// <summary>Whether the result has the column.</summary>
    public bool Has(string name) => _ordinals.ContainsKey(name);
}
