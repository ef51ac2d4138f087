using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;

namespace Stockbridge.Connectors.Shopify.Tests.Connector;

/// <summary>The connector notices when Shopify serves another API version than the one pinned (X-Shopify-API-Version).</summary>
public sealed class ServedVersionTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(20) };

    [Fact]
    public async Task RetiredPinnedVersion_IsWarnedOnce_NamingBothVersions()
    {
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        var logger = new CollectingLogger();
        var connector = Connector(shop, "2024-07", logger);

        await connector.ReadSnapshotsAsync(["NONE-1"], TestContext.Current.CancellationToken);
        await connector.ReadSnapshotsAsync(["NONE-2"], TestContext.Current.CancellationToken);

        var warning = logger.Warnings.ShouldHaveSingleItem();
        warning.ShouldContain("2025-10");
        warning.ShouldContain("2024-07");
    }

    [Fact]
    public async Task SupportedPinnedVersion_IsNotWarned()
    {
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        var logger = new CollectingLogger();

        await Connector(shop, "2026-04", logger).ReadSnapshotsAsync(["NONE-1"], TestContext.Current.CancellationToken);

        logger.Warnings.ShouldBeEmpty();
    }

    private static ShopifyConnector Connector(ShopifySimulatorHost shop, string version, ILogger logger) =>
        new(new ConnectionContext("client-1", "shopify-1", shop.ConnectionSettings(version), Http, TimeProvider.System, logger));

    private sealed class CollectingLogger : ILogger
    {
        private readonly ConcurrentQueue<string> _warnings = new();

        public IReadOnlyCollection<string> Warnings => _warnings;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning) _warnings.Enqueue(formatter(state, exception));
        }
    }
}
