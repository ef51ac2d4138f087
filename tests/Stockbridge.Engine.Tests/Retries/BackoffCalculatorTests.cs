using Stockbridge.Engine.Retries;

namespace Stockbridge.Engine.Tests.Retries;

public sealed class BackoffCalculatorTests
{
    private static RetryOptions Options(bool jitter = true, BackoffType type = BackoffType.Exponential) =>
        new() { Delay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10), UseJitter = jitter, BackoffType = type };

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(4, 8)]
    [InlineData(5, 10)]
    [InlineData(60, 10)]
    public void Cap_Exponential_DoublesUpToMaxDelay(int retry, int seconds) =>
        new BackoffCalculator(Options()).Cap(retry).ShouldBe(TimeSpan.FromSeconds(seconds));

    [Fact]
    public void Cap_LinearAndConstant_GrowByRule()
    {
        new BackoffCalculator(Options(type: BackoffType.Linear)).Cap(3).ShouldBe(TimeSpan.FromSeconds(3));
        new BackoffCalculator(Options(type: BackoffType.Constant)).Cap(7).ShouldBe(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Next_WithoutJitter_IsTheCap() =>
        new BackoffCalculator(Options(jitter: false)).Next(3).ShouldBe(TimeSpan.FromSeconds(4));

    [Fact]
    public void Next_WithFullJitter_SpreadsOverZeroToCap()
    {
        var calculator = new BackoffCalculator(Options(), new Random(42));
        var draws = Enumerable.Range(0, 500).Select(_ => calculator.Next(4)).ToList();
        draws.ShouldAllBe(d => d >= TimeSpan.Zero && d <= TimeSpan.FromSeconds(8));
        draws.Distinct().Count().ShouldBeGreaterThan(400);
        // full jitter, not "equal jitter": some waits are well under half the cap
        draws.Count(d => d < TimeSpan.FromSeconds(2)).ShouldBeGreaterThan(50);
    }

    [Fact]
    public void Cap_RetryBelowOne_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new BackoffCalculator(Options()).Cap(0));
}
