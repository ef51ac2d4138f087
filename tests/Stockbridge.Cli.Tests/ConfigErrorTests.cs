namespace Stockbridge.Cli.Tests;

public sealed class ConfigErrorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sb-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Run_with_malformed_config_exits_non_zero_naming_file_and_line()
    {
        File.WriteAllText(Path.Combine(_dir, "bad.json"), "{\n  \"clients\": [\n    { \"id\": \"acme\" \n  ]\n}");
        var result = await CliProcess.RunAsync(_dir, "run", "--config", "bad.json");
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("bad.json:4:");
        File.Exists(Path.Combine(_dir, "stockbridge.db")).ShouldBeFalse("a bad config must change nothing");
    }

    [Fact]
    public async Task Run_with_unknown_connector_names_the_field_and_the_known_ones()
    {
        File.WriteAllText(Path.Combine(_dir, "bad.json"), """
            {
              "clients": [
                { "id": "acme", "connections": [ { "id": "erp", "connector": "sap-r3" } ] }
              ]
            }
            """);
        var result = await CliProcess.RunAsync(_dir, "run", "--config", "bad.json");
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("bad.json:3: $.clients[0].connections[0].connector: unknown connector 'sap-r3'");
    }

    [Fact]
    public async Task Run_without_config_says_how_to_give_one()
    {
        var result = await CliProcess.RunAsync(_dir, "run");
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--config");
    }

    [Fact]
    public async Task Migrate_twice_is_idempotent()
    {
        var first = await CliProcess.RunAsync(_dir, "migrate", "--store", "hub.db");
        var second = await CliProcess.RunAsync(_dir, "migrate", "--store", "hub.db");
        first.ExitCode.ShouldBe(0, first.Error);
        second.ExitCode.ShouldBe(0, second.Error);
        second.Out.ShouldContain("up to date");
        first.Out.ShouldContain("schema version");
    }

    [Fact]
    public async Task Opening_a_store_without_an_operator_key_is_refused_with_what_to_set()
    {
        var result = await CliProcess.RunAsync(CliProcess.StartInfo(_dir, masterKey: null, "migrate", "--store", "hub.db"));
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("STOCKBRIDGE_MASTER_KEY");
        File.Exists(Path.Combine(_dir, "hub.db")).ShouldBeFalse();
    }

    [Fact]
    public async Task Connectors_docs_for_unknown_key_fails_with_known_keys()
    {
        var result = await CliProcess.RunAsync(_dir, "connectors", "docs", "nope");
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("unknown connector 'nope'");
    }
}
