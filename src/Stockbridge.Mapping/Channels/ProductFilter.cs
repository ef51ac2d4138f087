namespace Stockbridge.Mapping.Channels;

/// <summary>
/// Which products a channel carries. A product is in when it matches an include (or there are none) and no exclude.
/// Prefixes match <c>source_product_code</c> (ordinal, case-insensitive); tags match whole tags (case-insensitive).
/// </summary>
public sealed record ProductFilter
{
    /// <summary>Only products whose code starts with one of these (empty: every code).</summary>
    public IReadOnlyList<string> IncludeCodePrefixes { get; init; } = [];
    /// <summary>Leave out products whose code starts with one of these.</summary>
    public IReadOnlyList<string> ExcludeCodePrefixes { get; init; } = [];
    /// <summary>Only products carrying one of these tags (empty: any tags).</summary>
    public IReadOnlyList<string> IncludeTags { get; init; } = [];
    /// <summary>Leave out products carrying one of these tags.</summary>
    public IReadOnlyList<string> ExcludeTags { get; init; } = [];

    /// <summary>Whether a product with this code and these tags is in.</summary>
    public bool Includes(string productCode, IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(productCode);
        var tagSet = new HashSet<string>(tags, StringComparer.OrdinalIgnoreCase);
        var included = (IncludeCodePrefixes.Count == 0 || IncludeCodePrefixes.Any(p => StartsWith(productCode, p)))
            && (IncludeTags.Count == 0 || IncludeTags.Any(tagSet.Contains));
        var excluded = ExcludeCodePrefixes.Any(p => StartsWith(productCode, p)) || ExcludeTags.Any(tagSet.Contains);
        return included && !excluded;
    }

    private static bool StartsWith(string code, string prefix) => code.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
}
