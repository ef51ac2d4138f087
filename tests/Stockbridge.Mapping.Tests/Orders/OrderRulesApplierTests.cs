using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Orders;
using Stockbridge.Mapping.Orders;

namespace Stockbridge.Mapping.Tests.Orders;

public class OrderRulesApplierTests
{
    private static readonly OrderRules Rules = new()
    {
        DefaultCustomerCode = "WEB0001", SalesRep = "R01", OrderType = OrderType.Invoice, Warehouse = "JHB", ShippingServiceCode = "FREIGHT",
    };

    private static readonly CustomerDirectory Customers = new([
        new CustomerAccount("ACME01", "buyer@acme.test", "R07"),
        new CustomerAccount("HOLD01", "held@shop.test", null, Active: false),
    ]);

    private static Order WebOrder(string? email = "someone@web.test", decimal qty = 2, params MetaField[] customerMeta) => new()
    {
        Channel = "shopify",
        ChannelOrderCode = "#1001",
        Customer = new Customer { SourceCustomerCode = "", Email = email, Meta = [.. customerMeta] },
        LineItems = [new LineItem { Sku = "S1", Qty = qty, Price = 50 }],
        ShippingLines = [new ShippingLine("standard", "Courier", 80)],
    };

    [Fact]
    public void Apply_UnknownEmail_UsesTheDefaultCashAccount()
    {
        var result = OrderRulesApplier.Apply(WebOrder(), Rules, Customers);
        result.IsValid.ShouldBeTrue();
        result.Order!.SourceCustomerCode.ShouldBe("WEB0001");
        result.CustomerMatch.ShouldBe("default");
    }

    [Fact]
    public void Apply_EmailOfAB2BAccount_UsesThatAccount()
    {
        var result = OrderRulesApplier.Apply(WebOrder("BUYER@acme.test"), Rules with { SalesRep = null }, Customers);
        result.Order!.SourceCustomerCode.ShouldBe("ACME01");
        result.Order.SalesRepId.ShouldBe("R07");
    }

    [Fact]
    public void Apply_AccountTag_WinsOverEmail()
    {
        var result = OrderRulesApplier.Apply(WebOrder("buyer@acme.test", 2, new MetaField("tags", "vip, account:BIG02")), Rules, Customers);
        result.Order!.SourceCustomerCode.ShouldBe("BIG02");
    }

    [Fact]
    public void Apply_ValidOrder_SetsHeaderAndChargesShippingAsTheServiceCode()
    {
        var order = OrderRulesApplier.Apply(WebOrder(), Rules, Customers).Order!;
        order.SalesRepId.ShouldBe("R01");
        order.OrderType.ShouldBe(OrderType.Invoice);
        order.Warehouse.ShouldBe("JHB");
        order.State.ShouldBe(OrderState.Validated);
        order.LineItems.Select(l => (l.Sku, l.Qty, l.Price)).ShouldBe([("S1", 2m, 50m), ("FREIGHT", 1m, 80m)]);
    }

    [Fact]
    public void Apply_NoMatchAndNoDefault_FailsWithReason()
    {
        var result = OrderRulesApplier.Apply(WebOrder(), Rules with { DefaultCustomerCode = null }, Customers);
        result.IsValid.ShouldBeFalse();
        result.Reason.ShouldContain("default_customer_code");
    }

    [Fact]
    public void Apply_ZeroQuantityOrNoLines_FailsWithReason()
    {
        OrderRulesApplier.Apply(WebOrder(qty: 0), Rules, Customers).Reason.ShouldContain("quantity 0");
        OrderRulesApplier.Apply(WebOrder() with { LineItems = [] }, Rules, Customers).Reason.ShouldContain("no line items");
    }

    [Fact]
    public void Apply_InactiveAccount_FailsWithReason()
    {
        OrderRulesApplier.Apply(WebOrder("held@shop.test"), Rules, Customers).Reason.ShouldContain("HOLD01 is inactive");
    }

    [Fact]
    public void Apply_ServiceCode_ChargesShippingOnceAsALine()
    {
        var order = OrderRulesApplier.Apply(WebOrder(), Rules, Customers).Order.ShouldNotBeNull();
        order.ShippingLines.ShouldBeEmpty();
        order.LineItems.Count(l => l.Sku == "FREIGHT").ShouldBe(1);
    }

    [Fact]
    public void Apply_NoServiceCode_LeavesShippingLinesForTheSourceConnector()
    {
        var order = OrderRulesApplier.Apply(WebOrder(), Rules with { ShippingServiceCode = null }, Customers).Order.ShouldNotBeNull();
        order.ShippingLines.ShouldHaveSingleItem().Price.ShouldBe(80m);
        order.LineItems.ShouldNotContain(l => l.Sku == "FREIGHT");
    }

    [Theory]
    [InlineData(0.5, 0, "S1 is sold in whole units")]
    [InlineData(1.25, 1, "S1 is sold in steps of 0.1 (at most 1 decimal places)")]
    public void Apply_QuantityWithMoreDecimalsThanItsUnit_IsRefusedWithTheReason(double qty, int places, string reason)
    {
        var result = OrderRulesApplier.Apply(WebOrder(qty: (decimal)qty), Rules, Customers, new Dictionary<string, int> { ["S1"] = places });

        result.IsValid.ShouldBeFalse();
        result.Reason.ShouldContain(reason);
    }

    [Theory]
    [InlineData(3, 0)]
    [InlineData(0.25, 2)]
    [InlineData(0.5, -1)]
    public void Apply_QuantityWithinItsUnitsDecimalsOrUnitUnknown_IsValid(double qty, int places)
    {
        var decimals = places < 0 ? new Dictionary<string, int>() : new Dictionary<string, int> { ["S1"] = places };

        OrderRulesApplier.Apply(WebOrder(qty: (decimal)qty), Rules, Customers, decimals).IsValid.ShouldBeTrue();
    }
}
