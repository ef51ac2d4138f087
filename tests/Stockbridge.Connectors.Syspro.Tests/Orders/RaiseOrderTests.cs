using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Syspro.Simulator.Database;
using Stockbridge.Connectors.Syspro.Tests.Support;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Syspro.Tests.Orders;

public sealed class RaiseOrderTests(SysproSimulatorFixture fixture) : IClassFixture<SysproSimulatorFixture>
{
    [Fact]
    public async Task RaiseOrder_ValidOrder_WritesSorMasterAndDetailAndAllocatesStock()
    {
        var ct = TestContext.Current.CancellationToken;
        var code = SeedCatalogue.StockCode(21);
        var before = (await fixture.Simulator.Company.FindStockItemAsync(code, ct))!.Warehouses.Single(w => w.Warehouse == "JHB");
        var order = TestOrders.For("#R1001", SeedCatalogue.CashCustomer, code, qty: 2, price: 86.95652m) with
        {
            SalesRepId = "SP2",
            Warehouse = "JHB",
            ShippingLines = [new ShippingLine("standard", "Standard shipping", 99m)],
        };

        var raised = await fixture.Connect().RaiseOrderAsync(order, ct);

        raised.ChannelOrderCode.ShouldBe("#R1001");
        var stored = (await fixture.Simulator.Company.FindSalesOrderAsync(raised.SourceOrderCode, ct))!;
        stored.CustomerPoNumber.ShouldBe("#R1001");
        stored.Customer.ShouldBe(SeedCatalogue.CashCustomer);
        stored.Salesperson.ShouldBe("SP2");
        var stockLine = stored.Lines.Single(l => l.LineType == "1");
        stockLine.StockCode.ShouldBe(code);
        stockLine.OrderQty.ShouldBe(2m);
        stockLine.Price.ShouldBe(86.95652m);
        stored.Lines.Single(l => l.LineType == "4").ChargeValue.ShouldBe(99m);
        var after = (await fixture.Simulator.Company.FindStockItemAsync(code, ct))!.Warehouses.Single(w => w.Warehouse == "JHB");
        after.QtyAllocated.ShouldBe(before.QtyAllocated + Math.Min(2, before.QtyOnHand - before.QtyAllocated));
        (await fixture.Connect().FindRaisedOrderAsync("#R1001", ct))!.SourceOrderCode.ShouldBe(raised.SourceOrderCode);
    }

    [Fact]
    public async Task RaiseOrder_UnknownStockCode_PermanentWithSysprosWords()
    {
        var error = await Should.ThrowAsync<PermanentConnectorException>(() =>
            fixture.Connect().RaiseOrderAsync(TestOrders.For("#R2001", SeedCatalogue.CashCustomer, "NOPE-123"), TestContext.Current.CancellationToken));

        error.Message.ShouldContain("Stock code 'NOPE-123' not found");
        error.Code.ShouldBe("240004");
    }

    [Fact]
    public async Task RaiseOrder_CustomerOnHold_PermanentWithSysprosWords()
    {
        var error = await Should.ThrowAsync<PermanentConnectorException>(() =>
            fixture.Connect().RaiseOrderAsync(TestOrders.For("#R3001", SeedCatalogue.OnHoldCustomer, SeedCatalogue.StockCode(3)), TestContext.Current.CancellationToken));

        error.Message.ShouldContain($"Customer '{SeedCatalogue.OnHoldCustomer}' is on hold");
    }

    [Fact]
    public async Task RaiseOrder_OverCreditLimit_PermanentWithSysprosWords()
    {
        var error = await Should.ThrowAsync<PermanentConnectorException>(() => fixture.Connect().RaiseOrderAsync(
            TestOrders.For("#R4001", SeedCatalogue.LowCreditCustomer, SeedCatalogue.StockCode(3), qty: 3, price: 50m), TestContext.Current.CancellationToken));

        error.Message.ShouldContain("Credit limit of 100.00 exceeded");
        (await fixture.Simulator.Company.ListSalesOrdersAsync(TestContext.Current.CancellationToken)).ShouldNotContain(o => o.CustomerPoNumber == "#R4001");
    }

    [Fact]
    public async Task RaiseOrder_NoCustomerAndNoDefault_PermanentBeforeCallingSyspro()
    {
        var order = TestOrders.For("#R5001", SeedCatalogue.CashCustomer, SeedCatalogue.StockCode(3)) with { SourceCustomerCode = null };
        var connector = fixture.Connect(new Dictionary<string, string> { ["default_customer"] = "" });

        var error = await Should.ThrowAsync<PermanentConnectorException>(() => connector.RaiseOrderAsync(order, TestContext.Current.CancellationToken));
        error.Message.ShouldContain("Default Customer");
    }

    [Fact]
    public async Task RaiseOrder_FiveHundredLines_RaisedOnceInOneDocument()
    {
        // Far beyond what a REST URL takes (about 16 KB, some 40-60 lines): the SOAP post carries it in the body.
        var ct = TestContext.Current.CancellationToken;
        var order = LongOrder("#BIG500", 500);
        await using var connector = fixture.Connect();

        var raised = await connector.RaiseOrderAsync(order, ct);

        var stored = (await fixture.Simulator.Company.ListSalesOrdersAsync(ct)).Where(o => o.CustomerPoNumber == "#BIG500").ToList();
        stored.ShouldHaveSingleItem().SalesOrder.ShouldBe(raised.SourceOrderCode);
        stored[0].Lines.Count.ShouldBe(500);
    }

    [Fact]
    public async Task RaiseOrder_TooManyLinesForARestUrl_PermanentAndNothingRaised()
    {
        // The REST transport still meets the host's URL limit, and says which transport takes long orders.
        var ct = TestContext.Current.CancellationToken;
        await using var connector = fixture.Connect(new Dictionary<string, string> { ["enet_post_transport"] = "rest" });

        var error = await Should.ThrowAsync<PermanentConnectorException>(() => connector.RaiseOrderAsync(LongOrder("#BIG1", 200), ct));

        error.Message.ShouldContain("414");
        error.Message.ShouldContain("soap");
        (await connector.FindRaisedOrderAsync("#BIG1", ct)).ShouldBeNull();
    }

    private static Order LongOrder(string code, int lines) =>
        TestOrders.For(code, SeedCatalogue.CashCustomer, SeedCatalogue.StockCode(1)) with
        {
            LineItems = [.. Enumerable.Range(0, lines).Select(i => new LineItem { Sku = SeedCatalogue.StockCode(i % 300 + 1), Qty = 1, Price = 10m })],
        };

    [Fact]
    public async Task FindRaisedOrder_UnknownPo_ReturnsNull()
    {
        (await fixture.Connect().FindRaisedOrderAsync("#NEVER-RAISED", TestContext.Current.CancellationToken)).ShouldBeNull();
    }
}
