using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Stockbridge.Engine.DependencyInjection;
using Stockbridge.Engine.Testing;
using Stockbridge.Storage;
using Stockbridge.Web.Webhooks;

namespace Stockbridge.Web.Tests.Support;

/// <summary>The webhook intake on real Kestrel (127.0.0.1, a free port) over a real SQLite store.</summary>
internal sealed class IntakeHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private IntakeHost(WebApplication app, TestStore store, HttpClient client) => (this.app, Store, Client) = (app, store, client);

    public TestStore Store { get; }
    public HttpClient Client { get; }
    public IStore Hub => Store.Store;

    public static async Task<IntakeHost> StartAsync(bool runWorkers = false, int maxBodyBytes = 4096, Action<IServiceCollection>? services = null)
    {
        var store = await TestStore.CreateAsync(TimeProvider.System);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<IStore>(store.Store);
        builder.Services.AddStockbridgeEngine(o =>
        {
            o.RunWorkers = runWorkers;
            o.MaxIdleWait = TimeSpan.FromMilliseconds(100);
        });
        builder.Services.AddConnector<HmacTestConnectorFactory>().AddConnector<PlainTestConnectorFactory>();
        builder.Services.AddWebhookIntake(o =>
        {
            o.MaxBodyBytes = maxBodyBytes;
            o.ConnectionCacheTtl = TimeSpan.Zero;
        });
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapWebhookIntake();
        await app.StartAsync(TestContext.Current.CancellationToken);
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        return new IntakeHost(app, store, client);
    }

    public Task<HttpResponseMessage> PostAsync(string connectionId, byte[] body, string deliveryId, string secret = TestStore.Secret) =>
        Client.SendAsync(HmacSigner.Request(connectionId, secret, body, deliveryId));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync(TestContext.Current.CancellationToken);
        await app.DisposeAsync();
        await Store.DisposeAsync();
    }
}
