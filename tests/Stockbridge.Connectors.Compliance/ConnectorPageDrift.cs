using Stockbridge.Connectors.Docs;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Compliance;

/// <summary>
/// Keeps a connector's committed getting-started page (docs/connectors/&lt;key&gt;.md) equal to what its manifest renders.
/// With <c>STOCKBRIDGE_UPDATE_DOCS=1</c> the page is rewritten instead of compared.
/// </summary>
public static class ConnectorPageDrift
{
    /// <summary>The environment variable that makes <see cref="Check"/> rewrite the page.</summary>
    public const string UpdateVariable = "STOCKBRIDGE_UPDATE_DOCS";

    /// <summary>Fails when docs/connectors/&lt;key&gt;.md is missing or differs from <see cref="ConnectorPage.Render"/>.</summary>
    public static void Check(ConnectorManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var relative = $"docs/connectors/{manifest.Key}.md";
        var path = Path.Combine(RepositoryRoot(), "docs", "connectors", manifest.Key + ".md");
        var rendered = ConnectorPage.Render(manifest);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, rendered);
            return;
        }
        var regenerate = $"regenerate it with {UpdateVariable}=1 and this test run again, or `stockbridge connectors docs {manifest.Key} > {relative}`";
        if (!File.Exists(path)) throw new Xunit.Sdk.XunitException($"{relative} is missing: {regenerate}.");
        var committed = File.ReadAllText(path);
        if (committed == rendered || Normalized(committed) == Normalized(rendered)) return;
        throw new Xunit.Sdk.XunitException($"{relative} differs from what the {manifest.Key} manifest renders ({FirstDifference(committed, rendered)}): {regenerate}.");
    }

    /// <summary>
    /// The page with each table row's cell padding collapsed: padding follows the longest cell (a connector renamed from
    /// its template pads differently) and is not content.
    /// </summary>
    private static string Normalized(string page) =>
        string.Join('\n', page.ReplaceLineEndings("\n").Split('\n').Select(line =>
            line.StartsWith('|') ? string.Join('|', line.Split('|').Select(cell => cell.Trim().Trim('-').Length == 0 && cell.Contains('-') ? "---" : cell.Trim())) : line));

    private static string FirstDifference(string committed, string rendered)
    {
        var a = committed.Split('\n');
        var b = rendered.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end of file)";
            var right = i < b.Length ? b[i] : "(end of page)";
            if (left != right) return $"line {i + 1}: committed \"{left.TrimEnd('\r')}\", rendered \"{right.TrimEnd('\r')}\"";
        }
        return "line endings";
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            // The nearest docs/connectors/ above the tests: the checkout's, a connector's generated outside it, or a test
            // project's own for the connectors it defines.
            if (Directory.Exists(Path.Combine(dir.FullName, "docs", "connectors"))) return dir.FullName;
        }
        throw new InvalidOperationException("no docs/connectors/ folder above " + AppContext.BaseDirectory);
    }
}
