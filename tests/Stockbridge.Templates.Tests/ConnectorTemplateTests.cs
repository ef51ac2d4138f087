namespace Stockbridge.Templates.Tests;

/// <summary>
/// <c>dotnet new stockbridge-connector</c> in a fresh temp folder makes a project set that builds with warnings as errors
/// and whose compliance tests pass against its simulator skeleton, the capabilities it does not declare reported skipped.
/// One kind after another (each builds and tests a small solution).
/// </summary>
public sealed class ConnectorTemplateTests : IDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(8);
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("stockbridge-template-");

    [Theory]
    [InlineData("channel", "Acme")]
    [InlineData("source", "Globex")]
    [InlineData("fulfillment", "Initech")]
    public async Task New_connector_builds_and_its_compliance_tests_run_against_its_simulator(string kind, string name)
    {
        var hive = Path.Combine(_work.FullName, "hive");
        var output = Path.Combine(_work.FullName, kind);
        var template = Path.Combine(RepositoryRoot.Path, "templates", "stockbridge-connector");

        var install = await DotnetCli.RunAsync(_work.FullName, Step, "new", "install", template, "--debug:custom-hive", hive);
        Assert.True(install.ExitCode == 0, install.Output);
        var created = await DotnetCli.RunAsync(_work.FullName, Step,
            "new", "stockbridge-connector", "-n", name, "--kind", kind, "--stockbridge-root", RepositoryRoot.Path, "-o", output, "--debug:custom-hive", hive);
        Assert.True(created.ExitCode == 0, created.Output);
        Assert.True(File.Exists(Path.Combine(output, "src", "Connectors", name, $"Stockbridge.Connectors.{name}", $"{name}Module.cs")), created.Output);

        var build = await DotnetCli.RunAsync(output, Step, "build", $"Stockbridge.Connectors.{name}.slnx", "-c", "Release", "-warnaserror", "-nologo", "-clp:ErrorsOnly");
        Assert.True(build.ExitCode == 0, build.Output);

        var test = await DotnetCli.RunAsync(output, Step, "test", "--project", Path.Combine("tests", $"Stockbridge.Connectors.{name}.Tests"), "-c", "Release", "--no-build", "--no-progress");
        TestContext.Current.SendDiagnosticMessage(test.Output);
        Assert.True(test.ExitCode == 0, test.Output);
        var summary = TestSummary.Parse(test.Output);
        Assert.True(summary.Failed == 0, test.Output);
        Assert.True(summary.Succeeded >= 5, test.Output);
        // The channel and source skeletons declare only their kind's core capabilities: the rest of the kit is skipped, and says so.
        if (kind != "fulfillment") Assert.True(summary.Skipped > 0, test.Output);
    }

    public void Dispose()
    {
        try { _work.Delete(recursive: true); }
        catch (IOException) { /* a build server may still hold a file; the temp folder goes with the machine */ }
    }
}
