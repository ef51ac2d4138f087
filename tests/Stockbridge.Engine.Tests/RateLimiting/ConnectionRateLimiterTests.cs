using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Stockbridge.Engine.RateLimiting;
using Stockbridge.Engine.Workers;

namespace Stockbridge.Engine.Tests.RateLimiting;

public sealed class ConnectionRateLimiterTests
{
    [Fact]
    public async Task Wait_BurstUsedUp_WaitsForRefillOnInjectedClock()
    {
        var time = new FakeTimeProvider();
        var limiter = new ConnectionRateLimiter(Options.Create(new JobEngineOptions { PerConnectionRatePerSecond = 2, PerConnectionBurst = 2 }), time);
        await limiter.WaitAsync("shop", CancellationToken.None);
        await limiter.WaitAsync("shop", CancellationToken.None);
        await limiter.WaitAsync("other-shop", CancellationToken.None);

        var third = limiter.WaitAsync("shop", CancellationToken.None).AsTask();
        await Task.Delay(50, TestContext.Current.CancellationToken);
        third.IsCompleted.ShouldBeFalse("the bucket is empty until the clock moves");
        time.Advance(TimeSpan.FromMilliseconds(500));
        await third.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Wait_NoRateConfigured_NeverWaits()
    {
        var limiter = new ConnectionRateLimiter(Options.Create(new JobEngineOptions()), new FakeTimeProvider());
        for (var i = 0; i < 1000; i++) await limiter.WaitAsync("shop", CancellationToken.None);
    }
}
