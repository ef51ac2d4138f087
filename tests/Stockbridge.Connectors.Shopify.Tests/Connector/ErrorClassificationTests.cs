using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Tests.Support;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Shopify.Tests.Connector;

public sealed class ErrorClassificationTests
{
    [Fact]
    public async Task BadToken_IsPermanentWithAReasonAndNoSecret()
    {
        await using var shop = await StartAsync();
        var connector = (ShopifyConnector)new ShopifyConnectorFactory().Create(ShopifyTestContext.For(shop, token: "shpat_wrong_123456"));
        var error = await Should.ThrowAsync<PermanentConnectorException>(() => connector.ReadSnapshotsAsync(["X"], Ct));
        error.Code.ShouldBe("401");
        error.Message.ShouldContain("access token");
        error.Message.ShouldNotContain("shpat_wrong_123456");
    }

    [Fact]
    public async Task ServerError_IsTransient()
    {
        await using var shop = await StartAsync();
        shop.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, Status = 503, Count = 1 });
        await Should.ThrowAsync<TransientConnectorException>(() => ShopifyTestContext.Connector(shop).ReadSnapshotsAsync(["X"], Ct));
    }

    [Fact]
    public async Task MalformedResponse_IsTransient()
    {
        await using var shop = await StartAsync();
        shop.Faults.Add(new FaultRule { Kind = FaultKind.MalformedResponse, Count = 1 });
        await Should.ThrowAsync<TransientConnectorException>(() => ShopifyTestContext.Connector(shop).ReadSnapshotsAsync(["X"], Ct));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Throttled_IsRateLimitedWithTheWaitTheBucketNeeds(bool with429)
    {
        await using var shop = await StartAsync();
        shop.Faults.Add(new FaultRule { Kind = FaultKind.Throttle, DurationMs = 60_000, Status = with429 ? 429 : null });
        var error = await Should.ThrowAsync<RateLimitedException>(() => ShopifyTestContext.Connector(shop).ReadSnapshotsAsync(["X"], Ct));
        error.RetryAfter.ShouldNotBeNull();
        error.RetryAfter.Value.ShouldBeGreaterThan(TimeSpan.Zero);
        error.RetryAfter.Value.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Connector_ReadsTheBucketFromEveryResponse()
    {
        await using var shop = await StartAsync();
        var connector = ShopifyTestContext.Connector(shop);
        await connector.ReadSnapshotsAsync(["X"], Ct);
        connector.Throttle.Maximum.ShouldBe(2000);
        connector.Throttle.RestoreRate.ShouldBe(100);
        connector.Throttle.EstimatedAvailable()!.Value.ShouldBeLessThanOrEqualTo(2000);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<ShopifySimulatorHost> StartAsync() => ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), Ct);
}
