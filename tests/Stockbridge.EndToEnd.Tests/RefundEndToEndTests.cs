using Stockbridge.Connectors.Shopify.Simulator.Endpoints;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Demo;
using Stockbridge.Domain.Orders;
using Stockbridge.EndToEnd.Tests.Support;
using Stockbridge.Storage.Jobs;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Orders;

namespace Stockbridge.EndToEnd.Tests;

/// <summary>
/// The merchant refunds raised Shopify orders (refunds/create to the hub). Items and shipping given back come off the SYSPRO
/// sales order through a SORTOI change, and SYSPRO's own order then holds what the customer was finally charged, to the cent; a
/// refund of everything cancels it there. A refund of money alone, and one on an order SYSPRO has already invoiced, are failed
/// jobs whose reason says what a person must do, and SYSPRO's order is left as it was.
/// </summary>
public sealed class RefundEndToEndTests
{
    [Fact]
    public async Task Refunds_after_raise_change_or_cancel_the_syspro_order_or_say_why_not()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var hub = await InProcessHub.StartAsync(new DemoOptions { StockCodes = 4, PullIntervalSeconds = 1 }, ct);
        var skus = await Eventually.GetAsync(async () => (await hub.World.Channel.ReadSkusAsync(ct)) is { Count: >= 2 } s ? s : null, "two products on Shopify", ct);
        var (a, b) = (skus[0], skus[1]);

        var partial = await PlaceRaisedAsync(hub, [new ShopperLine(a, 3), new ShopperLine(b, 1)], ct);
        var full = await PlaceRaisedAsync(hub, [new ShopperLine(a, 1)], ct);
        var goodwill = await PlaceRaisedAsync(hub, [new ShopperLine(b, 2)], ct);
        var invoiced = await PlaceRaisedAsync(hub, [new ShopperLine(a, 2)], ct);
        await hub.World.Syspro.Company.SetSalesOrderStatusAsync(invoiced.SalesOrder, "9", ct);
        var invoicedValue = (await hub.World.Syspro.Company.FindSalesOrderAsync(invoiced.SalesOrder, ct))!.Value;

        (await hub.World.Shop.RefundOrderAsync(partial.Code, [new RefundRequestLine(a, 2)], shipping: true, cancellationToken: ct)).Status.ShouldBe(201);
        (await hub.World.Shop.RefundOrderAsync(full.Code, [new RefundRequestLine(a, 1)], shipping: true, cancellationToken: ct)).Status.ShouldBe(201);
        (await hub.World.Shop.RefundOrderAsync(goodwill.Code, [], amount: 25m, cancellationToken: ct)).Status.ShouldBe(201);
        (await hub.World.Shop.RefundOrderAsync(invoiced.Code, [new RefundRequestLine(a, 1)], cancellationToken: ct)).Status.ShouldBe(201);

        var jobs = await Eventually.GetAsync(async () =>
        {
            var all = await hub.Store.Jobs.ListAsync(DemoIds.Client, new JobQuery(Kind: SyncJobKinds.OrderRefund), ct);
            return all.Count == 4 && all.All(j => j.State is JobState.Succeeded or JobState.Failed) ? all : null;
        }, "all four refunds settled", ct);
        JobFor(jobs, partial.Code).State.ShouldBe(JobState.Succeeded);
        JobFor(jobs, full.Code).State.ShouldBe(JobState.Succeeded);

        // SYSPRO's own order holds what the customer was finally charged: one unit of a and all of b, no freight.
        var order = (await new OrderRecords(hub.Store).GetAsync(DemoIds.Client, OrderKey(hub, partial.Code), ct)).ShouldNotBeNull();
        var left = OrderRefunds.Remaining(order);
        left.LineItems.Single(l => l.Sku == a).Qty.ShouldBe(1);
        left.ShippingLines.ShouldBeEmpty();
        var changed = (await hub.World.Syspro.Company.FindSalesOrderAsync(partial.SalesOrder, ct)).ShouldNotBeNull();
        changed.Value.ShouldBe(OrderValue.ExTax(left));
        changed.Value.ShouldBeLessThan(partial.ValueBefore);
        changed.Lines.Single(l => l.StockCode.Trim() == a).OrderQty.ShouldBe(1m);
        order.Refunds!.Value.Single().Status.ShouldBe(RefundStatuses.Applied);
        order.Refunds!.Value.Single().Result.ShouldNotBeNull().ShouldContain($"sales order {partial.SalesOrder} changed");

        // Refunded in full: the sales order is cancelled in SYSPRO, the hub's order is refunded.
        (await hub.World.Syspro.Company.FindSalesOrderAsync(full.SalesOrder, ct)).ShouldNotBeNull().OrderStatus.ShouldBe("\\");
        (await new OrderRecords(hub.Store).GetAsync(DemoIds.Client, OrderKey(hub, full.Code), ct))!.State.ShouldBe(OrderState.Refunded);

        // Money only: a readable reason, SYSPRO unchanged.
        var money = JobFor(jobs, goodwill.Code);
        money.State.ShouldBe(JobState.Failed);
        money.LastError.ShouldNotBeNull().ShouldContain("25.00 returned to the customer");
        money.LastError.ShouldContain($"sales order {goodwill.SalesOrder} is left as it is");
        (await hub.World.Syspro.Company.FindSalesOrderAsync(goodwill.SalesOrder, ct))!.Value.ShouldBe(goodwill.ValueBefore);

        // Already invoiced in SYSPRO: SYSPRO's refusal in the reason, its order unchanged.
        var refused = JobFor(jobs, invoiced.Code);
        refused.State.ShouldBe(JobState.Failed);
        refused.LastError.ShouldNotBeNull().ShouldContain($"SYSPRO refused the change of sales order {invoiced.SalesOrder}");
        refused.LastError.ShouldContain("credit note");
        (await hub.World.Syspro.Company.FindSalesOrderAsync(invoiced.SalesOrder, ct))!.Value.ShouldBe(invoicedValue);
        var invoicedOrder = await new OrderRecords(hub.Store).GetAsync(DemoIds.Client, OrderKey(hub, invoiced.Code), ct);
        invoicedOrder!.Refunds!.Value.Single().Status.ShouldBe(RefundStatuses.Failed);
    }

    private sealed record Raised(string Code, string SalesOrder, decimal ValueBefore);

    private static async Task<Raised> PlaceRaisedAsync(InProcessHub hub, ShopperLine[] lines, CancellationToken ct)
    {
        var placed = await hub.World.Channel.PlaceOrderAsync(new ShopperOrder(lines), ct);
        var held = await Eventually.GetAsync(() => hub.World.Syspro.Company.FindSalesOrderByPoAsync(placed.OrderCode, null, ct), $"order {placed.OrderCode} in SYSPRO", ct);
        // Wait for the hub to have stored the number too, so the refund finds the order raised.
        await Eventually.GetAsync(async () => (await new OrderRecords(hub.Store).GetAsync(DemoIds.Client, OrderKey(hub, placed.OrderCode), ct))?.SourceOrderCode,
            $"order {placed.OrderCode} raised in the hub", ct);
        return new Raised(placed.OrderCode, held.SalesOrder.Trim(), held.Value);
    }

    private static string OrderKey(InProcessHub hub, string code) => OrderRecords.Key(hub.World.ChannelConnection, code);

    private static Job JobFor(IReadOnlyList<Job> jobs, string code) => jobs.Single(j => j.Payload.Contains($"\"{code}\"", StringComparison.Ordinal));
}
