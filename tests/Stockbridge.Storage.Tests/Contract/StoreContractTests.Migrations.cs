using Stockbridge.Storage.Clients;

namespace Stockbridge.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task MigrateAsync_EmptyDatabase_AppliesEveryVersionInOrder()
    {
        await using var fresh = await Fixture.CreateEmptyAsync(Time);

        var report = await fresh.MigrateAsync(Ct);

        report.Applied.ShouldNotBeEmpty();
        report.Applied.ShouldBe(report.Applied.Order().ToList());
        report.Applied[0].ShouldBe(1);
        report.CurrentVersion.ShouldBe(report.Applied[^1]);
    }

    [Fact]
    public async Task MigrateAsync_RunAgain_AppliesNothing()
    {
        var before = await Store.MigrateAsync(Ct);

        var again = await Store.MigrateAsync(Ct);

        before.Applied.ShouldBeEmpty();
        again.Applied.ShouldBeEmpty();
        again.CurrentVersion.ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task MigrateAsync_AnotherInstanceOnSameDatabase_AppliesNothingAndSeesData()
    {
        await using var other = await Fixture.OpenAgainAsync(Store, Time);

        var report = await other.MigrateAsync(Ct);

        report.Applied.ShouldBeEmpty();
        (await other.Clients.GetAsync(Acme, Ct)).ShouldNotBeNull().Name.ShouldBe("Acme Ltd");
    }

    [Fact]
    public async Task Clients_UpsertExisting_RenamesAndKeepsCreatedAt()
    {
        await Store.Clients.UpsertAsync(new ClientRecord(Acme, "Acme Holdings", Start.AddDays(3)), Ct);

        var client = (await Store.Clients.GetAsync(Acme, Ct)).ShouldNotBeNull();

        client.Name.ShouldBe("Acme Holdings");
        client.CreatedAt.ShouldBe(Start);
        (await Store.Clients.ListAsync(Ct)).Select(c => c.Id).ShouldBe([Acme, Globex]);
        (await Store.Clients.GetAsync("nobody", Ct)).ShouldBeNull();
    }
}
