using Stockbridge.Domain.Customers;
using Stockbridge.Storage.Records;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Tests.Support;

namespace Stockbridge.Sync.Tests.Orders;

public class CustomerResolutionTests
{
    [Fact]
    public async Task Raise_EmailOfAPulledCustomer_RaisesAgainstTheirAccountWithTheirRep()
    {
        await using var hub = await SyncHarness.StartAsync();
        var source = await hub.AddSourceAsync("erp");
        var channel = await hub.AddChannelAsync("shop");
        source.Put(new Customer { SourceCustomerCode = "ACME01", Email = "Buyer@Acme.test", SalesRep = "R07" });
        source.Put(new Customer { SourceCustomerCode = "HOLD01", Email = "held@shop.test", OnHold = true });
        await hub.EnqueueAsync("erp", SyncJobKinds.SourcePull);
        await hub.RunJobsAsync();
        (await hub.Store.Records.CountAsync(SyncHarness.Client, RecordEntity.Customer, hub.Token)).ShouldBe(2);

        channel.Orders["#B2B"] = TestData.Order("#B2B", "S1", 4, email: "buyer@acme.test");
        channel.Orders["#HOLD"] = TestData.Order("#HOLD", "S1", 1, email: "held@shop.test");
        await hub.EnqueueAsync("shop", SyncJobKinds.ChannelPollOrders);
        await hub.RunJobsAsync();

        source.Orders["#B2B"].Order.SourceCustomerCode.ShouldBe("ACME01");
        source.Orders["#B2B"].Order.SalesRepId.ShouldBe("R07");
        source.Orders.ContainsKey("#HOLD").ShouldBeFalse();
        (await hub.JobsAsync(SyncJobKinds.OrderRaise, Storage.Jobs.JobState.Failed)).Single().LastError.ShouldNotBeNull().ShouldContain("HOLD01 is inactive");
    }
}
