using System.Diagnostics;
using Microsoft.Extensions.Options;
using Stockbridge.Engine.RateLimiting;
using Stockbridge.Engine.Workers;
using Stockbridge.Storage.Postgres.Tests.Support;

namespace Stockbridge.Storage.Postgres.Tests.RateBudget;

/// <summary>The engine's limiter over PostgreSQL: two nodes together keep to one connection's rate, not twice it.</summary>
public sealed class SharedRateLimiterTests : IAsyncLifetime
{
    private string _database = "";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await PostgresTestServer.CreateDatabaseAsync();

    public async ValueTask DisposeAsync() => await PostgresTestServer.DropDatabaseAsync(_database);

    [Fact]
    public async Task WaitAsync_TwoNodesOverOneDatabase_ShareTheConnectionsRate()
    {
        var options = Options.Create(new JobEngineOptions { PerConnectionRatePerSecond = 10, PerConnectionBurst = 5 });
        await using var node1 = await PostgresStore.OpenMigratedAsync(new PostgresStoreOptions { ConnectionString = _database }, TimeProvider.System, Ct);
        await using var node2 = PostgresStore.Open(new PostgresStoreOptions { ConnectionString = _database }, TimeProvider.System);
        var limiters = new[] { new ConnectionRateLimiter(options, TimeProvider.System, node1), new ConnectionRateLimiter(options, TimeProvider.System, node2) };
        var clock = Stopwatch.StartNew();

        // 25 starts: 5 from the burst, then 20 at 10 per second between both nodes = at least 2 seconds.
        // Two in-process buckets would allow 2 x 5 at once and 20 per second together: about 0.75 seconds.
        await Task.WhenAll(limiters.Select(limiter => Task.Run(async () =>
        {
            for (var i = 0; i < 12; i++) await limiter.WaitAsync("acme-shopify", Ct);
        }, Ct)).Append(limiters[0].WaitAsync("acme-shopify", Ct).AsTask()));

        clock.Elapsed.ShouldBeGreaterThan(TimeSpan.FromSeconds(1.9));
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
    }
}
