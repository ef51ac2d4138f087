using Microsoft.Extensions.Logging;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.ISync.Simulator.State;
using Stockbridge.Connectors.ISync.Simulator.Wire;
using Stockbridge.Connectors.ISync.Tests.Support;
using Stockbridge.Domain.Orders;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.ISync.Tests.Connector;

public sealed class RaiseOrderTests(ISyncSimulatorFixture fixture) : IClassFixture<ISyncSimulatorFixture>, IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => fixture.Simulator.Faults.Clear();

    [Fact]
    public async Task The_order_is_posted_with_its_PONumber_lines_delivery_detail_and_shipping_as_the_service_line()
    {
        var code = TestOrders.Code("#R");

        var raised = await fixture.Connect().RaiseOrderAsync(TestOrders.Simple(code), Ct);

        var held = fixture.Simulator.Company.FindOrders(code).ShouldHaveSingleItem();
        held.OrderNumber.ShouldBe(raised.SourceOrderCode);
        held.CustomerCode.ShouldBe(SampleCompany.WebCustomer);
        held.DeliveryDetail.ShouldBe("Thandi Nkosi, 12 Long Street, Cape Town, 8001, ZA");
        held.Lines.Select(l => (l.ProductStockId, l.Units, l.SellingPrice, l.IsService))
            .ShouldBe([("ISY-0001", 2m, 118.45m, false), (SampleCompany.ShippingService, 1m, 50m, true)]);
        held.Total.ShouldBe(286.90m);
    }

    [Fact]
    public async Task A_timeout_after_iSync_committed_the_post_is_answered_by_the_PONumber_look_up_and_iSync_holds_one_order()
    {
        var code = TestOrders.Code("#TAC");
        fixture.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.TimeoutAfterCommit, Target = ISyncOperations.CreateOrder, Count = 1, HangMs = 50 });

        var raised = await fixture.Connect().RaiseOrderAsync(TestOrders.Simple(code), Ct);

        fixture.Simulator.Company.FindOrders(code).ShouldHaveSingleItem().OrderNumber.ShouldBe(raised.SourceOrderCode);
        fixture.Simulator.Faults.InjectedByKind[FaultKind.TimeoutAfterCommit].ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_dropped_post_is_an_unknown_outcome_and_the_engines_retry_raises_it_once()
    {
        var code = TestOrders.Code("#DROP");
        fixture.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.DropConnection, Target = ISyncOperations.CreateOrder, Count = 1 });
        var connector = fixture.Connect();

        var error = await Should.ThrowAsync<TransientConnectorException>(() => connector.RaiseOrderAsync(TestOrders.Simple(code), Ct));
        error.OutcomeUnknown.ShouldBeTrue();
        fixture.Simulator.Company.FindOrders(code).ShouldBeEmpty();
        (await connector.FindRaisedOrderAsync(code, Ct)).ShouldBeNull();
        var raised = await connector.RaiseOrderAsync(TestOrders.Simple(code), Ct);

        fixture.Simulator.Company.FindOrders(code).ShouldHaveSingleItem().OrderNumber.ShouldBe(raised.SourceOrderCode);
    }

    [Fact]
    public async Task An_order_keyed_in_by_hand_with_the_PONumber_is_found_and_not_raised_again()
    {
        var code = TestOrders.Code("#HAND");
        var keyed = fixture.Simulator.Company.KeyInOrder(new OrderRequest(code, SampleCompany.WebCustomer, new DateOnly(2026, 12, 1), "", [("ISY-0002", 1m, 10m)]));

        var raised = await fixture.Connect().RaiseOrderAsync(TestOrders.Simple(code), Ct);

        raised.SourceOrderCode.ShouldBe(keyed.OrderNumber);
        fixture.Simulator.Company.FindOrders(code).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task DuplicatePONumber_from_iSync_is_answered_with_the_order_it_holds()
    {
        var code = TestOrders.Code("#DUP");
        var first = await fixture.Connect().RaiseOrderAsync(TestOrders.Simple(code), Ct);
        using var handler = new HideFirstLookupHandler();

        var again = await fixture.Connect(handler: handler).RaiseOrderAsync(TestOrders.Simple(code), Ct);

        again.SourceOrderCode.ShouldBe(first.SourceOrderCode);
        fixture.Simulator.Company.FindOrders(code).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Two_orders_iSync_holds_with_one_PONumber_are_reported_and_the_first_is_kept()
    {
        var code = TestOrders.Code("#TWO");
        var request = new OrderRequest(code, SampleCompany.WebCustomer, new DateOnly(2026, 12, 1), "", [("ISY-0002", 1m, 10m)]);
        var first = fixture.Simulator.Company.KeyInOrder(request);
        fixture.Simulator.Company.KeyInOrder(request);
        var log = new ListLogger();

        var found = await fixture.Connect(logger: log).FindRaisedOrderAsync(code, Ct);

        found.ShouldNotBeNull().SourceOrderCode.ShouldBe(first.OrderNumber);
        log.Entries.ShouldContain(e => e.Level == LogLevel.Warning && e.Message.Contains(code) && e.Message.Contains("2 sales orders"));
    }

    [Fact]
    public async Task Cents_a_unit_price_cannot_carry_go_on_the_rounding_line_so_iSyncs_total_is_what_the_shopper_paid()
    {
        var code = TestOrders.Code("#CENTS");
        var order = new Order
        {
            Channel = "shopify",
            ChannelOrderCode = code,
            LineItems =
            [
                new LineItem { Sku = "ISY-0002", Qty = 3001, Price = 0.35m, TotalDiscount = 50.35m },   // 1,000.00 over 3,001 units
                new LineItem { Sku = "ISY-0003", Qty = 3, Price = 33.33m },
            ],
            UnallocatedDiscount = 0.05m,
            ShippingLines = [new ShippingLine("express", "Express", 99.99m, Discount: 9.99m)],
        };

        var raised = await fixture.Connect().RaiseOrderAsync(order, Ct);

        var held = fixture.Simulator.Company.FindOrders(code).ShouldHaveSingleItem();
        held.Total.ShouldBe(OrderValue.ExTax(order));
        held.Lines.ShouldContain(l => l.ProductStockId == SampleCompany.AdjustmentService && l.IsService);
        held.Lines.Single(l => l.ProductStockId == SampleCompany.ShippingService).LineTotal.ShouldBe(90m);
        var values = await fixture.Connect().ReadOrderValuesAsync([raised.SourceOrderCode], Ct);
        values.ShouldHaveSingleItem().Value.ShouldBe(OrderValue.ExTax(order));
    }

    [Fact]
    public async Task A_PONumber_longer_than_iSync_keeps_is_refused_before_anything_is_posted()
    {
        var code = "#" + new string('9', 60);

        var error = await Should.ThrowAsync<PermanentConnectorException>(() => fixture.Connect().RaiseOrderAsync(TestOrders.Simple(code), Ct));

        error.Message.ShouldContain("50-character PONumber");
        fixture.Simulator.Company.FindOrders(code).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unknown_SKU_is_refused_with_iSyncs_code_and_message()
    {
        var code = TestOrders.Code("#SKU");
        var order = TestOrders.Simple(code) with { LineItems = [new LineItem { Sku = "NOPE-1", Qty = 1, Price = 10m }] };

        var error = await Should.ThrowAsync<PermanentConnectorException>(() => fixture.Connect().RaiseOrderAsync(order, Ct));

        error.Code.ShouldBe("UnknownProductStockID");
        error.Message.ShouldContain("ProductStockID 'NOPE-1' does not exist");
    }

    [Fact]
    public async Task A_session_ended_before_the_post_is_renewed_and_the_order_raised_once()
    {
        var code = TestOrders.Code("#EXP");
        var connector = fixture.Connect();
        (await connector.FindRaisedOrderAsync(code, Ct)).ShouldBeNull();
        fixture.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.EvictSession, Target = ISyncOperations.CreateOrder, Count = 1 });

        var raised = await connector.RaiseOrderAsync(TestOrders.Simple(code), Ct);

        connector.Logins.ShouldBe(2);
        fixture.Simulator.Company.FindOrders(code).ShouldHaveSingleItem().OrderNumber.ShouldBe(raised.SourceOrderCode);
    }

    [Fact]
    public async Task A_server_error_on_the_post_is_transient_and_nothing_is_held()
    {
        var code = TestOrders.Code("#500");
        fixture.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, Target = ISyncOperations.CreateOrder, Count = 1 });

        var error = await Should.ThrowAsync<TransientConnectorException>(() => fixture.Connect().RaiseOrderAsync(TestOrders.Simple(code), Ct));

        error.Message.ShouldContain("500 ServerError");
        fixture.Simulator.Company.FindOrders(code).ShouldBeEmpty();
    }
}
