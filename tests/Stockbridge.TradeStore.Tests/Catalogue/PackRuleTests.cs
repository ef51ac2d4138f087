using Stockbridge.TradeStore.Catalogue;

namespace Stockbridge.TradeStore.Tests.Catalogue;

public sealed class PackRuleTests
{
    [Theory]
    [InlineData(6, null)]
    [InlineData(12, null)]
    [InlineData(8, "sold in packs of 6: order a multiple of 6")]
    [InlineData(0, "quantity must be more than 0")]
    [InlineData(1.5, "quantity must be a whole number")]
    public void Packs_of_six_from_six(decimal qty, string? problem) => new PackRule(6, 6).Problem(qty).ShouldBe(problem);

    [Fact]
    public void Below_the_minimum_is_refused() => new PackRule(1, 10).Problem(9).ShouldBe("the minimum order is 10");
}
