using Stockbridge.Connectors.Docs;
using Stockbridge.Connectors.Manifest;
using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Connectors.Compliance;

/// <summary>
/// Tests every connector must pass, run against its own simulator (<see cref="ConnectorModule.Simulator"/>). A connector's test
/// project subclasses <see cref="SourceConnectorCompliance{TModule}"/>, <see cref="ChannelConnectorCompliance{TModule}"/> or
/// <see cref="FulfillmentConnectorCompliance{TModule}"/> in one line, e.g.
/// <c>public sealed class AcmeComplianceTests : ChannelConnectorCompliance&lt;AcmeModule&gt;;</c>. A capability the connector
/// does not declare is reported skipped, naming it; a manifest and a connector that disagree about one fail.
/// </summary>
/// <typeparam name="TModule">The connector's module.</typeparam>
public abstract class ConnectorCompliance<TModule> : IClassFixture<ConnectorModuleFixture<TModule>>, IAsyncLifetime
    where TModule : ConnectorModule, new()
{
    private readonly List<IConnector> _connectors = [];
    private CancellationTokenSource? _timeout;
    private ConnectorModuleFixture<TModule>? _fixture;

    /// <summary>The simulator and the contexts that reach it (one per test class).</summary>
    protected ConnectorModuleFixture<TModule> Fixture => _fixture ?? throw new InvalidOperationException("The test has not been initialised.");

    /// <summary>The connector's module.</summary>
    protected ConnectorModule Module => Fixture.Module;

    /// <summary>The connector's manifest.</summary>
    protected ConnectorManifest Manifest => Module.Factory.Manifest;

    /// <summary>Takes the class's fixture: the subclass's one-line declaration has no constructor to be handed it.</summary>
    public async ValueTask InitializeAsync() =>
        _fixture = await TestContext.Current.GetFixture<ConnectorModuleFixture<TModule>>()
            ?? throw new InvalidOperationException($"No {nameof(ConnectorModuleFixture<TModule>)} is attached to the test class.");

    /// <summary>Cancelled when the test is, or after a minute, so a hung simulator fails one test instead of the run.</summary>
    protected CancellationToken Timeout
    {
        get
        {
            if (_timeout is null)
            {
                _timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
                _timeout.CancelAfter(TimeSpan.FromMinutes(1));
            }
            return _timeout.Token;
        }
    }

    /// <summary>A connector bound to the simulator with valid credentials; disposed after the test.</summary>
    protected IConnector Connect() => Track(Module.Factory.Create(Fixture.CreateContext()));

    /// <summary>
    /// The connector as <typeparamref name="T"/>, when it has every one of <paramref name="capabilities"/>. The test is
    /// skipped, naming the capability, when it lacks one; it fails when the manifest and the connector disagree about one.
    /// </summary>
    protected T Require<T>(params ComplianceCapability[] capabilities) where T : class
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        var connector = Connect();
        foreach (var capability in capabilities)
        {
            if (capability.Disagreement(Manifest, connector) is { } disagreement) Assert.Fail(disagreement);
            if (!capability.IsDeclared(Manifest, connector)) Assert.Skip($"{Module.Key} does not declare {capability.Name}");
        }
        return connector as T ?? throw new Xunit.Sdk.XunitException($"{Module.Key}'s {connector.GetType().Name} does not implement {typeof(T).Name}");
    }

    /// <summary>The simulator as the probe <typeparamref name="TProbe"/> the test reads effects back through; fails when it is not one.</summary>
    protected TProbe Probe<TProbe>() where TProbe : class, IRunningSimulator =>
        Fixture.Simulator as TProbe
        ?? throw new Xunit.Sdk.XunitException($"{Module.Key}'s simulator ({Fixture.Simulator.GetType().Name}) does not implement {typeof(TProbe).Name}");

    [Fact]
    public void Manifest_is_complete()
    {
        Assert.Empty(ManifestValidator.Problems(Manifest));
    }

    [Fact]
    public void Getting_started_page_is_the_one_the_manifest_renders() => ConnectorPageDrift.Check(Manifest);

    [Fact]
    public void Docs_page_names_every_setting_and_table()
    {
        var page = ConnectorPage.Render(Manifest);
        foreach (var setting in Manifest.Settings) Assert.Contains(setting.Label, page, StringComparison.Ordinal);
        foreach (var row in Manifest.FieldTables.SelectMany(t => t.Rows)) Assert.Contains(row.Stockbridge, page, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulator_is_registered_under_the_connector_key_and_names_its_flags()
    {
        Assert.Equal(Manifest.Key, Module.Simulator.Key);
        Assert.False(string.IsNullOrWhiteSpace(Module.Simulator.Summary));
        Assert.All(Module.Simulator.Flags, f => Assert.StartsWith("--", f.Name, StringComparison.Ordinal));
        Assert.Equal(Module.Simulator.Flags.Count, Module.Simulator.Flags.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Simulator_settings_cover_every_required_setting()
    {
        var settings = Fixture.Simulator.ConnectionSettings;
        foreach (var setting in Manifest.Settings.Where(s => s.Required && s.Default is null))
            Assert.True(settings.ContainsKey(setting.Key), $"the simulator's connection settings lack required setting '{setting.Key}'");
        foreach (var key in Fixture.Simulator.BadCredentialSettings.Keys)
            Assert.True(Manifest.FindSetting(key) is not null, $"the simulator's bad credentials name '{key}', which is not a setting of {Manifest.Key}");
        Assert.NotEmpty(Fixture.Simulator.Banner);
    }

    [Fact]
    public void Declared_capabilities_match_what_the_connector_and_its_simulator_implement()
    {
        var connector = Connect();
        var problems = ComplianceCapabilities.All.Select(c => c.Disagreement(Manifest, connector)).OfType<string>().ToList();
        var simulator = Fixture.Simulator;
        if (Manifest.Kind.HasFlag(ConnectorKind.Source) && simulator is not ISourceSimulator)
            problems.Add($"{Manifest.Key} is a source but its simulator is not an {nameof(ISourceSimulator)}");
        if (Manifest.Kind.HasFlag(ConnectorKind.Channel) && simulator is not IChannelSimulator)
            problems.Add($"{Manifest.Key} is a channel but its simulator is not an {nameof(IChannelSimulator)}");
        if (Manifest.Kind.HasFlag(ConnectorKind.Fulfillment) && simulator is not IFulfillmentSimulator)
            problems.Add($"{Manifest.Key} is a fulfilment service but its simulator is not an {nameof(IFulfillmentSimulator)}");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task TestConnection_against_simulator_passes()
    {
        var result = await Connect().TestConnectionAsync(Timeout);
        Assert.True(result.Ok, string.Join("; ", result.Checks.Select(c => $"{c.Name}: {c.Detail}")));
    }

    [Fact]
    public async Task TestConnection_with_bad_credentials_fails_and_says_why_without_the_secret()
    {
        var context = Fixture.CreateContextWithBadCredentials();
        var result = await Track(Module.Factory.Create(context)).TestConnectionAsync(Timeout);
        Assert.False(result.Ok);
        var failed = result.Checks.Where(c => !c.Ok).ToList();
        Assert.NotEmpty(failed);
        Assert.All(failed, c => Assert.False(string.IsNullOrWhiteSpace(c.Detail)));
        var secrets = Manifest.Settings.Where(s => s.Type == SettingType.Secret)
            .Select(s => context.Settings.GetValueOrDefault(s.Key)).OfType<string>().Where(secret => secret.Length >= 6);
        foreach (var secret in secrets)
            Assert.All(result.Checks, c => Assert.DoesNotContain(secret, c.Detail, StringComparison.Ordinal));
    }

    /// <summary>Disposes the connectors the test made and its timeout.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var connector in _connectors)
        {
            if (connector is IAsyncDisposable asyncDisposable) await asyncDisposable.DisposeAsync();
            else if (connector is IDisposable disposable) disposable.Dispose();
        }
        _timeout?.Dispose();
        GC.SuppressFinalize(this);
    }

    private IConnector Track(IConnector connector)
    {
        _connectors.Add(connector);
        return connector;
    }
}
