using Microsoft.Extensions.Time.Testing;
using Stockbridge.Connectors.Shopify.Api;

namespace Stockbridge.Connectors.Shopify.Tests.Connector.Api;

public sealed class ThrottleStateTests
{
    [Fact]
    public void WaitFor_BeforeAnyResponse_IsZero() =>
        new ThrottleState(new FakeTimeProvider()).WaitFor(500).ShouldBe(TimeSpan.Zero);

    [Fact]
    public void WaitFor_ShortBucket_IsTheTimeTheRestoreRateNeeds()
    {
        var time = new FakeTimeProvider();
        var throttle = new ThrottleState(time);
        throttle.Observe(maximum: 2000, available: 100, restoreRate: 100);
        throttle.WaitFor(350).ShouldBe(TimeSpan.FromSeconds(2.5));

        time.Advance(TimeSpan.FromSeconds(2));
        throttle.WaitFor(350).TotalSeconds.ShouldBe(0.5, tolerance: 0.0001);
        time.Advance(TimeSpan.FromSeconds(60));
        throttle.EstimatedAvailable().ShouldBe(2000);
        throttle.WaitFor(350).ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void WaitFor_BackgroundCall_LeavesHalfTheBucketForEventCalls()
    {
        var throttle = new ThrottleState(new FakeTimeProvider());
        throttle.Observe(maximum: 2000, available: 1500, restoreRate: 100);
        throttle.WaitFor(100, background: true).ShouldBe(TimeSpan.Zero);

        throttle.Observe(maximum: 2000, available: 800, restoreRate: 100);

        throttle.WaitFor(100).ShouldBe(TimeSpan.Zero);
        throttle.WaitFor(100, background: true).ShouldBe(TimeSpan.FromSeconds(3)); // until 100 + 1,000 reserved are there
        throttle.WaitFor(1900, background: true).ShouldBe(TimeSpan.FromSeconds(12)); // a call near the bucket's size waits for the whole bucket, not forever
    }

    [Fact]
    public void TryReserve_CallersSharingAShop_QueueOneBehindAnother()
    {
        var time = new FakeTimeProvider();
        var throttle = new ThrottleState(time);
        throttle.Observe(maximum: 1000, available: 150, restoreRate: 50);

        // The first caller takes its 100 points; the next ones see them gone and wait in turn, not all for the same 0 s.
        throttle.TryReserve(100).ShouldBe(TimeSpan.Zero);
        throttle.TryReserve(100).ShouldBe(TimeSpan.FromSeconds(1));
        throttle.TryReserve(100).ShouldBe(TimeSpan.FromSeconds(1)); // asking took nothing
        time.Advance(TimeSpan.FromSeconds(1));
        throttle.TryReserve(100).ShouldBe(TimeSpan.Zero);
        throttle.TryReserve(100).ShouldBe(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Observe_WhileOtherCallsAreInFlight_KeepsTheirPointsTaken()
    {
        var throttle = new ThrottleState(new FakeTimeProvider());
        throttle.Observe(maximum: 1000, available: 1000, restoreRate: 50);
        throttle.TryReserve(300).ShouldBe(TimeSpan.Zero);
        throttle.TryReserve(300).ShouldBe(TimeSpan.Zero);

        // The first call's answer: Shopify has charged it, not yet the second, which is still in flight.
        throttle.Settle(300);
        throttle.Observe(maximum: 1000, available: 700, restoreRate: 50);
        throttle.EstimatedAvailable().ShouldBe(400);

        throttle.Settle(300);
        throttle.Observe(maximum: 1000, available: 400, restoreRate: 50);
        throttle.EstimatedAvailable().ShouldBe(400);
    }
}
