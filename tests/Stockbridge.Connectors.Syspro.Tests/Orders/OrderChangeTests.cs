using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Syspro.Simulator.Database;
using Stockbridge.Connectors.Syspro.Tests.Support;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Syspro.Tests.Orders;

/// <summary>
/// SORTOI change and cancel documents against the simulator, read back from SorMaster/SorDetail: quantities reduced and lines
/// removed with their allocations released, freight removed, an order cancelled, repeats changing nothing, and an invoiced order
/// refused in SYSPRO's words.
/// </summary>
public sealed class OrderChangeTests(SysproSimulatorFixture fixture) : IClassFixture<SysproSimulatorFixture>
{
    private static Order TwoLines(string code) => TestOrders.For(code, SeedCatalogue.CashCustomer, SeedCatalogue.StockCode(31), qty: 3, price: 100m) with
    {
        Warehouse = "JHB",
        LineItems =
        [
            new LineItem { Sku = SeedCatalogue.StockCode(31), Qty = 3, Price = 100m, TotalDiscount = 30m },
            new LineItem { Sku = SeedCatalogue.StockCode(32), Qty = 1, Price = 50m },
        ],
        ShippingLines = [new ShippingLine("standard", "Standard shipping", 60m)],
    };

    [Fact]
    public async Task ChangeOrder_ReducesALineRemovesAnotherAndTheFreight_ValueIsTheTargets()
    {
        var ct = TestContext.Current.CancellationToken;
        var order = TwoLines("#C1001");
        var raised = await fixture.Connect().RaiseOrderAsync(order, ct);
        var before = (await fixture.Simulator.Company.FindStockItemAsync(SeedCatalogue.StockCode(32), ct))!.Warehouses.Single(w => w.Warehouse == "JHB");
        var target = order with { LineItems = [order.LineItems[0] with { Qty = 1, TotalDiscount = 10m }], ShippingLines = [] };

        var change = await fixture.Connect().ChangeOrderAsync(raised.SourceOrderCode, target, ct);

        var held = (await fixture.Simulator.Company.FindSalesOrderAsync(raised.SourceOrderCode, ct))!;
        held.Lines.Select(l => (l.StockCode.Trim(), l.OrderQty)).ShouldBe([(SeedCatalogue.StockCode(31), 1m)]);
        held.Value.ShouldBe(OrderValue.ExTax(target));
        change.ValueBefore.ShouldBe(OrderValue.ExTax(order));
        change.ValueAfter.ShouldBe(90m);
        change.Summary.ShouldContain("3 → 1");
        change.Summary.ShouldContain("freight");
        var after = (await fixture.Simulator.Company.FindStockItemAsync(SeedCatalogue.StockCode(32), ct))!.Warehouses.Single(w => w.Warehouse == "JHB");
        after.QtyAllocated.ShouldBeLessThanOrEqualTo(before.QtyAllocated);

        // The same target again: nothing left to change, nothing posted.
        (await fixture.Connect().ChangeOrderAsync(raised.SourceOrderCode, target, ct)).Summary.ShouldContain("already holds it");
    }

    [Fact]
    public async Task CancelOrder_SetsStatusCancelled_AndARepeatIsHarmless()
    {
        var ct = TestContext.Current.CancellationToken;
        var raised = await fixture.Connect().RaiseOrderAsync(TwoLines("#C2001"), ct);

        var result = await fixture.Connect().CancelOrderAsync(raised.SourceOrderCode, "cancelled on the shop", ct);

        result.ValueAfter.ShouldBe(0);
        (await fixture.Simulator.Company.FindSalesOrderAsync(raised.SourceOrderCode, ct))!.OrderStatus.ShouldBe("\\");
        (await fixture.Connect().FindRaisedOrderAsync("#C2001", ct)).ShouldBeNull();
        (await fixture.Connect().CancelOrderAsync(raised.SourceOrderCode, "again", ct)).Summary.ShouldContain("already cancelled");
    }

    [Fact]
    public async Task ChangeOrder_OnAnInvoicedOrder_IsRefusedInSysprosWords()
    {
        var ct = TestContext.Current.CancellationToken;
        var order = TwoLines("#C3001");
        var raised = await fixture.Connect().RaiseOrderAsync(order, ct);
        await fixture.Simulator.Company.SetSalesOrderStatusAsync(raised.SourceOrderCode, "9", ct);

        var error = await Should.ThrowAsync<PermanentConnectorException>(() =>
            fixture.Connect().ChangeOrderAsync(raised.SourceOrderCode, order with { ShippingLines = [] }, ct));

        error.Message.ShouldContain($"SYSPRO refused the change of sales order {raised.SourceOrderCode}");
        error.Message.ShouldContain("status 9");
        (await fixture.Simulator.Company.FindSalesOrderAsync(raised.SourceOrderCode, ct))!.Value.ShouldBe(OrderValue.ExTax(order));
        await Should.ThrowAsync<PermanentConnectorException>(() => fixture.Connect().CancelOrderAsync(raised.SourceOrderCode, "x", ct));
    }

    [Fact]
    public async Task ChangeOrder_NeedingANewLine_IsRefusedBeforeAnythingIsPosted()
    {
        var ct = TestContext.Current.CancellationToken;
        var order = TwoLines("#C4001");
        var raised = await fixture.Connect().RaiseOrderAsync(order, ct);

        var error = await Should.ThrowAsync<PermanentConnectorException>(() => fixture.Connect().ChangeOrderAsync(raised.SourceOrderCode,
            order with { LineItems = [.. order.LineItems, new LineItem { Sku = SeedCatalogue.StockCode(33), Qty = 1, Price = 10m }] }, ct));

        error.Message.ShouldContain($"{SeedCatalogue.StockCode(33)} × 1");
        (await fixture.Simulator.Company.FindSalesOrderAsync(raised.SourceOrderCode, ct))!.Lines.Count.ShouldBe(3);
    }
}
