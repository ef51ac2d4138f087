using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Stockbridge.Connectors;
using Stockbridge.Engine.DependencyInjection;
using Stockbridge.Storage;
using Stockbridge.Storage.Sqlite;
using Stockbridge.Sync.Connections;
using Stockbridge.Sync.Queries;
using Stockbridge.Web.DependencyInjection;

namespace Stockbridge.Web.Testing;

/// <summary>
/// The hub's web surface wired exactly as <c>HubHost</c> wires it (slim builder, engine, connectors,
/// <c>AddStockbridgeWeb</c>, <c>MapStockbridge</c>), on Kestrel at 127.0.0.1 with a free port, over a real SQLite file.
/// Workers do not run, so job states stay where the tests put them.
/// </summary>
public sealed class WebTestHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string directory;

    private WebTestHost(WebApplication app, IStore store, string directory, CollectingLoggerProvider logs)
    {
        (this.app, Store, this.directory, Logs) = (app, store, directory, logs);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
    }

    public Uri BaseAddress { get; }
    public IStore Store { get; }
    public CollectingLoggerProvider Logs { get; }

    /// <summary>Starts the host; <paramref name="extraConnectors"/> are registered beside the two test connectors.</summary>
    public static async Task<WebTestHost> StartAsync(
        IDictionary<string, string?>? settings = null, CancellationToken cancellationToken = default, IReadOnlyList<IConnectorFactory>? extraConnectors = null)
    {
        var directory = Directory.CreateTempSubdirectory("stockbridge-web-").FullName;
        var time = TimeProvider.System;
        var store = await SqliteStore.OpenMigratedAsync(new SqliteStoreOptions { Path = Path.Combine(directory, "hub.db") }, time, cancellationToken);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        var logs = new CollectingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);

        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton<IStore>(store);
        // As the hub does: cookies and antiforgery tokens use the store's key ring (this host's own folder), not the
        // machine-wide default folder that every test host would share.
        store.KeyRing.Configure(builder.Services.AddDataProtection());
        builder.Services.AddStockbridgeEngine(o => o.RunWorkers = false);
        builder.Services.AddSingleton<IConnectorFactory>(new TestErpConnectorFactory());
        builder.Services.AddSingleton<IConnectorFactory>(new TestShopConnectorFactory());
        foreach (var connector in extraConnectors ?? []) builder.Services.AddSingleton(connector);
        builder.Services.AddStockbridgeWeb();
        // The sync pipeline's read side only (its drift report); its scheduler and handlers would change job states under the tests.
        builder.Services.AddSingleton<SyncConnections>();
        builder.Services.AddSingleton<DriftReportQuery>();

        var app = builder.Build();
        app.MapStockbridge();
        await app.StartAsync(cancellationToken);
        return new WebTestHost(app, store, directory, logs);
    }

    /// <summary>An HTTP client for the host (no cookies, no redirects followed).</summary>
    public HttpClient CreateClient(string? bearerToken = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };
        if (bearerToken is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", bearerToken);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await Store.DisposeAsync();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean; no result depends on it.
        }
    }
}
