using Microsoft.Extensions.Time.Testing;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Simulators.Tests.Faults;

public sealed class FaultInjectorTests
{
    [Fact]
    public void Match_CountRule_HitsTheNextTwoCallsThenNone()
    {
        var faults = new FaultInjector();
        faults.Add(new FaultRule { Kind = FaultKind.ServerError, Target = "orders", Count = 2 });

        faults.Match("products").ShouldBeNull();
        faults.Match("orders").ShouldNotBeNull();
        faults.Match("ORDERS").ShouldNotBeNull();
        faults.Match("orders").ShouldBeNull();
        faults.Injected.ShouldBe(2);
    }

    [Fact]
    public void Match_SameSeed_FaultsTheSameCalls()
    {
        static string Run()
        {
            var faults = new FaultInjector(seed: 99);
            faults.Add(new FaultRule { Kind = FaultKind.ServerError, Probability = 0.3 });
            return string.Concat(Enumerable.Range(0, 200).Select(_ => faults.Match("x") is null ? '.' : 'F'));
        }

        var first = Run();
        Run().ShouldBe(first);
        first.Count(c => c == 'F').ShouldBeInRange(30, 90);
    }

    [Fact]
    public void Match_DurationRule_LastsUntilItsTimeByTheSimulatorsClock()
    {
        var time = new FakeTimeProvider();
        var faults = new FaultInjector(time: time);
        faults.Add(new FaultRule { Kind = FaultKind.Throttle, DurationMs = 2000 });

        faults.Match("any").ShouldNotBeNull();
        time.Advance(TimeSpan.FromMilliseconds(1999));
        faults.Match("any").ShouldNotBeNull();
        time.Advance(TimeSpan.FromMilliseconds(1));
        faults.Match("any").ShouldBeNull();
        faults.Rules.ShouldBeEmpty();
    }

    [Fact]
    public void Match_FirstAttemptPerKey_HitsEachKeyOnce()
    {
        var faults = new FaultInjector();
        faults.Add(new FaultRule { Kind = FaultKind.TimeoutAfterCommit, FirstAttemptPerKey = true });

        faults.Match("post", ["#1"]).ShouldNotBeNull();
        faults.Match("post", ["#1"]).ShouldBeNull();
        faults.Match("post", ["#2"]).ShouldNotBeNull();
        faults.Match("post").ShouldBeNull();
    }

    [Fact]
    public void Match_PrefixTargetAndAny_CoverTheirCalls()
    {
        var faults = new FaultInjector();
        faults.Add(new FaultRule { Kind = FaultKind.Latency, Target = "orders/*" });

        faults.Match("orders/create").ShouldNotBeNull();
        faults.Match("products/update").ShouldBeNull();
        FaultTargets.Covers("Any", "whatever").ShouldBeTrue();
        FaultTargets.Covers("*", "whatever").ShouldBeTrue();
    }

    [Fact]
    public void Match_WebhookKinds_AreLeftForTheDispatcher()
    {
        var faults = new FaultInjector();
        faults.Add(new FaultRule { Kind = FaultKind.WebhookDrop });

        faults.Match("orders/create").ShouldBeNull();
        faults.Match("orders/create", FaultKind.WebhookDrop).ShouldNotBeNull();
    }

    [Fact]
    public void Remove_OneRule_LeavesTheOthers()
    {
        var faults = new FaultInjector();
        var latency = faults.Add(new FaultRule { Kind = FaultKind.Latency });
        faults.Add(new FaultRule { Kind = FaultKind.ServerError });

        faults.Remove(latency).ShouldBeTrue();
        faults.Rules.ShouldHaveSingleItem().Kind.ShouldBe(FaultKind.ServerError);
        faults.InjectedByKind.ShouldBeEmpty();
    }
}
