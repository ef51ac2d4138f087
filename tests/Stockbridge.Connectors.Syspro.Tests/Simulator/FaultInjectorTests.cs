using Stockbridge.Connectors.Syspro.Simulator.Faults;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Syspro.Tests.Simulator;

public sealed class FaultInjectorTests
{
    [Fact]
    public void Match_CountRule_HitsOnlyTheNextNMatchingCalls()
    {
        var faults = new FaultInjector();
        faults.Add(new FaultRule { Kind = FaultKind.ServerError, Target = FaultTarget.Sortoi, Count = 2 });

        faults.Match(FaultTarget.Query).ShouldBeNull();
        faults.Match(FaultTarget.Sortoi).ShouldNotBeNull();
        faults.Match(FaultTarget.Sortoi).ShouldNotBeNull();
        faults.Match(FaultTarget.Sortoi).ShouldBeNull();
        faults.Rules.ShouldBeEmpty();
        faults.Injected.ShouldBe(2);
    }

    [Fact]
    public void InjectedByKind_RulesOfTwoKinds_CountsEachKindSeparately()
    {
        var faults = new FaultInjector();
        faults.Add(new FaultRule { Kind = FaultKind.TimeoutAfterCommit, Target = FaultTarget.Sortoi, Count = 1 });
        faults.Add(new FaultRule { Kind = FaultKind.ServerError, Target = FaultTarget.Query });

        faults.Match(FaultTarget.Sortoi).ShouldNotBeNull();
        faults.Match(FaultTarget.Sortoi).ShouldBeNull();
        faults.Match(FaultTarget.Query).ShouldNotBeNull();
        faults.Match(FaultTarget.Query).ShouldNotBeNull();

        var byKind = faults.InjectedByKind;
        byKind.Count.ShouldBe(2);
        byKind[FaultKind.TimeoutAfterCommit].ShouldBe(1);
        byKind[FaultKind.ServerError].ShouldBe(2);
        faults.Injected.ShouldBe(3);
    }

    [Fact]
    public void Match_FirstAttemptPerKey_HitsEachPoNumberOnce()
    {
        var faults = new FaultInjector();
        faults.Add(new FaultRule { Kind = FaultKind.TimeoutAfterCommit, Target = FaultTarget.Sortoi, FirstAttemptPerKey = true });

        faults.Match(FaultTarget.Sortoi, ["#1"]).ShouldNotBeNull();
        faults.Match(FaultTarget.Sortoi, ["#1"]).ShouldBeNull();
        faults.Match(FaultTarget.Sortoi, ["#2"]).ShouldNotBeNull();
        faults.Match(FaultTarget.Sortoi, ["#1", "#2"]).ShouldBeNull();
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(1.0, 1000)]
    public void Match_Probability_HitsThatShareOfCalls(double probability, int expected)
    {
        var faults = new FaultInjector();
        faults.Add(new FaultRule { Kind = FaultKind.Latency, Probability = probability });

        Enumerable.Range(0, 1000).Count(_ => faults.Match(FaultTarget.Query) is not null).ShouldBe(expected);
    }

    [Fact]
    public void Match_HalfProbability_HitsRoughlyHalf()
    {
        var faults = new FaultInjector();
        faults.Add(new FaultRule { Kind = FaultKind.Latency, Probability = 0.5 });

        Enumerable.Range(0, 1000).Count(_ => faults.Match(FaultTarget.Query) is not null).ShouldBeInRange(400, 600);
    }
}
