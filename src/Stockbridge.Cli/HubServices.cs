using Stockbridge.Connectors.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Stockbridge.Connectors;
using Stockbridge.Engine.DependencyInjection;
using Stockbridge.Storage;
using Stockbridge.Sync.DependencyInjection;

namespace Stockbridge.Cli;

/// <summary>Services for commands that query the store without running the hub.</summary>
internal static class HubServices
{
    /// <summary>A service provider over an open store for read-only commands (queries); no hosted service is started.</summary>
    public static ServiceProvider ForQueries(IStore store)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(store);
        foreach (var factory in ConnectorCatalog.Factories) services.AddSingleton<IConnectorFactory>(factory);
        services.AddStockbridgeEngine();
        services.AddStockbridgeSync();
        return services.BuildServiceProvider();
    }
}
