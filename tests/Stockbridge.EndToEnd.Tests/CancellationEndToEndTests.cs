using Stockbridge.Connectors.Simulation;
using Stockbridge.Connectors.Syspro.Simulator.Faults;
using Stockbridge.Demo;
using Stockbridge.EndToEnd.Tests.Support;
using Stockbridge.Simulators.Faults;
using Stockbridge.Storage.Jobs;
using Stockbridge.Sync.Jobs;

namespace Stockbridge.EndToEnd.Tests;

/// <summary>
/// The merchant cancels Shopify orders (orders/cancelled to the hub): one SYSPRO could not take yet is never raised, even
/// once SYSPRO is back; one already raised is cancelled in SYSPRO through SORTOI's cancel document (read back from SorMaster).
/// </summary>
public sealed class CancellationEndToEndTests
{
    [Fact]
    public async Task A_shopify_cancellation_stops_a_pending_raise_and_cancels_a_raised_order_in_syspro()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var hub = await InProcessHub.StartAsync(new DemoOptions { StockCodes = 4, PullIntervalSeconds = 1 }, ct);
        var sku = await Eventually.GetAsync(async () => (await hub.World.Channel.ReadSkusAsync(ct)).FirstOrDefault(), "a product on Shopify", ct);

        var raised = await hub.World.Channel.PlaceOrderAsync(new ShopperOrder([new ShopperLine(sku, 1)]), ct);
        var number = await Eventually.GetAsync(async () => (await hub.World.Source.FindOrdersAsync(raised.OrderCode, ct)).FirstOrDefault()?.OrderNumber,
            $"order {raised.OrderCode} raised into SYSPRO", ct);

        // Cancelled after its raise: SYSPRO cancels the sales order (SORTOI's cancel document goes through while SYSPRO is up).
        (await hub.World.Shop.CancelOrderAsync(raised.OrderCode, ct)).ShouldBeTrue();
        var cancelled = await Settled(hub, raised.OrderCode, ct);
        cancelled.State.ShouldBe(JobState.Succeeded);
        cancelled.Result.ShouldNotBeNull().ShouldContain("cancelled_in_source");
        (await hub.World.Syspro.Company.FindSalesOrderAsync(number, ct)).ShouldNotBeNull().OrderStatus.ShouldBe("\\");

        // Cancelled while SYSPRO refuses its raise: never raised.
        hub.World.Syspro.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, Target = FaultTarget.Sortoi, Probability = 1.0 });
        var pending = await hub.World.Channel.PlaceOrderAsync(new ShopperOrder([new ShopperLine(sku, 1)]), ct);
        await Eventually.GetAsync(async () => hub.World.Syspro.Faults.Injected > 0 ? "" : null, "SYSPRO to refuse the second order's raise", ct);
        (await hub.World.Shop.CancelOrderAsync(pending.OrderCode, ct)).ShouldBeTrue();
        (await Settled(hub, pending.OrderCode, ct)).State.ShouldBe(JobState.Succeeded);
        hub.World.Syspro.Faults.Clear();

        // SYSPRO is back: the pending raise's retry finds the order cancelled and never raises it.
        var raise = await Eventually.GetAsync(async () =>
            (await hub.Store.Jobs.ListAsync(DemoIds.Client, new JobQuery(JobState.Succeeded, SyncJobKinds.OrderRaise), ct))
                .FirstOrDefault(j => j.Payload.Contains(pending.OrderCode, StringComparison.Ordinal)), "the pending raise to settle", ct);
        raise.Result.ShouldNotBeNull().ShouldContain("cancelled_not_raised");
        (await hub.World.Source.FindOrdersAsync(pending.OrderCode, ct)).ShouldBeEmpty();
        (await hub.World.Source.FindOrdersAsync(raised.OrderCode, ct)).Count.ShouldBe(1);
    }

    private static Task<Job> Settled(InProcessHub hub, string code, CancellationToken ct) => Eventually.GetAsync(async () =>
        (await hub.Store.Jobs.ListAsync(DemoIds.Client, new JobQuery(Kind: SyncJobKinds.OrderCancel), ct))
            .FirstOrDefault(j => j.Payload.Contains(code, StringComparison.Ordinal) && j.State is JobState.Succeeded or JobState.Failed),
        $"the cancellation of {code} settled", ct);
}
