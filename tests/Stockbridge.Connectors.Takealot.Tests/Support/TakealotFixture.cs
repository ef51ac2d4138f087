using System.Net.Http.Headers;
using Microsoft.Extensions.Logging.Abstractions;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Connectors.Takealot.Simulator.Hosting;

namespace Stockbridge.Connectors.Takealot.Tests.Support;

/// <summary>One Takealot simulator per test class, with fast webhook retries, and connectors and raw clients for it.</summary>
public sealed class TakealotFixture : IAsyncLifetime
{
    private TakealotSimulator? _simulator;

    /// <summary>The running simulator.</summary>
    public TakealotSimulator Simulator => _simulator ?? throw new InvalidOperationException("not started");

    /// <summary>An HTTP client for the simulator's API and its /_sim routes.</summary>
    public HttpClient Http { get; } = new();

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        _simulator = (TakealotSimulator)await new TakealotSimulatorDescriptor().StartAsync(
            new SimulatorStart { RetryDelays = [TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(20)] },
            TestContext.Current.CancellationToken);
        Http.BaseAddress = _simulator.BaseUrl;
    }

    /// <summary>A connector on the simulator's connection settings, with <paramref name="extra"/> settings over them.</summary>
    public TakealotConnector Connector(IReadOnlyDictionary<string, string>? extra = null)
    {
        var settings = new Dictionary<string, string>(Simulator.ConnectionSettings);
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) settings[key] = value;
        var context = new ConnectionContext("client", "takealot-1", settings, new HttpClient(), TimeProvider.System, NullLogger.Instance);
        return (TakealotConnector)new TakealotConnectorFactory().Create(context);
    }

    /// <summary>A v2 request with the API key.</summary>
    public HttpRequestMessage V2(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Key", Simulator.Keys.Current);
        return request;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (_simulator is not null) await _simulator.DisposeAsync();
    }
}
