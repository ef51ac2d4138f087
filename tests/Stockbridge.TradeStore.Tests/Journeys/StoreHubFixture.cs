using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using netDumbster.smtp;
using Stockbridge.Connectors.Catalog;
using Stockbridge.Demo;
using Stockbridge.Hosting.Configuration;
using Stockbridge.Hosting.Host;
using Stockbridge.Storage;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Records;
using Stockbridge.TradeStore.Connector;
using Stockbridge.TradeStore.Mail;

namespace Stockbridge.TradeStore.Tests.Journeys;

/// <summary>
/// One hub per class: the demo's SYSPRO (and Shopify) simulators, the hub in-process with a trade store connection, an SMTP
/// server in-process (netDumbster) for invitations, and Debian's Chromium driven by Playwright. A missing Chromium fails.
/// </summary>
public sealed class StoreHubFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string StoreId = "demo-tradestore";
    private IPlaywright? playwright;
    private WebApplication? app;

    public DemoEnvironment World { get; private set; } = null!;
    public SimpleSmtpServer Smtp { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public IServiceProvider Services => app!.Services;
    public IStore Store => Services.GetRequiredService<IStore>();
    public SysproRows Syspro => new(World.Syspro.DatabasePath);
    public string StoreUrl => new Uri(World.HubUrl, $"store/{DemoIds.Client}/").ToString();

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath)) throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium.");
        var ct = TestContext.Current.CancellationToken;
        World = await DemoEnvironment.StartAsync(new DemoOptions { StockCodes = 12, PullIntervalSeconds = 1 }, ct);
        var smtpPort = FreePort.Next();
        Smtp = SimpleSmtpServer.Start(smtpPort);
        var config = new ConfigLoader(ConnectorCatalog.Factories, _ => null).Load(World.ConfigPath);
        app = await HubHost.BuildAsync(new HubHostSettings
        {
            Config = config, Connectors = ConnectorCatalog.Factories,
            ConfigureSync = s => s.SchedulerTick = TimeSpan.FromMilliseconds(500),
            ConfigureLogging = l => l.SetMinimumLevel(LogLevel.Warning),
            ConfigureServices = s => s.Configure<TradeMailOptions>(o => (o.Host, o.Port) = ("127.0.0.1", smtpPort)),
        }, ct);
        await app.StartAsync(ct);
        await Store.Connections.SaveAsync(new ConnectionRecord
        {
            ClientId = DemoIds.Client, Id = StoreId, ConnectorKey = TradeStoreManifest.Key, Name = "Outdoor Trade Store",
            Settings = new Dictionary<string, string> { [TradeStoreSettings.StoreNameKey] = "Outdoors Trade" },
        }, ct);
        await Eventually.GetAsync(async () => await Store.Records.CountAsync(DemoIds.Client, RecordEntity.Product, ct) >= 12
            && await Store.Records.CountAsync(DemoIds.Client, RecordEntity.Customer, ct) > 3 ? "" : null, "products and customers pulled from SYSPRO", ct);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath, Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context (its own cookies), phone-sized when asked.</summary>
    public async Task<IPage> PageAsync(bool phone = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = StoreUrl, ViewportSize = phone ? new() { Width = 390, Height = 844 } : new() { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button:has-text('Sign in')");
        await page.WaitForSelectorAsync("text=Catalogue");
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (app is not null) { await app.StopAsync(); await app.DisposeAsync(); }
        Smtp?.Stop();
        if (World is not null) await World.DisposeAsync();
    }
}
