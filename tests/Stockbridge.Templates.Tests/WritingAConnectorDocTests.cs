namespace Stockbridge.Templates.Tests;

/// <summary>docs/connectors/writing-a-connector.md: its worked example compiles, with nullable on and no warning.</summary>
public sealed class WritingAConnectorDocTests
{
    [Fact]
    public void Worked_example_compiles()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "connectors", "writing-a-connector.md"));
        var blocks = DocExample.Blocks(page);
        Assert.True(blocks.Count >= 3, $"the page has {blocks.Count} csharp blocks; the worked example needs its connector, manifest and simulator");
        var problems = DocExample.Compile(blocks);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void A_broken_example_is_caught()
    {
        // The check itself must be able to fail: a block with a type error and one with a nullable warning.
        var problems = DocExample.Compile(["public static class A { public static int F() => \"text\"; }", "public static class B { public static string G(string? s) => s; }"]);
        Assert.Contains(problems, p => p.Contains("CS0029", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("CS8603", StringComparison.Ordinal));
    }
}
