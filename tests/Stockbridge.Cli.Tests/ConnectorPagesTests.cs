namespace Stockbridge.Cli.Tests;

/// <summary>The getting-started pages in docs/connectors are generated from the manifests; this keeps them from drifting.</summary>
public sealed class ConnectorPagesTests
{
    [Theory]
    [InlineData("syspro")]
    [InlineData("shopify")]
    public async Task Committed_page_equals_the_page_generated_from_the_manifest(string key)
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

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Stockbridge.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("Stockbridge.slnx not found above " + AppContext.BaseDirectory);
    }
}
