using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Stockbridge.Engine.DependencyInjection;
using Stockbridge.Engine.Jobs;
using Stockbridge.Engine.Testing;
using Stockbridge.Engine.Workers;
using Stockbridge.Storage;

namespace Stockbridge.Engine.Tests.Support;

/// <summary>A generic host running the real hosted <see cref="JobEngine"/> on the system clock over a test store.</summary>
internal static class EngineHost
{
    public static IHost Build(TestStore store, Action<JobEngineOptions> configure, params IJobHandler[] handlers)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IStore>(store.Store);
        builder.Services.AddStockbridgeEngine(configure);
        builder.Services.AddConnector<HmacTestConnectorFactory>();
        foreach (var handler in handlers) builder.Services.AddSingleton<IJobHandler>(handler);
        return builder.Build();
    }
}
