using Microsoft.Extensions.Time.Testing;
using Stockbridge.Simulators.RateLimits;

namespace Stockbridge.Simulators.Tests.RateLimits;

public sealed class LeakyBucketTests
{
    [Fact]
    public void EmptyBucket_RefusesThenRefillsAtTheRestoreRate()
    {
        var time = new FakeTimeProvider();
        var bucket = new LeakyBucket(capacity: 100, restoreRate: 50, time);

        bucket.TryTake(100).Taken.ShouldBeTrue();
        var (taken, left) = bucket.TryTake(10);
        taken.ShouldBeFalse();
        left.ShouldBe(0);
        bucket.TimeUntil(10).ShouldBe(TimeSpan.FromMilliseconds(200));

        time.Advance(TimeSpan.FromMilliseconds(200));
        bucket.Available.ShouldBe(10, tolerance: 1e-9);
        bucket.TryTake(10).Taken.ShouldBeTrue();
        bucket.TotalCharged.ShouldBe(110);
    }

    [Fact]
    public void Refill_NeverPassesTheCapacity_AndRefundsGiveBack()
    {
        var time = new FakeTimeProvider();
        var bucket = new LeakyBucket(capacity: 40, restoreRate: 2, time);
        bucket.TryTake(30);
        bucket.Refund(25);
        bucket.Available.ShouldBe(35);
        time.Advance(TimeSpan.FromHours(1));
        bucket.Available.ShouldBe(40);
    }
}
