using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Shopify;
using Stockbridge.Connectors.Syspro;
using Stockbridge.Engine.Connectors;
using Stockbridge.Engine.Workers;
using Stockbridge.Hosting.Configuration;
using Stockbridge.Hosting.Host;

namespace Stockbridge.Bench.Catalogue;

/// <summary>
/// Builds the real hub (HubHost, embedded SQLite) from the generated config with the SYSPRO and Shopify connectors, as
/// <c>stockbridge demo</c> does. The only additions: a handler on the Shopify connector's HttpClient that counts calls
/// and THROTTLED answers, and, when asked, another per-connection running limit than the engine's default.
/// </summary>
internal static class CatalogueHub
{
    public static async Task<WebApplication> BuildAsync(CatalogueOptions options, string configPath, ShopifyCallMeter meter, CancellationToken cancellationToken)
    {
        IConnectorFactory[] connectors = [new SysproConnectorFactory(), new ShopifyConnectorFactory()];
        var config = new ConfigLoader(connectors, Environment.GetEnvironmentVariable).Load(configPath);
        return await HubHost.BuildAsync(new HubHostSettings
        {
            Config = config,
            Connectors = connectors,
            ConfigureSync = s => s.SchedulerTick = TimeSpan.FromSeconds(1),
            // Warnings and worse only: a job that fails or is dead-lettered still shows.
            ConfigureLogging = logging => logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning),
            ConfigureServices = services =>
            {
                services.AddHttpClient(ConnectorRegistry.HttpClientName("shopify")).AddHttpMessageHandler(() => new ShopifyCallHandler(meter));
                if (options.PerConnection is { } limit) services.PostConfigure<JobEngineOptions>(o => o.MaxRunningPerConnection = limit);
            },
        }, cancellationToken);
    }
}
