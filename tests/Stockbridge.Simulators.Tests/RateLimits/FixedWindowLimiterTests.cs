using Microsoft.Extensions.Time.Testing;
using Stockbridge.Simulators.RateLimits;

namespace Stockbridge.Simulators.Tests.RateLimits;

public sealed class FixedWindowLimiterTests
{
    [Fact]
    public void Window_AllowsItsLimit_RefusesTheRest_UntilItResets()
    {
        var time = new FakeTimeProvider();
        var limiter = new FixedWindowLimiter(limit: 3, TimeSpan.FromSeconds(10), time);

        Enumerable.Range(0, 3).Select(_ => limiter.TryAcquire().Allowed).ShouldAllBe(a => a);
        time.Advance(TimeSpan.FromSeconds(4));
        var refused = limiter.TryAcquire();
        refused.Allowed.ShouldBeFalse();
        refused.Remaining.ShouldBe(0);
        refused.ResetIn.ShouldBe(TimeSpan.FromSeconds(6));

        time.Advance(TimeSpan.FromSeconds(6));
        var next = limiter.TryAcquire();
        next.Allowed.ShouldBeTrue();
        next.Remaining.ShouldBe(2);
    }
}
