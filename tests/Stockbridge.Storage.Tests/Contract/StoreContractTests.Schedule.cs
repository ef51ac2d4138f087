namespace Stockbridge.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Cursor_SetTwice_KeepsLatest()
    {
        (await Store.Schedule.GetCursorAsync(Acme, AcmeErp, "products", Ct)).ShouldBeNull();

        await Store.Schedule.SetCursorAsync(Acme, AcmeErp, "products", "2026-01-01", Ct);
        await Store.Schedule.SetCursorAsync(Acme, AcmeErp, "products", "2026-01-02", Ct);

        (await Store.Schedule.GetCursorAsync(Acme, AcmeErp, "products", Ct)).ShouldBe("2026-01-02");
        (await Store.Schedule.GetCursorAsync(Acme, AcmeErp, "customers", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task Lease_HeldByOneOwner_OthersWaitUntilItRunsOutOrIsReleased()
    {
        var duration = TimeSpan.FromSeconds(30);

        (await Store.Schedule.TryAcquireLeaseAsync("pull:acme-syspro", "node-1", duration, Ct)).ShouldBeTrue();
        (await Store.Schedule.TryAcquireLeaseAsync("pull:acme-syspro", "node-2", duration, Ct)).ShouldBeFalse();
        Time.Advance(TimeSpan.FromSeconds(20));
        (await Store.Schedule.TryAcquireLeaseAsync("pull:acme-syspro", "node-1", duration, Ct)).ShouldBeTrue();
        Time.Advance(TimeSpan.FromSeconds(20));
        (await Store.Schedule.TryAcquireLeaseAsync("pull:acme-syspro", "node-2", duration, Ct)).ShouldBeFalse();
        Time.Advance(TimeSpan.FromSeconds(10));
        (await Store.Schedule.TryAcquireLeaseAsync("pull:acme-syspro", "node-2", duration, Ct)).ShouldBeTrue();

        await Store.Schedule.ReleaseLeaseAsync("pull:acme-syspro", "node-1", Ct);
        (await Store.Schedule.TryAcquireLeaseAsync("pull:acme-syspro", "node-1", duration, Ct)).ShouldBeFalse();
        await Store.Schedule.ReleaseLeaseAsync("pull:acme-syspro", "node-2", Ct);
        (await Store.Schedule.TryAcquireLeaseAsync("pull:acme-syspro", "node-1", duration, Ct)).ShouldBeTrue();
    }
}
