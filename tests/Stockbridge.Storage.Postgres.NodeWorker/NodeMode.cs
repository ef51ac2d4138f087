using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Stockbridge.Engine.DependencyInjection;
using Stockbridge.Engine.Jobs;

namespace Stockbridge.Storage.Postgres.NodeWorker;

/// <summary>Runs one hub node: the real hosted job engine with the effect handler, plus the scheduled pull, until killed.</summary>
internal static class NodeMode
{
    public static async Task<int> RunAsync(string location, string name, NodeOptions options)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        var store = await NodeStore.OpenMigratedAsync(location);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(options);
        if (NodeStore.IsPostgres(location))
        {
            if (options.Effects) builder.Services.AddSingleton(new EffectLedger(location, name));
            if (options.Pull)
            {
                builder.Services.AddHostedService(sp => new ScheduledPull(store, location, name, TimeProvider.System));
            }
        }
        builder.Services.AddSingleton<IJobHandler>(sp => new EffectHandler(options, sp.GetService<EffectLedger>()));
        builder.Services.AddStockbridgeEngine(o =>
        {
            o.WorkerId = name;
            o.Slots = options.Slots;
            o.MaxRunningPerConnection = 0;
            o.Lease = TimeSpan.FromSeconds(2);
            o.MaxIdleWait = TimeSpan.FromMilliseconds(100);
        });
        var host = builder.Build();
        await host.StartAsync();
        Console.WriteLine($"ready {name}");
        await host.WaitForShutdownAsync();
        return 0;
    }
}
