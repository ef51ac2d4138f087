using System.Text.RegularExpressions;
using Stockbridge.Connectors.Catalog;

namespace Stockbridge.Cli.Tests;

/// <summary>
/// The engine, sync, web, hosting, storage and CLI projects find connectors only through the catalogue: outside
/// src/Connectors/ and the demo, no line of C# code (comments aside) names a system the catalogue holds.
/// </summary>
public sealed partial class ConnectorNamesTests
{
    [Fact]
    public void No_code_outside_the_connectors_and_the_demo_names_a_connector()
    {
        var root = RepositoryRoot();
        var src = Path.Combine(root, "src");
        // A name that is only a technology (the `sql` source and its "SQL-backed ERP") would match every SQL store in the hub:
        // such a connector names no system, so there is nothing for this check to keep out.
        var names = ConnectorCatalog.Modules.Where(m => !TechnologyOnly.Contains(m.Key))
            .SelectMany(m => new[] { m.Key, m.Factory.Manifest.DisplayName }).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        names.Count.ShouldBeGreaterThan(5);
        names.ShouldNotBeEmpty();
        var pattern = new Regex(string.Join('|', names.Select(Regex.Escape)), RegexOptions.IgnoreCase);
        var offending = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (Exempt(relative)) continue;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = CodeOf(lines[i]);
                if (pattern.IsMatch(code)) offending.Add($"{relative}:{i + 1}: {lines[i].Trim()}");
            }
        }
        offending.ShouldBeEmpty();
    }

    private static readonly HashSet<string> TechnologyOnly = new(StringComparer.Ordinal) { "sql" };

    [Fact]
    public void The_check_sees_a_name_in_code_but_not_in_a_comment()
    {
        CodeOf("    var x = new ShopifyThing(); // fine").ShouldContain("ShopifyThing");
        CodeOf("    /// <summary>SYSPRO's order type.</summary>").ShouldBeEmpty();
        CodeOf("    // a SYSPRO note").ShouldBeEmpty();
    }

    private static bool Exempt(string relative) =>
        relative.StartsWith("src/Connectors/", StringComparison.Ordinal)
        || relative.StartsWith("src/Stockbridge.Demo/", StringComparison.Ordinal)
        || relative.StartsWith("src/Stockbridge.Cli/Demo/", StringComparison.Ordinal)
        || relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal);

    /// <summary>The line without its comment (a whole-line <c>//</c>, <c>///</c> or <c>*</c> comment, or a trailing <c>//</c> one).</summary>
    private static string CodeOf(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith('*') || trimmed.StartsWith("/*", StringComparison.Ordinal)) return "";
        var comment = TrailingComment().Match(line);
        return comment.Success ? line[..comment.Index] : line;
    }

    [GeneratedRegex(@"\s//\s")]
    private static partial Regex TrailingComment();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Stockbridge.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("Stockbridge.slnx not found above " + AppContext.BaseDirectory);
    }
}
