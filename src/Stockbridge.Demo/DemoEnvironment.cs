using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Syspro.Simulator.Hosting;

namespace Stockbridge.Demo;

/// <summary>
/// The demo's outside world: a SYSPRO simulator with a seeded company, a Shopify simulator whose orders/create webhooks
/// go to the hub, and a hub config file pointing at both. The hub itself is started by the caller (in-process for the
/// demo, as a separate process for the chaos test) from <see cref="ConfigPath"/>.
/// </summary>
public sealed class DemoEnvironment : IAsyncDisposable
{
    private DemoEnvironment(string workDirectory, Uri hubUrl, RunningSysproSimulator syspro, ShopifySimulatorHost shop, string configPath)
    {
        WorkDirectory = workDirectory;
        HubUrl = hubUrl;
        Syspro = syspro;
        Shop = shop;
        ConfigPath = configPath;
    }

    /// <summary>Where the hub's store, the company database and the config file are.</summary>
    public string WorkDirectory { get; }
    /// <summary>The URL the hub listens on.</summary>
    public Uri HubUrl { get; }
    /// <summary>The SYSPRO simulator.</summary>
    public RunningSysproSimulator Syspro { get; }
    /// <summary>The Shopify simulator.</summary>
    public ShopifySimulatorHost Shop { get; }
    /// <summary>The hub config file.</summary>
    public string ConfigPath { get; }
    /// <summary>The hub's store file.</summary>
    public string StorePath => Path.Combine(WorkDirectory, "hub.db");
    /// <summary>The operator key the hub's key ring is sealed with (generated beside the config file), for tools that open the store.</summary>
    public Stockbridge.Storage.Security.OperatorKeys MasterKeys =>
        Stockbridge.Storage.Security.OperatorKeys.Resolve(Path.Combine(WorkDirectory, Stockbridge.Hosting.Configuration.LocalSimulatorHosting.MasterKeyFileName), _ => null)!;

    /// <summary>Starts both simulators and writes the config file.</summary>
    public static async Task<DemoEnvironment> StartAsync(DemoOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var work = options.WorkDirectory ?? Directory.CreateTempSubdirectory("stockbridge-demo-").FullName;
        Directory.CreateDirectory(work);
        var hubUrl = new Uri($"http://127.0.0.1:{(options.HubPort == 0 ? FreePort.Next() : options.HubPort)}/");
        var syspro = await SysproSimulator.StartAsync(new SysproSimulatorOptions
        {
            StockCodes = options.StockCodes,
            DatabasePath = Path.Combine(work, "syspro-company.db"),
            ReuseExistingDatabase = false,
        }, cancellationToken);
        var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions { Plan = options.Plan, WebhookRetryDelays = options.WebhookRetryDelays }, cancellationToken);
        await shop.SubscribeAsync("orders/create", new Uri(hubUrl, $"webhooks/{DemoIds.Shopify}"), cancellationToken);
        var config = DemoConfigWriter.Write(work, hubUrl, syspro, shop, options);
        return new DemoEnvironment(work, hubUrl, syspro, shop, config);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Shop.DisposeAsync();
        await Syspro.DisposeAsync();
    }
}
