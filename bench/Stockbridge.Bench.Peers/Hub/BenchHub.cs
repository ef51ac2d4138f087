using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Stockbridge.Bench.Peers.Sink;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Shopify;
using Stockbridge.Engine.Workers;
using Stockbridge.Hosting.Configuration;
using Stockbridge.Hosting.Host;
using Stockbridge.Web.Webhooks;

namespace Stockbridge.Bench.Peers.Hub;

/// <summary>
/// Builds the real hub (HubHost) from the generated config, with the Shopify and ERP sink connectors. Logging is cut to
/// Critical: every order's order.mark-raised fails for good by design here (see BenchConfigWriter) and would log an error each.
/// </summary>
internal static class BenchHub
{
    public static async Task<WebApplication> BuildAsync(BenchArguments args, ErpSinkConnectorFactory sink, CancellationToken cancellationToken)
    {
        IConnectorFactory[] connectors = [new ShopifyConnectorFactory(), sink];
        var config = new ConfigLoader(connectors, Environment.GetEnvironmentVariable).Load(BenchConfigWriter.Write(args));
        return await HubHost.BuildAsync(new HubHostSettings
        {
            Config = config,
            Connectors = connectors,
            ConfigureLogging = logging => logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Critical),
            ConfigureServices = services =>
            {
                services.PostConfigure<JobEngineOptions>(o => o.MaxRunningPerConnection = args.PerConnection);
                services.PostConfigure<WebhookIntakeOptions>(o => o.MaxBatch = args.MaxBatch);
            },
        }, cancellationToken);
    }
}
