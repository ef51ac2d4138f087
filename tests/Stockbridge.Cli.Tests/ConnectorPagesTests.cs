using Stockbridge.Connectors.Catalog;

namespace Stockbridge.Cli.Tests;

/// <summary>
/// <c>stockbridge connectors docs &lt;key&gt;</c> prints, for every connector in the catalogue, the getting-started page
/// committed in docs/connectors (which each connector's compliance run keeps equal to its manifest).
/// </summary>
public sealed class ConnectorPagesTests
{
    public static TheoryData<string> Keys() => [.. ConnectorCatalog.Modules.Select(m => m.Key)];

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task Docs_command_prints_the_committed_page(string key)
    {
        var root = RepositoryRoot();
        var committed = Path.Combine(root, "docs", "connectors", key + ".md");
        File.Exists(committed).ShouldBeTrue($"docs/connectors/{key}.md is missing: run `stockbridge connectors docs {key} > docs/connectors/{key}.md`");
        var result = await CliProcess.RunAsync(root, "connectors", "docs", key);
        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("## Getting Started (Prerequisites)");
        (await File.ReadAllTextAsync(committed, TestContext.Current.CancellationToken)).ShouldBe(result.Out,
            $"docs/connectors/{key}.md is stale: run `stockbridge connectors docs {key} > docs/connectors/{key}.md`");
    }

    [Fact]
    public async Task Docs_command_names_the_known_connectors_for_an_unknown_key()
    {
        var result = await CliProcess.RunAsync(RepositoryRoot(), "connectors", "docs", "no-such-system");
        result.ExitCode.ShouldBe(2);
        foreach (var module in ConnectorCatalog.Modules) result.Error.ShouldContain(module.Key);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Stockbridge.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("Stockbridge.slnx not found above " + AppContext.BaseDirectory);
    }
}
