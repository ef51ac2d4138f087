using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Stockbridge.Engine.DependencyInjection;
using Stockbridge.Engine.Testing;
using Stockbridge.Storage;
using Stockbridge.Storage.Sqlite;

namespace Stockbridge.Engine.CrashWorker;

/// <summary>Runs the real hosted job engine with the <see cref="EffectHandler"/> until it is killed.</summary>
internal static class JobsMode
{
    public static async Task<int> RunAsync(string databasePath, string effectsPath)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        var store = await SqliteStore.OpenMigratedAsync(new SqliteStoreOptions { Path = databasePath }, TimeProvider.System, CancellationToken.None);
        builder.Services.AddSingleton<IStore>(store);
        builder.Services.AddSingleton(new EffectLedger(effectsPath));
        builder.Services.AddStockbridgeEngine(o =>
        {
            o.WorkerId = $"crash-{Environment.ProcessId}";
            o.Slots = 8;
            o.MaxRunningPerConnection = 0;
            o.Lease = TimeSpan.FromSeconds(1);
            o.MaxIdleWait = TimeSpan.FromMilliseconds(100);
        });
        builder.Services.AddJobHandler<EffectHandler>();
        await builder.Build().RunAsync();
        return 0;
    }
}
