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
/// once SYSPRO is back; one already raised is a failed job naming the sales order to cancel by hand.
/// </summary>
public sealed class CancellationEndToEndTests
{
    [Fact]
    public async Task A_shopify_cancellation_stops_a_pending_raise_and_flags_a_raised_order()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var hub = await InProcessHub.StartAsync(new DemoOptions { StockCodes = 4, PullIntervalSeconds = 1 }, ct);
        var sku = await Eventually.GetAsync(async () => (await hub.World.Channel.ReadSkusAsync(ct)).FirstOrDefault(), "a product on Shopify", ct);

        var raised = await hub.World.Channel.PlaceOrderAsync(new ShopperOrder([new ShopperLine(sku, 1)]), ct);
        var number = await Eventually.GetAsync(async () => (await hub.World.Source.FindOrdersAsync(raised.OrderCode, ct)).FirstOrDefault()?.OrderNumber,
            $"order {raised.OrderCode} raised into SYSPRO", ct);

        hub.World.Syspro.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, Target = FaultTarget.Sortoi, Probability = 1.0 });
        var pending = await hub.World.Channel.PlaceOrderAsync(new ShopperOrder([new ShopperLine(sku, 1)]), ct);
        await Eventually.GetAsync(async () => hub.World.Syspro.Faults.Injected > 0 ? "" : null, "SYSPRO to refuse the second order's raise", ct);

        (await hub.World.Shop.CancelOrderAsync(pending.OrderCode, ct)).ShouldBeTrue();
        (await hub.World.Shop.CancelOrderAsync(raised.OrderCode, ct)).ShouldBeTrue();

        var cancels = await Eventually.GetAsync(async () =>
        {
            var jobs = await hub.Store.Jobs.ListAsync(DemoIds.Client, new JobQuery(Kind: SyncJobKinds.OrderCancel), ct);
            return jobs.Count == 2 && jobs.All(j => j.State is JobState.Succeeded or JobState.Failed) ? jobs : null;
        }, "both cancellations settled", ct);
        hub.World.Syspro.Faults.Clear();

        cancels.Single(j => j.Payload.Contains(pending.OrderCode, StringComparison.Ordinal)).State.ShouldBe(JobState.Succeeded);
        var flagged = cancels.Single(j => j.Payload.Contains(raised.OrderCode, StringComparison.Ordinal));
        flagged.State.ShouldBe(JobState.Failed);
        flagged.LastError.ShouldNotBeNull().ShouldContain($"cancel {number} in");

        // SYSPRO is back: the pending raise's retry finds the order cancelled and never raises it.
        var raise = await Eventually.GetAsync(async () =>
            (await hub.Store.Jobs.ListAsync(DemoIds.Client, new JobQuery(JobState.Succeeded, SyncJobKinds.OrderRaise), ct))
                .FirstOrDefault(j => j.Payload.Contains(pending.OrderCode, StringComparison.Ordinal)), "the pending raise to settle", ct);
        raise.Result.ShouldNotBeNull().ShouldContain("cancelled_not_raised");
        (await hub.World.Source.FindOrdersAsync(pending.OrderCode, ct)).ShouldBeEmpty();
        (await hub.World.Source.FindOrdersAsync(raised.OrderCode, ct)).Count.ShouldBe(1);
    }
}
