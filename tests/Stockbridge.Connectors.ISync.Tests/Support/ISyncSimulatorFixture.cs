using Microsoft.Extensions.Logging;
using Stockbridge.Connectors.ISync.Simulator.Hosting;

namespace Stockbridge.Connectors.ISync.Tests.Support;

/// <summary>An iSync simulator on a free port (60 JobProductIDs), one per test class; connectors bound to it with a listening logger.</summary>
public sealed class ISyncSimulatorFixture : IAsyncLifetime
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(20) };

    public RunningISyncSimulator Simulator { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        Simulator = await ISyncSimulatorHost.StartAsync(new ISyncSimulatorOptions { Products = 60 }, TestContext.Current.CancellationToken);

    /// <summary>A connector on the simulator's settings, some replaced; its log goes to <paramref name="logger"/>.</summary>
    public ISyncConnector Connect(IReadOnlyDictionary<string, string>? overrides = null, ILogger? logger = null, HttpMessageHandler? handler = null)
    {
        var settings = new Dictionary<string, string>(Simulator.ConnectionSettings);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>()) settings[key] = value;
        var http = handler is null ? _http : new HttpClient(handler, disposeHandler: false) { Timeout = TimeSpan.FromSeconds(20) };
        var context = new ConnectionContext("client-1", "isync-1", settings, http, TimeProvider.System, logger ?? new ListLogger());
        return (ISyncConnector)new ISyncConnectorFactory().Create(context);
    }

    public async ValueTask DisposeAsync()
    {
        if (Simulator is not null) await Simulator.DisposeAsync();
        _http.Dispose();
    }
}
