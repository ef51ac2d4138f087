using Microsoft.Extensions.Logging.Abstractions;
using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Connectors.Compliance;

/// <summary>
/// Starts <typeparamref name="TModule"/>'s simulator once per test class (a small data set, fast retries) and builds
/// connection contexts from what the simulator says a connection needs: <see cref="IRunningSimulator.ConnectionSettings"/>,
/// and the same overlaid with <see cref="IRunningSimulator.BadCredentialSettings"/>.
/// </summary>
/// <typeparam name="TModule">The connector's module: its factory and its simulator.</typeparam>
public sealed class ConnectorModuleFixture<TModule> : IAsyncLifetime
    where TModule : ConnectorModule, new()
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private IRunningSimulator? _simulator;

    /// <summary>The connector's module.</summary>
    public ConnectorModule Module { get; } = new TModule();

    /// <summary>The running simulator.</summary>
    public IRunningSimulator Simulator => _simulator ?? throw new InvalidOperationException("The simulator has not started.");

    /// <inheritdoc />
    public async ValueTask InitializeAsync() =>
        _simulator = await Module.Simulator.StartAsync(new SimulatorStart { Small = true, RetryDelays = SimulatorStart.FastRetries }, TestContext.Current.CancellationToken);

    /// <summary>A context whose settings reach the simulator with valid credentials.</summary>
    public ConnectionContext CreateContext() => ContextWith(Simulator.ConnectionSettings);

    /// <summary>The same, with the credentials the simulator refuses.</summary>
    public ConnectionContext CreateContextWithBadCredentials() => ContextWith(Simulator.BadCredentialSettings);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_simulator is not null) await _simulator.DisposeAsync();
        _http.Dispose();
    }

    private ConnectionContext ContextWith(IReadOnlyDictionary<string, string> overlay)
    {
        var settings = new Dictionary<string, string>(Simulator.ConnectionSettings, StringComparer.Ordinal);
        foreach (var (key, value) in overlay) settings[key] = value;
        return new ConnectionContext("compliance", Module.Key + "-compliance", settings, _http, TimeProvider.System, NullLogger.Instance);
    }
}
