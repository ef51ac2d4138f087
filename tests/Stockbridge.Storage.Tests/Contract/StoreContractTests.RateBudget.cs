using Stockbridge.Storage.RateLimiting;

namespace Stockbridge.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task SharedRateBudget_TwoStoreInstances_DrawFromOneBucket()
    {
        await using var other = await Fixture.OpenAgainAsync(Store, Time);
        var first = Store.ShouldBeAssignableTo<ISharedRateBudget>();
        var second = other.ShouldBeAssignableTo<ISharedRateBudget>();

        // Burst 3 at 2 per second: three takes between the two nodes empty the bucket, whichever node takes them.
        (await first.TryTakeAsync(AcmeShop, 2, 3, Ct)).ShouldBe(TimeSpan.Zero);
        (await second.TryTakeAsync(AcmeShop, 2, 3, Ct)).ShouldBe(TimeSpan.Zero);
        (await first.TryTakeAsync(AcmeShop, 2, 3, Ct)).ShouldBe(TimeSpan.Zero);
        (await second.TryTakeAsync(AcmeShop, 2, 3, Ct)).ShouldBe(TimeSpan.FromSeconds(0.5));
        (await first.TryTakeAsync(AcmeErp, 2, 3, Ct)).ShouldBe(TimeSpan.Zero, "each connection has its own bucket");

        Time.Advance(TimeSpan.FromMilliseconds(250));
        (await first.TryTakeAsync(AcmeShop, 2, 3, Ct)).ShouldBe(TimeSpan.FromSeconds(0.25));
        Time.Advance(TimeSpan.FromMilliseconds(250));
        (await second.TryTakeAsync(AcmeShop, 2, 3, Ct)).ShouldBe(TimeSpan.Zero);
        (await first.TryTakeAsync(AcmeShop, 2, 3, Ct)).ShouldBe(TimeSpan.FromSeconds(0.5));
    }
}
