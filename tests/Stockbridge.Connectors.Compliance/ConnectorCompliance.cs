using Stockbridge.Connectors.Docs;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Compliance;

/// <summary>
/// Tests every connector must pass. A connector's test project subclasses <see cref="SourceConnectorCompliance{TFixture}"/>
/// or <see cref="ChannelConnectorCompliance{TFixture}"/> in one line with its fixture.
/// </summary>
/// <typeparam name="TFixture">Starts the simulator and builds contexts.</typeparam>
public abstract class ConnectorCompliance<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : class, IConnectorFixture
{
    /// <summary>The fixture.</summary>
    protected TFixture Fixture { get; } = fixture;

    /// <summary>A token bounded in time so a hung simulator fails the test instead of the suite.</summary>
    protected static CancellationToken Timeout(int seconds = 30) =>
        CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken, new CancellationTokenSource(TimeSpan.FromSeconds(seconds)).Token).Token;

    [Fact]
    public void Manifest_is_complete()
    {
        Assert.Empty(ManifestValidator.Problems(Fixture.Factory.Manifest));
    }

    [Fact]
    public void Docs_page_names_every_setting_and_table()
    {
        var manifest = Fixture.Factory.Manifest;
        var page = ConnectorPage.Render(manifest);
        foreach (var setting in manifest.Settings) Assert.Contains(setting.Label, page, StringComparison.Ordinal);
        foreach (var row in manifest.FieldTables.SelectMany(t => t.Rows)) Assert.Contains(row.Stockbridge, page, StringComparison.Ordinal);
    }

    [Fact]
    public void Context_settings_cover_every_required_setting()
    {
        var context = Fixture.CreateContext();
        foreach (var setting in Fixture.Factory.Manifest.Settings.Where(s => s.Required && s.Default is null))
            Assert.True(context.Settings.ContainsKey(setting.Key), $"the fixture's context lacks required setting '{setting.Key}'");
    }

    [Fact]
    public async Task TestConnection_against_simulator_passes()
    {
        var connector = Fixture.Factory.Create(Fixture.CreateContext());
        var result = await connector.TestConnectionAsync(Timeout());
        Assert.True(result.Ok, string.Join("; ", result.Checks.Select(c => $"{c.Name}: {c.Detail}")));
    }

    [Fact]
    public async Task TestConnection_with_bad_credentials_fails_and_says_why()
    {
        var connector = Fixture.Factory.Create(Fixture.CreateContextWithBadCredentials());
        var result = await connector.TestConnectionAsync(Timeout());
        Assert.False(result.Ok);
        var failed = result.Checks.Where(c => !c.Ok).ToList();
        Assert.NotEmpty(failed);
        Assert.All(failed, c => Assert.False(string.IsNullOrWhiteSpace(c.Detail)));
        var secrets = Fixture.Factory.Manifest.Settings.Where(s => s.Type == SettingType.Secret).Select(s => s.Key);
        var context = Fixture.CreateContextWithBadCredentials();
        foreach (var key in secrets)
        {
            if (context.Settings.TryGetValue(key, out var secret) && secret.Length >= 6)
                Assert.All(result.Checks, c => Assert.DoesNotContain(secret, c.Detail, StringComparison.Ordinal));
        }
    }
}
