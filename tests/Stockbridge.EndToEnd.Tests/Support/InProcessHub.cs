using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Catalog;
using Stockbridge.Demo;
using Stockbridge.Hosting.Configuration;
using Stockbridge.Hosting.Host;
using Stockbridge.Storage;

namespace Stockbridge.EndToEnd.Tests.Support;

/// <summary>The demo world with the hub running in the test process (for flows that need no process kills).</summary>
internal sealed class InProcessHub : IAsyncDisposable
{
    /// <summary>Every connector in the catalogue, as the CLI's hub has them, so a test can choose any source and channel.</summary>
    private static readonly IReadOnlyList<IConnectorFactory> Connectors = ConnectorCatalog.Factories;
    private readonly WebApplication _app;

    private InProcessHub(DemoEnvironment world, WebApplication app)
    {
        World = world;
        _app = app;
    }

    public DemoEnvironment World { get; }
    public IStore Store => _app.Services.GetRequiredService<IStore>();
    public IServiceProvider Services => _app.Services;

    public static async Task<InProcessHub> StartAsync(DemoOptions options, CancellationToken ct)
    {
        var world = await DemoEnvironment.StartAsync(options, ct);
        var config = new ConfigLoader(Connectors, _ => null).Load(world.ConfigPath);
        var app = await HubHost.BuildAsync(new HubHostSettings
        {
            Config = config,
            Connectors = Connectors,
            ConfigureSync = s => s.SchedulerTick = TimeSpan.FromMilliseconds(500),
            ConfigureLogging = l => l.SetMinimumLevel(LogLevel.Warning),
        }, ct);
        await app.StartAsync(ct);
        return new InProcessHub(world, app);
    }

    /// <summary>Replaces a connection's rules; the next job reads them.</summary>
    public async Task SetRulesAsync(string connectionId, string rulesJson, CancellationToken ct)
    {
        var connection = (await Store.Connections.GetAsync(DemoIds.Client, connectionId, ct))!;
        await Store.Connections.SaveAsync(connection with { RulesJson = rulesJson }, ct);
    }

    /// <summary>Enables or disables a connection, as the API, console and CLI do (they all save it through the store).</summary>
    public async Task SetEnabledAsync(string connectionId, bool enabled, CancellationToken ct)
    {
        var connection = (await Store.Connections.GetAsync(DemoIds.Client, connectionId, ct))!;
        await Store.Connections.SaveAsync(connection with { Enabled = enabled }, ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await World.DisposeAsync();
    }
}
