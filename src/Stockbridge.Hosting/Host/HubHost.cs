using Stockbridge.TradeStore.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Stockbridge.Connectors;
using Stockbridge.Engine.DependencyInjection;
using Stockbridge.Engine.HostAccess;
using Stockbridge.Hosting.Configuration;
using Stockbridge.Hosting.Stores;
using Stockbridge.Storage;
using Stockbridge.Storage.Security;
using Stockbridge.Sync.DependencyInjection;
using Stockbridge.Web.DependencyInjection;

namespace Stockbridge.Hosting.Host;

/// <summary>
/// Builds the hub process from a config file: the store (migrated), the job engine, the web surface and the
/// connectors. Shared by <c>stockbridge run</c>, <c>stockbridge demo</c> and the end-to-end tests.
/// </summary>
public static class HubHost
{
    /// <summary>Builds the hub; the caller runs it. Clients and connections of the config are saved to the store first.</summary>
    public static async Task<WebApplication> BuildAsync(HubHostSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var config = settings.Config;
        // The hub's settings come from its own config file, not appsettings.json; the host's default watch of the content
        // root (the working directory, recursively) would wake on every write to a store file beneath it.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        builder.WebHost.UseUrls(settings.ListenOverride ?? config.Config.Listen);
        var store = await StoreOpener.OpenAsync(config.StoreLocation, settings.MasterKeys ?? StoreOpener.MasterKeysFor(config), settings.Time, cancellationToken);
        await ConfigSeeder.ApplyAsync(store, config, settings.Time, cancellationToken);

        // Every outbound call at Information would drown what matters; failures still show at Warning.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", Microsoft.Extensions.Logging.LogLevel.Warning);
        settings.ConfigureLogging?.Invoke(builder.Logging);
        builder.Services.AddSingleton(settings.Time);
        builder.Services.AddSingleton<IStore>(store);
        // Console cookies and antiforgery tokens are protected with the store's key ring (not the profile's default folder).
        if (store is IKeyRingHost keyRing) keyRing.KeyRing.Configure(builder.Services.AddDataProtection());
        builder.Services.AddStockbridgeEngine(o => o.Slots = config.Config.Workers);
        builder.Services.Configure<HostAccessOptions>(o => o.Allow(config.HostAccess));
        foreach (var factory in settings.Connectors) builder.Services.AddSingleton<IConnectorFactory>(factory);
        builder.Services.AddStockbridgeSync(settings.ConfigureSync);
        builder.Services.AddStockbridgeWeb();
        builder.Services.AddStockbridgeTradeStore();
        settings.ConfigureServices?.Invoke(builder.Services);

        var app = builder.Build();
        if (store is IKeyRingHost { KeyRing.Notice: { } notice }) app.Logger.LogWarning("{KeyRingNotice}", notice);
        app.MapGet("/healthz", () => Microsoft.AspNetCore.Http.Results.Ok(new { status = "ok", store = store.Engine }));
        app.MapStockbridge();
        app.MapStockbridgeTradeStore();
        return app;
    }
}
