using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Stockbridge.Engine.DependencyInjection;
using Stockbridge.Engine.Testing;
using Stockbridge.Storage;
using Stockbridge.Storage.Sqlite;
using Stockbridge.Web.Webhooks;

namespace Stockbridge.Engine.CrashWorker;

/// <summary>Hosts the webhook intake on 127.0.0.1 (a free port, written to a file once listening) until killed.</summary>
internal static class IntakeMode
{
    public static async Task<int> RunAsync(string databasePath, string portFile)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var store = await SqliteStore.OpenMigratedAsync(new SqliteStoreOptions { Path = databasePath }, TimeProvider.System, CancellationToken.None);
        builder.Services.AddSingleton<IStore>(store);
        builder.Services.AddStockbridgeEngine(o => o.RunWorkers = false);
        builder.Services.AddConnector<HmacTestConnectorFactory>();
        builder.Services.AddWebhookIntake();
        var app = builder.Build();
        app.MapWebhookIntake();
        await app.StartAsync();
        var address = app.Urls.First();
        await File.WriteAllTextAsync(portFile + ".tmp", new Uri(address).Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        File.Move(portFile + ".tmp", portFile, overwrite: true);
        await app.WaitForShutdownAsync();
        return 0;
    }
}
