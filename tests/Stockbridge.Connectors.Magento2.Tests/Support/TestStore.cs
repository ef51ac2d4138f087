using System.Collections.Immutable;
using Microsoft.Extensions.Logging.Abstractions;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Magento2.Simulator.Hosting;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.Magento2.Tests.Support;

/// <summary>A simulated store for one test, and connectors to it with the settings a test overrides.</summary>
public sealed class TestStore : IAsyncDisposable
{
    private TestStore(Magento2RunningSimulator simulator) => Simulator = simulator;

    /// <summary>The running simulator.</summary>
    public Magento2RunningSimulator Simulator { get; }

    /// <summary>A plain HTTP client for the simulator's controls and raw calls.</summary>
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>Starts a store.</summary>
    public static async Task<TestStore> StartAsync(Magento2SimulatorOptions? options = null) =>
        new(await Magento2Simulator.StartAsync(options ?? new Magento2SimulatorOptions(), TestContext.Current.CancellationToken));

    /// <summary>A connector with the simulator's settings, overridden by <paramref name="overrides"/>.</summary>
    public Magento2Connector Connect(IReadOnlyDictionary<string, string>? overrides = null, TimeProvider? time = null)
    {
        var settings = new Dictionary<string, string>(Simulator.ConnectionSettings, StringComparer.Ordinal);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>()) settings[key] = value;
        return new Magento2Connector(new ConnectionContext("test", "magento2-test", settings, Http, time ?? TimeProvider.System, NullLogger.Instance));
    }

    /// <summary>Settings for an admin token (the simulator's admin user).</summary>
    public Dictionary<string, string> AdminSettings() => new(StringComparer.Ordinal)
    {
        ["auth_method"] = "admin_token",
        ["admin_username"] = Simulator.Shop.Options.AdminUser,
        ["admin_password"] = Simulator.Shop.Options.AdminPassword,
    };

    /// <summary>A product varying on Size, one variant per SKU, priced 100, 101… (null: no price at all).</summary>
    public static ProductPush Configurable(string code, decimal?[] prices, params string[] skus) => new(new Product
    {
        SourceProductCode = code,
        Title = "Trail shoe " + code,
        Options = ["Size"],
        Variants = [.. skus.Select((sku, i) => new Variant
        {
            SourceVariantCode = sku, Sku = sku, Option1 = "S" + (i + 7), Price = prices[i], Qty = 10,
            PriceTiers = prices[i] is { } p ? ImmutableSortedDictionary<string, decimal>.Empty.Add("A", p).Add("B", p - 5) : ImmutableSortedDictionary<string, decimal>.Empty,
        })],
    }, ChannelProductStatus.Active, null);

    /// <summary>A product with one SKU and no options (a simple product), or no price when <paramref name="price"/> is null.</summary>
    public static ProductPush Simple(string sku, decimal? price, decimal qty = 10) => new(new Product
    {
        SourceProductCode = sku,
        Title = "Camp mug " + sku,
        Variants = [new Variant { SourceVariantCode = sku, Sku = sku, Price = price, Qty = qty }],
    }, ChannelProductStatus.Active, null);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Simulator.DisposeAsync();
    }
}
